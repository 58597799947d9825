import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { CommandSpec, Feature } from "../../src/bot/command-spec.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { formatDate } from "../../src/format/date.js";
import { answerChoices } from "../../src/services/consultation-notice.js";
import { ConsultationAnswerKind, parseAnswer, type ParsedAnswer } from "../../src/services/consultation-input.js";
import { DomainError } from "../../src/services/errors.js";
import { sendStored } from "../documents/attach.js";
import { commandArgs } from "../shared/shared.js";

/**
 * Named answers to a consultation (docs/consultations.md):
 *   /ykien                      what is waiting for my answer
 *   /ykien <số>                 the draft, with the answer choices
 *   /ykien <số> <trả lời>       "đồng ý", "không có ý kiến" or the comment
 * Anonymous answers are `/ykien_an` (ykien-an.ts, before the session).
 */
/** Who may use /ykien and its choices (one rule: src/bot/access.ts). */
export const YKIEN: CommandSpec = { command: "ykien", audience: "member", chats: "private", help: "general" };

const composer = new Composer<BotContext>();

const ARGS = /^#?(\d{1,6})(?:\s+([\s\S]+))?$/;

composer.command("ykien", async (ctx) => {
  const me = ctx.actor.member!;
  const service = ctx.app.services.consultations;
  const tz = ctx.app.timezone;
  const args = commandArgs(ctx);
  if (!args) {
    const open = await service.openFor(me);
    if (!open.length) return void (await ctx.ui.say(ctx.t("ykien-none-open")));
    const lines = open.map((c) => ctx.t("ykien-open-line", { number: String(c.number), title: c.title, deadline: formatDate(c.deadline, tz) }));
    return void (await ctx.ui.say([ctx.t("ykien-open-title"), ...lines, ctx.t("ykien-open-footer")].join("\n")));
  }
  const m = ARGS.exec(args);
  if (!m) return void (await ctx.ui.say(ctx.t("err-consult-answer-empty")));
  const number = Number(m[1]);
  if (m[2] === undefined) {
    const c = await service.readable(me, number);
    const text = ctx.t("consult-notice", { number: String(c.number), title: c.title, deadline: formatDate(c.deadline, tz), draft: c.draftLink ?? c.draftText ?? "" });
    // The draft's file, when it has one, comes first: the answer choices stay on the last message.
    const file = await ctx.app.services.attachments.ofConsultation(c.id);
    if (file) await sendStored(ctx, file);
    return void (await ctx.ui.say(text, { choices: answerChoices(c.number) }));
  }
  await record(ctx, number, parseAnswer(m[2]));
});

async function record(ctx: BotContext, number: number, answer: ParsedAnswer): Promise<void> {
  await ctx.app.services.consultations.answer(ctx.actor.member!, number, answer);
  await ctx.ui.say(ctx.t("ykien-recorded", { number: String(number) }));
}

onChoice(composer, /^ykien:(\d{1,6}):(agree|none|how)$/, YKIEN, async (ctx) => {
  await ctx.ui.ack();
  const number = Number(ctx.match[1]);
  if (!ctx.actor.member) return void (await ctx.ui.say(ctx.t("guard-not-member")));
  if (ctx.match[2] === "how") return void (await ctx.ui.say(ctx.t("ykien-how", { number: String(number) })));
  await ctx.ui.clearChoices();
  const kind = ctx.match[2] === "agree" ? ConsultationAnswerKind.AGREE : ConsultationAnswerKind.NO_OPINION;
  try {
    await record(ctx, number, { kind, text: null });
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    await ctx.ui.say(ctx.t(`err-${e.code}`, e.params));
  }
});

export const ykienFeature: Feature = {
  name: "ykien",
  commands: [YKIEN],
  composer,
};
