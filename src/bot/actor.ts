import type { MiddlewareFn } from "grammy";
import type { BotContext } from "./context.js";
import { platformUser } from "./platform.js";
import { updateStart } from "./update-start.js";

/**
 * Resolves who is writing (membership, admin flag) once per update: the
 * member comes with the update's one starting statement (update-start.ts),
 * through the member identities, the same member whichever of their linked
 * platforms they write from.
 */
export function resolveActor(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const user = platformUser(ctx);
    ctx.actor = {
      member: user ? (await updateStart(ctx)).member : null,
      isAdmin: user ? ctx.app.adminIds.has(`${user.platform}:${user.userId}`) : false,
    };
    await next();
  };
}
