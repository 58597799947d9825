import { Composer } from "grammy";
import { looksLikeNumberedChoice } from "../chat/typed-choices.js";
import type { BotContext } from "./context.js";

/**
 * Whatever no feature handled. In private chats nobody is left without an
 * answer: a stranger learns how to join, a member is pointed to /trogiup. In
 * groups the bot sees only what is addressed to it (Telegram's privacy mode:
 * commands and replies; Zalo: @mentions) and stays silent, except for a number
 * typed as if choosing from a list ("1", "Trả lời số 1"): groups remember no
 * choices, so the person learns where choosing by number works.
 * A button nobody handled comes from an old message.
 */
export const fallback = new Composer<BotContext>();

fallback.on("callback_query", async (ctx) => {
  await ctx.ui.ack(ctx.t("stale-button"), { alert: true });
});

fallback.chatType(["group", "supergroup"]).on("message:text", async (ctx) => {
  if (!looksLikeNumberedChoice(ctx.msg.text)) return;
  const link = ctx.ui.privateChatLink();
  await ctx.ui.say(ctx.t("fallback-group-number"), link ? { choices: [[{ label: ctx.t("guard-open-private"), url: link }]] } : {});
});

fallback.chatType("private").on("message", async (ctx) => {
  if (!ctx.actor.member) {
    await ctx.ui.say(ctx.t(ctx.actor.isAdmin ? "welcome-admin" : "welcome-guest"));
    return;
  }
  await ctx.ui.say(ctx.t("fallback-member"));
});
