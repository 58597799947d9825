/**
 * grammY keeps the token in a plain `token` field of the Bot and of every Api
 * object; anything that prints one of them (a crash dump, `console.log(ctx)`)
 * would print `token: '…'`. Made non-enumerable, the field still works but
 * `util.inspect` and `JSON.stringify` leave it out.
 */
export function hideToken(holder: object): void {
  const descriptor = Object.getOwnPropertyDescriptor(holder, "token");
  if (descriptor?.enumerable) Object.defineProperty(holder, "token", { ...descriptor, enumerable: false });
}
