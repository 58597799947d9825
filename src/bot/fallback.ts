import { Composer } from "grammy";
import type { BotContext } from "./context.js";

/**
 * Whatever no feature handled. In private chats nobody is left without an
 * answer: a stranger learns how to join, a member is pointed to /trogiup. In
 * groups the bot stays silent (privacy mode: it only sees commands and replies).
 * A button nobody handled comes from an old message.
 */
export const fallback = new Composer<BotContext>();

fallback.on("callback_query", async (ctx) => {
  await ctx.ui.ack(ctx.t("stale-button"), { alert: true });
});

fallback.chatType("private").on("message", async (ctx) => {
  if (!ctx.actor.member) {
    await ctx.ui.say(ctx.t(ctx.actor.isAdmin ? "welcome-admin" : "welcome-guest"));
    return;
  }
  await ctx.ui.say(ctx.t("fallback-member"));
});
