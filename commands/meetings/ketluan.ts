import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { currentFlow, endFlow, inFlow, setStep, startFlow } from "../../src/bot/flows.js";
import { splitMessage } from "../../src/format/text.js";
import type { MeetingConclusion } from "../../src/generated/prisma/client.js";
import { isTypedSkip, localDateSchema, meetingIdSchema } from "./hop-input.js";
import { commandArgs } from "../shared/shared.js";
import { replyOnDomainError } from "../shared/domain-reply.js";
import { noticeLines } from "../shared/notice-reply.js";

/**
 * `/ketluan <số họp> <nội dung>` records a kết luận after the meeting;
 * `/ketluan <số họp>` lists them; each one not yet a task has the button
 * "Giao thành nhiệm vụ" (typed: `/ketluan giao <mã kết luận>`), which asks
 * for the assignees (buttons or typed numbers) and a due date.
 */
const FLOW = "kl-task";
const composer = new Composer<BotContext>();

composer.command("ketluan", async (ctx) => {
  const args = commandArgs(ctx);
  const [first = "", second = ""] = args.split(/\s+/);
  if (first.toLowerCase() === "giao") {
    const id = meetingIdSchema.safeParse(second);
    if (!id.success) return void (await ctx.reply(ctx.t("ketluan-usage")));
    return startAssign(ctx, id.data);
  }
  const meetingId = meetingIdSchema.safeParse(first);
  if (!meetingId.success) return void (await ctx.reply(ctx.t("ketluan-usage")));
  const text = args.slice(first.length).trim();
  const me = ctx.actor.member!;
  if (!text) {
    const list = await ctx.app.services.meetings.listConclusions(me.agencyId, meetingId.data);
    if (!list.length) return void (await ctx.reply(ctx.t("ketluan-none", { id: String(meetingId.data) })));
    const lines = [ctx.t("ketluan-list-title", { id: String(meetingId.data) }), ...list.map((c) => conclusionLine(ctx, c))];
    for (const chunk of splitMessage(lines.join("\n"))) await ctx.reply(chunk);
    return;
  }
  const c = await ctx.app.services.meetings.addConclusion(me, meetingId.data, text);
  const kb = new InlineKeyboard().text(ctx.t("ketluan-btn-task"), `kl:task:${c.id}`);
  await ctx.reply(ctx.t("ketluan-done", { order: c.order, id: String(meetingId.data), code: String(c.id) }), { reply_markup: kb });
});

function conclusionLine(ctx: BotContext, c: MeetingConclusion): string {
  return ctx.t(c.taskId ? "ketluan-line-task" : "ketluan-line", { order: c.order, text: c.text, code: String(c.id), task: String(c.taskId ?? 0) });
}

composer.callbackQuery(/^kl:task:(\d+)$/, async (ctx) => {
  if (!ctx.actor.member || ctx.chat?.type !== "private") return void (await ctx.answerCallbackQuery({ text: ctx.t("stale-button"), show_alert: true }));
  await ctx.answerCallbackQuery();
  await startAssign(ctx, Number(ctx.match[1]));
});

interface AssignData {
  conclusionId: number;
  picked: number[];
}

async function startAssign(ctx: BotContext, conclusionId: number): Promise<void> {
  const me = ctx.actor.member!;
  // Checked now (not only at the end) so nobody picks people for a conclusion that is already a task.
  const c = await ctx.app.services.meetings.getConclusion(me.agencyId, conclusionId);
  if (c.taskId !== null) return void (await ctx.reply(ctx.t("err-conclusion-has-task", { id: String(c.id) })));
  startFlow(ctx, FLOW, "assignees", { conclusionId, picked: [] });
  await showPicker(ctx, c.text);
}

async function showPicker(ctx: BotContext, text?: string): Promise<void> {
  const me = ctx.actor.member!;
  const data = ctx.session.flow!.data as unknown as AssignData;
  const members = (await ctx.app.services.roster.listMembers(me.agencyId)).filter((m) => m.role !== "STAFF");
  const kb = new InlineKeyboard();
  members.slice(0, 30).forEach((m, i) => {
    const mark = data.picked.includes(m.id) ? "✅ " : "";
    kb.text(`${mark}${m.fullName}`, `kltask:m:${m.id}`);
    if (i % 2 === 1) kb.row();
  });
  kb.row().text(ctx.t("ketluan-btn-done-picking"), "kltask:done");
  const lines = [
    ...(text ? [ctx.t("ketluan-assign-intro", { text })] : []),
    ctx.t("ketluan-ask-assignees"),
    ...members.map((m) => ctx.t("ketluan-member-line", { id: String(m.id), name: m.fullName })),
  ];
  await ctx.reply(lines.join("\n"), { reply_markup: kb });
}

