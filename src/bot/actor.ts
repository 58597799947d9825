import type { MiddlewareFn } from "grammy";
import type { BotContext } from "./context.js";
import { platformUser } from "./platform.js";

/**
 * Resolves who is writing (membership, admin flag) once per update, with one
 * indexed query through the member identities: the same member whichever of
 * their linked platforms they write from.
 */
export function resolveActor(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const user = platformUser(ctx);
    ctx.actor = {
      member: user ? await ctx.app.services.identities.findActiveMember(user) : null,
      isAdmin: user ? ctx.app.adminIds.has(`${user.platform}:${user.userId}`) : false,
    };
    await next();
  };
}
