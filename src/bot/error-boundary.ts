import type { BotError } from "grammy";
import { DomainError } from "../services/errors.js";
import type { BotContext } from "./context.js";

/**
 * The last line of defence: a broken rule becomes a friendly explanation, a
 * bug becomes a logged error plus a short apology, and the bot keeps running.
 * It never dumps the update: for anonymous feedback it logs nothing that
 * could identify the sender (not even the update id).
 */
export async function handleBotError(err: BotError<BotContext>): Promise<void> {
  const ctx = err.ctx;
  const cause = err.error;
  const domain = cause instanceof DomainError ? cause : undefined;
  if (!domain) {
    const logger = ctx.app?.logger;
    const error = cause instanceof Error ? { name: cause.name, message: cause.message, stack: cause.stack } : { value: String(cause) };
    if (ctx.anonymous) logger?.error({ error: { name: error.name } }, "error in an anonymous update");
    else logger?.error({ update_id: ctx.update.update_id, error }, "error while handling an update");
  }
  await answerSafely(ctx, domain);
}

async function answerSafely(ctx: BotContext, domain: DomainError | undefined): Promise<void> {
  try {
    const text = domain ? translateDomainError(ctx, domain) : ctx.t("error-generic");
    if (ctx.ui.arrival === "button") {
      // A button press is answered with an alert; if the handler had already
      // answered it (Telegram allows one answer), the text goes to the chat.
      const alerted = await ctx.ui.ack(text, { alert: true }).then(
        () => true,
        () => false,
      );
      if (alerted) return;
    }
    if (ctx.chat) await ctx.ui.say(text);
  } catch {
    // Telegram unreachable or the chat gone: nothing more we can say.
  }
}

function translateDomainError(ctx: BotContext, e: DomainError): string {
  const key = `err-${e.code}`;
  const text = ctx.t(key, e.params);
  // Fluent returns the key itself when a message is missing; never show that.
  return text === key ? ctx.t("error-generic") : text;
}
