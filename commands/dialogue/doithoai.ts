import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { CommandSpec, Feature } from "../../src/bot/command-spec.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { Choices } from "../../src/chat/message.js";
import type { Dialogue } from "../../src/generated/prisma/client.js";
import { formatDateTime } from "../../src/format/date.js";
import { DialogueStatus } from "../../src/services/dialogues.js";
import { MANAGER_ROLES } from "../../src/services/roles.js";
import type { QuestionLine } from "../../src/services/dialogue-views.js";
import { commandArgs } from "../shared/shared.js";

/**
 * `/doithoai`: the agency's dialogues; `/doithoai <số>`: one of them with how
 * to send a question (the "Cách đặt câu hỏi" button of the announcement shows
 * the same). The head and the secretary also read the delivered questions,
 * each unanswered one with "Trả lời" and "Giao nhiệm vụ" (typed: /giaidap).
 */
export const DOITHOAI: CommandSpec = { command: "doithoai", audience: "member", chats: "private", help: "general" };

const composer = new Composer<BotContext>();

composer.command("doithoai", async (ctx) => {
  const args = commandArgs(ctx);
  const me = ctx.actor.member!;
  if (!args) {
    const list = await ctx.app.services.dialogues.list(me.agencyId);
    if (!list.length) return void (await ctx.ui.say(ctx.t("doithoai-none")));
    return void (await ctx.ui.say([ctx.t("doithoai-list-title"), ...list.map((d) => line(ctx, d)), ctx.t("doithoai-list-footer")].join("\n")));
  }
  const m = /^#?(\d{1,6})$/.exec(args);
  if (!m) return void (await ctx.ui.say(ctx.t("doithoai-usage")));
  await show(ctx, Number(m[1]));
});

onChoice(composer, /^dt:how:(\d{1,6})$/, DOITHOAI, async (ctx) => {
  await ctx.ui.ack();
  if (!ctx.actor.member) return void (await ctx.ui.say(ctx.t("guard-not-member")));
  await show(ctx, Number(ctx.match[1]));
});

function line(ctx: BotContext, d: Dialogue): string {
  return ctx.t("doithoai-list-line", { number: String(d.number), topic: d.topic, when: formatDateTime(d.startsAt, ctx.app.timezone), status: ctx.t(`doithoai-status-${d.status}`) });
}

async function show(ctx: BotContext, number: number): Promise<void> {
  const me = ctx.actor.member!;
  const service = ctx.app.services.dialogues;
  const d = await service.byNumber(me.agencyId, number);
  const head = ctx.t("doithoai-detail", { number: String(d.number), topic: d.topic, when: formatDateTime(d.startsAt, ctx.app.timezone), place: d.place, status: ctx.t(`doithoai-status-${d.status}`) });
  if (!MANAGER_ROLES.includes(me.role)) {
    const how = d.status === DialogueStatus.OPEN ? ctx.t("doithoai-how", { number: String(d.number) }) : ctx.t("doithoai-no-more-questions");
    return void (await ctx.ui.say(`${head}\n\n${how}`));
  }
  const { questions, pending } = await service.detail(me, number);
  const lines = [head, ctx.t("doithoai-questions-count", { count: String(questions.length), answered: String(questions.filter((q) => q.answer !== null).length), pending: String(pending) })];
  const choices = new Choices();
  for (const q of questions) {
    lines.push(questionLine(ctx, q));
    if (q.answer !== null) continue;
    // Only the first few get buttons (a keyboard has room); every one can be typed.
    if (choices.grid.length < 8) {
      choices
        .text(ctx.t("doithoai-btn-answer", { question: String(q.number) }), `dt:ans:${d.number}:${q.number}`, `/giaidap ${d.number} ${q.number}`)
        .text(ctx.t("doithoai-btn-task", { question: String(q.number) }), `dt:task:${d.number}:${q.number}`, `/giaidap ${d.number} ${q.number} giao`)
        .row();
    }
  }
  if (questions.some((q) => q.answer === null)) lines.push(ctx.t("doithoai-answer-howto", { number: String(d.number) }));
  await ctx.ui.say(lines.join("\n\n"), choices.isEmpty ? {} : { choices });
}

function questionLine(ctx: BotContext, q: QuestionLine): string {
  const author = q.author ?? ctx.t("dialogue-anonymous");
  const head = ctx.t("doithoai-question-line", { n: String(q.number), author, text: q.text });
  return q.answer === null ? `${head}\n${ctx.t("doithoai-question-unanswered")}` : `${head}\n${ctx.t("doithoai-question-answer", { answer: q.answer })}`;
}

export const doithoaiFeature: Feature = {
  name: "doithoai",
  commands: [DOITHOAI],
  composer,
};
