import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { leadingCommand } from "../../src/bot/command-guard.js";
import { ConsultationAnswerKind, parseAnswer, type ParsedAnswer } from "../../src/services/consultation-input.js";
import { DomainError } from "../../src/services/errors.js";

/**
 * Anonymous answers to a consultation: `/ykien_an <số> <trả lời>` and the
 * "(ẩn danh)" buttons of the notice (`ykan:<số>:agree|none`). Like /gopy
 * (docs/anonymity.md), this runs BEFORE the session middleware and never
 * calls `next()` for its updates, and `isAnonymous` marks them first thing,
 * so the update log, the error boundary and the duplicate filter record
 * nothing about them. The whole answer is one update (the comment is typed
 * with the command), so there is no draft to keep anywhere; the person's
 * message is deleted at once where the platform allows it.
 */
const PREFIX = "ykan:";

export function isAnonymousAnswer(ctx: BotContext): boolean {
  const data = ctx.callbackQuery?.data;
  if (data !== undefined) return data.startsWith(PREFIX);
  if (!ctx.message && !ctx.editedMessage) return false;
  return leadingCommand(ctx) === "ykien_an";
}

const composer = new Composer<BotContext>();

composer.use(async (ctx, next) => {
  if (!isAnonymousAnswer(ctx)) return next();
  ctx.anonymous = true;
  if (ctx.callbackQuery) return handleButton(ctx);
  // An edited /ykien_an is not a second answer; nothing is said about it either.
  if (ctx.editedMessage) return;
  if (!ctx.message || ctx.chat?.type !== "private") return void (await ctx.ui.say(ctx.t("ykien-an-private")));
  await handleCommand(ctx);
});

async function handleCommand(ctx: BotContext): Promise<void> {
  const m = /^#?(\d{1,6})\s+([\s\S]+)$/.exec(argsAfterCommand(ctx));
  if (!m) return void (await ctx.ui.say(ctx.t("ykien-an-usage")));
  const recorded = await record(ctx, Number(m[1]), () => parseAnswer(m[2]!));
  // The typed comment would tie the person to it for whoever can read the chat back (docs/anonymity.md).
  if (recorded) await ctx.ui.deleteMessages([ctx.msg!.message_id]);
}

/** The text after `/ykien_an` (this composer does not go through `command()`, which would set `ctx.match`). */
function argsAfterCommand(ctx: BotContext): string {
  const text = ctx.msg?.text ?? "";
  const entity = ctx.msg?.entities?.[0];
  return entity ? text.slice(entity.offset + entity.length).trim() : "";
}

async function handleButton(ctx: BotContext): Promise<void> {
  const m = /^ykan:(\d{1,6}):(agree|none)$/.exec(ctx.callbackQuery!.data!);
  await ctx.ui.ack();
  if (!m) return void (await ctx.ui.say(ctx.t("stale-button")));
  const kind = m[2] === "agree" ? ConsultationAnswerKind.AGREE : ConsultationAnswerKind.NO_OPINION;
  if (await record(ctx, Number(m[1]), () => ({ kind, text: null }))) await ctx.ui.clearChoices();
}

/** Records the answer; a broken rule is answered here (the error log of an anonymous update holds only a name). */
async function record(ctx: BotContext, number: number, read: () => ParsedAnswer): Promise<boolean> {
  const member = ctx.actor.member;
  if (!member) {
    await ctx.ui.say(ctx.t("guard-not-member"));
    return false;
  }
  try {
    await ctx.app.services.consultations.answerAnonymously(member, number, read());
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    await ctx.ui.say(ctx.t(`err-${e.code}`, e.params));
    return false;
  }
  const key = ctx.ui.capabilities.deleting ? "ykien-an-recorded" : "ykien-an-recorded-no-delete";
  await ctx.ui.say(ctx.t(key, { number: String(number) }));
  return true;
}

export const ykienAnFeature: Feature = {
  name: "ykien_an",
  commands: [{ command: "ykien_an", audience: "member", chats: "private", help: "feedback" }],
  composer,
  beforeSession: true,
  isAnonymous: isAnonymousAnswer,
};
