import type { BotContext } from "../../src/bot/context.js";

/**
 * The ids of the messages the bot sends while handling this update, in order.
 *
 * The anonymous dialogue erases its own prompts and preview from the chat
 * (docs/anonymity.md), so it must know their ids, and `ctx.ui.say` does not
 * return them (yet). Until the chat layer does, the ids are read off the
 * update's own API object (a transformer on it lives and dies with this
 * update; nothing is kept). Where the platform cannot delete, nothing here
 * matters: `ctx.ui.deleteMessages` says so.
 */
const recorded = new WeakMap<BotContext, number[]>();

export function sentIds(ctx: BotContext): number[] {
  let ids = recorded.get(ctx);
  if (ids) return ids;
  const list: number[] = [];
  recorded.set(ctx, list);
  ctx.api.config.use(async (prev, method, payload, signal) => {
    const res = await prev(method, payload, signal);
    const id = res.ok ? (res.result as { message_id?: unknown } | undefined)?.message_id : undefined;
    if (typeof id === "number") list.push(id);
    return res;
  });
  ids = list;
  return ids;
}

/** Runs `send` and returns the ids of the messages it sent. */
export async function idsSentBy(ctx: BotContext, send: () => Promise<void>): Promise<number[]> {
  const ids = sentIds(ctx);
  const before = ids.length;
  await send();
  return ids.slice(before);
}
