import type { BotContext } from "../../src/bot/context.js";

/**
 * A group choice whose next step is written in the person's private chat (the
 * committee's "reply" to a feedback item).
 *
 * On Telegram the answer to the pressed button itself opens the private chat
 * with `/start <payload>` (a callback answer carrying the private-chat link, as
 * before). `ChatUi.ack` has no such answer yet, so this is the one place in
 * commands/feedback that still speaks Telegram; elsewhere (or typed) the
 * person is told where to go and what to type there.
 */
export async function ackOpeningPrivateChat(ctx: BotContext, payload: string, typed: string): Promise<void> {
  const link = ctx.ui.privateChatLink(payload);
  if (ctx.ui.arrival === "button" && ctx.ui.capabilities.platform === "telegram" && link && ctx.callbackQuery) {
    await ctx.answerCallbackQuery({ url: link });
    return;
  }
  await ctx.ui.ack();
  await ctx.ui.say(ctx.t("gopy-reply-in-private", { command: typed }), link ? { choices: [[{ label: ctx.t("guard-open-private"), url: link }]] } : {});
}
