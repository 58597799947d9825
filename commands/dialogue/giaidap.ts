import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { CommandSpec, Feature } from "../../src/bot/command-spec.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { currentFlow, endFlow, inFlow, setStep, startFlow } from "../../src/bot/flows.js";
import { Choices } from "../../src/chat/message.js";
import { foldTyped } from "../../src/format/typed-word.js";
import { typedDateSchema } from "../../src/time/typed-date.js";
import { replyOnDomainError } from "../shared/domain-reply.js";
import { noticeLines } from "../shared/notice-reply.js";
import { refuseStale } from "../shared/stale.js";
import { commandArgs } from "../shared/shared.js";
import { committeePicker, committeeTaskRefused, onCommitteeToggle, parseTypedAssignees, refuseEmptyPick, showPicker, type Picker } from "../shared/assignee-picker.js";

/**
 * The organisers answer the delivered questions (docs/dialogue.md):
 *   /giaidap <số> <câu> <nội dung>       the answer, in one message
 *   /giaidap <số> <câu>                  asks for the answer (the "Trả lời" button)
 *   /giaidap <số> <câu> giao [ghi chú]   left for later: a task (the "Giao nhiệm vụ" button),
 *                                        assignees then a due date, as /ketluan does
 */
export const GIAIDAP: CommandSpec = { command: "giaidap", audience: "managers", chats: "private", help: "manage" };

const FLOW = "dt-answer";
const PICKER = "dttask";
const composer = new Composer<BotContext>();

interface FlowData {
  number: number;
  question: number;
  note: string | null;
  picked: number[];
}

composer.command("giaidap", async (ctx) => {
  const m = /^#?(\d{1,6})\s+#?(\d{1,6})(?:\s+([\s\S]+))?$/.exec(commandArgs(ctx));
  if (!m) return void (await ctx.ui.say(ctx.t("giaidap-usage")));
  const [number, question, rest = ""] = [Number(m[1]), Number(m[2]), m[3]?.trim() ?? ""];
  const task = /^(giao|giao nhiem vu|giao nhiệm vụ)(?:\s+|$)([\s\S]*)$/iu.exec(rest);
  if (task && ["giao", "giao nhiem vu"].includes(foldTyped(task[1]!))) return startTask(ctx, number, question, task[2]!.trim() || null);
  if (!rest) return askText(ctx, number, question);
  await answer(ctx, number, question, rest);
});

async function answer(ctx: BotContext, number: number, question: number, text: string): Promise<void> {
  const q = await ctx.app.services.dialogues.answer(ctx.actor.member!, number, question, text);
  endFlow(ctx);
  await ctx.ui.say(ctx.t(q.anonymous ? "giaidap-done-anonymous" : "giaidap-done-named", { number: String(number), question: String(question) }));
}

/** Checked first, so nobody types an answer to a question that is unknown or already answered. */
async function questionText(ctx: BotContext, number: number, question: number): Promise<string | undefined> {
  const me = ctx.actor.member!;
  const { questions } = await ctx.app.services.dialogues.detail(me, number);
  const q = questions.find((x) => x.number === question);
  if (!q) return void (await ctx.ui.say(ctx.t("err-dialogue-question-unknown", { number, question, last: questions.length })));
  if (q.answer !== null) return void (await ctx.ui.say(ctx.t("err-dialogue-already-answered", { number, question })));
  return q.text;
}

async function askText(ctx: BotContext, number: number, question: number): Promise<void> {
  const text = await questionText(ctx, number, question);
  if (text === undefined) return;
  startFlow(ctx, FLOW, "text", { number, question, note: null, picked: [] });
  const choices = new Choices().text(ctx.t("doithoai-btn-task", { question: String(question) }), `dt:task:${number}:${question}`, `/giaidap ${number} ${question} giao`);
  await ctx.ui.say(ctx.t("giaidap-ask-text", { question: String(question), text }), { choices });
}