composer.callbackQuery(/^kltask:m:(\d+)$/, async (ctx) => {
  if (!currentFlow(ctx, FLOW) || ctx.session.flow?.step !== "assignees") return stale(ctx);
  const data = ctx.session.flow!.data as unknown as AssignData;
  const id = Number(ctx.match[1]);
  const picked = data.picked.includes(id) ? data.picked.filter((x) => x !== id) : [...data.picked, id];
  setStep(ctx, "assignees", { picked });
  await ctx.answerCallbackQuery({ text: ctx.t("ketluan-picked", { count: picked.length }) });
});

composer.callbackQuery("kltask:done", async (ctx) => {
  if (!currentFlow(ctx, FLOW) || ctx.session.flow?.step !== "assignees") return stale(ctx);
  const data = ctx.session.flow!.data as unknown as AssignData;
  if (!data.picked.length) return void (await ctx.answerCallbackQuery({ text: ctx.t("err-conclusion-no-assignees"), show_alert: true }));
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await askDue(ctx);
});

/** Typed alternative: member numbers separated by spaces or commas ("3 5", "3,5"). */
composer.filter(inFlow(FLOW, "assignees")).on("message:text", async (ctx, next) => {
  if (ctx.msg.text.startsWith("/")) return next();
  const parts = ctx.msg.text.split(/[\s,;]+/).filter(Boolean);
  if (!parts.length || parts.some((p) => !/^#?\d{1,9}$/.test(p))) return void (await ctx.reply(ctx.t("ketluan-bad-assignees")));
  setStep(ctx, "assignees", { picked: [...new Set(parts.map((p) => Number(p.replace("#", ""))))] });
  await askDue(ctx);
});

async function askDue(ctx: BotContext): Promise<void> {
  setStep(ctx, "due");
  await ctx.reply(ctx.t("ketluan-ask-due"), { reply_markup: new InlineKeyboard().text(ctx.t("ketluan-btn-no-due"), "kltask:nodue") });
}

composer.callbackQuery("kltask:nodue", async (ctx) => {
  if (!currentFlow(ctx, FLOW) || ctx.session.flow?.step !== "due") return stale(ctx);
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await finish(ctx, null);
});

composer.filter(inFlow(FLOW, "due")).on("message:text", async (ctx, next) => {
  if (ctx.msg.text.startsWith("/")) return next();
  if (isTypedSkip(ctx.msg.text)) return finish(ctx, null);
  const due = localDateSchema.safeParse(ctx.msg.text);
  if (!due.success) return void (await ctx.reply(ctx.t("hop-bad-date")));
  await finish(ctx, due.data);
});

async function finish(ctx: BotContext, due: { year: number; month: number; day: number } | null): Promise<void> {
  const data = ctx.session.flow!.data as unknown as AssignData;
  const me = ctx.actor.member!;
  const failed = await replyOnDomainError(ctx, async () => {
    const r = await ctx.app.services.meetings.conclusionToTask(me, data.conclusionId, {
      assigneeIds: data.picked,
      dueDate: due,
      describe: (c) => ctx.t("ketluan-task-description", { order: c.order, id: String(c.meetingId) }),
    });
    endFlow(ctx);
    const names = r.assignees.map((a) => a.fullName).join(", ");
    const dueText = due ? `${pad(due.day)}/${pad(due.month)}/${due.year}` : ctx.t("ketluan-no-due");
    // The assignees' notices were queued with the task (createConclusionTask).
    const done = ctx.t("ketluan-task-done", { number: String(r.taskNumber), names, due: dueText });
    await ctx.reply([done, ...noticeLines(ctx, r.notified)].join("\n"));
  });
  if (!failed) return;
  // A bad assignee: back to picking people; a past due date: the date is asked again; anything else ends the dialogue.
  if (failed === "conclusion-bad-assignee" || failed === "conclusion-no-assignees") {
    setStep(ctx, "assignees", { picked: [] });
    await ctx.reply(ctx.t("ketluan-ask-assignees-again"));
  } else if (failed !== "conclusion-due-past") endFlow(ctx);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

async function stale(ctx: BotContext): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t("stale-button"), show_alert: true });
}

export const ketluanFeature: Feature = {
  name: "ketluan",
  commands: [{ command: "ketluan", audience: "managers", chats: "private", help: "manage" }],
  composer,
};
