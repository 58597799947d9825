import type { BotContext } from "./context.js";
import { platformOf, platformUser, updateKey } from "./platform.js";
import { privateSessionKey } from "./session-storage.js";
import { readUpdateStart, type UpdateStart } from "../services/update-start.js";

const started = new WeakMap<object, Promise<UpdateStart>>();

/** The duplicate filter's key of this update (platform, bot, update). */
export function dedupeKey(ctx: BotContext): string {
  return `${platformOf(ctx)}:${ctx.me.id}:${updateKey(ctx)}`;
}

/** The session of this update: a person's private chat (groups have none). */
export function sessionKeyOf(ctx: BotContext): string | undefined {
  const user = ctx.chat?.type === "private" ? platformUser(ctx) : undefined;
  return user ? privateSessionKey(user.platform, user.userId) : undefined;
}

/**
 * What the duplicate filter, the actor and the session need, read once per
 * update in one statement (src/services/update-start.ts) by whichever of them
 * asks first; the others get the same answer.
 */
export function updateStart(ctx: BotContext): Promise<UpdateStart> {
  let found = started.get(ctx.update);
  if (!found) {
    found = readUpdateStart(ctx.app.db, { updateKey: dedupeKey(ctx), sessionKey: sessionKeyOf(ctx) ?? null, user: platformUser(ctx) ?? null });
    started.set(ctx.update, found);
  }
  return found;
}
