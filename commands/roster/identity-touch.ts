import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { platformUser } from "../../src/bot/platform.js";

/**
 * A member wrote in a private chat: private notices follow them to the platform
 * they last wrote from (unless they chose one), and an account marked blocked
 * is reachable again. Runs after the anonymous feedback feature, which passes
 * nothing on, so an anonymous message leaves no "last seen" time behind
 * (docs/anonymity.md).
 */
const composer = new Composer<BotContext>();
composer.use(async (ctx, next) => {
  const member = ctx.actor?.member;
  const user = platformUser(ctx);
  if (member && user && ctx.chat?.type === "private" && !ctx.anonymous) await ctx.app.services.identities.touch(member, user);
  return next();
});

export const identityTouchFeature: Feature = { name: "identity-touch", commands: [], composer };
