import type { BotContext } from "../../src/bot/context.js";

/**
 * A group choice whose next step is written in the person's private chat (the
 * committee's "reply" to a feedback item).
 *
 * Where the platform can, the answer to the pressed button itself opens the
 * private chat with `/start <payload>` (Telegram). Elsewhere, or typed, the
 * person is told where to go and what to type there.
 */
export async function ackOpeningPrivateChat(ctx: BotContext, payload: string, typed: string): Promise<void> {
  const link = ctx.ui.privateChatLink(payload);
  if (link && ctx.ui.capabilities.deepLinkPayload && (await ctx.ui.ack(undefined, { openUrl: link }))) return;
  await ctx.ui.say(ctx.t("gopy-reply-in-private", { command: typed }), link ? { choices: [[{ label: ctx.t("guard-open-private"), url: link }]] } : {});
}