composer.filter(inFlow(FLOW, "text")).on("message:text", async (ctx, next) => {
  if (ctx.msg.text.startsWith("/")) return next();
  const d = data(ctx);
  const failed = await replyOnDomainError(ctx, () => answer(ctx, d.number, d.question, ctx.msg.text));
  // A too short or too long answer is typed again; anything else (answered meanwhile…) ends the dialogue.
  if (failed && failed !== "dialogue-answer-empty" && failed !== "dialogue-answer-long") endFlow(ctx);
});

onChoice(composer, /^dt:ans:(\d{1,6}):(\d{1,6})$/, GIAIDAP, async (ctx) => {
  if (!ctx.actor.member || ctx.chat?.type !== "private") return refuseStale(ctx);
  await ctx.ui.ack();
  await askText(ctx, Number(ctx.match[1]), Number(ctx.match[2]));
});

onChoice(composer, /^dt:task:(\d{1,6}):(\d{1,6})$/, GIAIDAP, async (ctx) => {
  if (!ctx.actor.member || ctx.chat?.type !== "private") return refuseStale(ctx);
  await ctx.ui.ack();
  await startTask(ctx, Number(ctx.match[1]), Number(ctx.match[2]), null);
});

function data(ctx: BotContext): FlowData {
  return ctx.session.flow!.data as unknown as FlowData;
}

async function startTask(ctx: BotContext, number: number, question: number, note: string | null): Promise<void> {
  const text = await questionText(ctx, number, question);
  if (text === undefined) return;
  startFlow(ctx, FLOW, "assignees", { number, question, note, picked: [] });
  await showPicker(ctx, await picker(ctx, text));
}

/** The picker of the task (committee members); its intro is the question, when first shown. */
function picker(ctx: BotContext, intro?: string): Promise<Picker> {
  return committeePicker(ctx, { prefix: PICKER, intro: intro && ctx.t("giaidap-task-intro", { text: intro }), picked: data(ctx).picked });
}

onCommitteeToggle(composer, { prefix: PICKER, flow: FLOW, access: GIAIDAP });

onChoice(composer, /^dttask:done$/, GIAIDAP, async (ctx) => {
  if (!currentFlow(ctx, FLOW) || ctx.session.flow?.step !== "assignees") return refuseStale(ctx);
  if (!data(ctx).picked.length) return refuseEmptyPick(ctx);
  await ctx.ui.ack();
  await ctx.ui.clearChoices();
  setStep(ctx, "due");
  await ctx.ui.say(ctx.t("giaidap-ask-due"));
});

/** Typed alternative: member numbers separated by spaces or commas ("3 5", "3,5"). */
composer.filter(inFlow(FLOW, "assignees")).on("message:text", async (ctx, next) => {
  if (ctx.msg.text.startsWith("/")) return next();
  const picked = parseTypedAssignees(ctx.msg.text, (await picker(ctx)).members);
  if (!picked) return void (await ctx.ui.say(ctx.t("picker-bad")));
  setStep(ctx, "due", { picked });
  await ctx.ui.say(ctx.t("giaidap-ask-due"));
});

/** A question left for later needs a deadline (plan: "có thời hạn giải quyết"): no "không hạn" here. */
composer.filter(inFlow(FLOW, "due")).on("message:text", async (ctx, next) => {
  if (ctx.msg.text.startsWith("/")) return next();
  const due = typedDateSchema.safeParse(ctx.msg.text);
  if (!due.success) return void (await ctx.ui.say(ctx.t("giaidap-bad-due")));
  const d = data(ctx);
  const failed = await replyOnDomainError(ctx, async () => {
    const r = await ctx.app.services.dialogues.toTask(ctx.actor.member!, d.number, d.question, { assigneeIds: d.picked, dueDate: due.data, note: d.note });
    endFlow(ctx);
    const done = ctx.t("giaidap-task-done", { number: String(d.number), question: String(d.question), task: String(r.taskNumber), answer: r.answer });
    await ctx.ui.say([done, ...(await noticeLines(ctx, r.notified))].join("\n"));
  });
  if (failed) await committeeTaskRefused(ctx, failed);
});

export const giaidapFeature: Feature = {
  name: "giaidap",
  commands: [GIAIDAP],
  composer,
};
