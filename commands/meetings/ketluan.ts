import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { CommandSpec, Feature } from "../../src/bot/command-spec.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { currentFlow, endFlow, inFlow, setStep, startFlow } from "../../src/bot/flows.js";
import { Choices } from "../../src/chat/message.js";
import type { MeetingConclusion } from "../../src/generated/prisma/client.js";
import { isTypedSkip } from "./hop-input.js";
import { commandArgs, idSchema } from "../shared/shared.js";
import { replyOnDomainError } from "../shared/domain-reply.js";
import { noticeLines } from "../shared/notice-reply.js";
import { refuseStale } from "../shared/stale.js";
import { committeePicker, committeeTaskRefused, onCommitteeToggle, parseTypedAssignees, refuseEmptyPick, showPicker, type Picker } from "../shared/assignee-picker.js";
import { typedDateSchema } from "../../src/time/typed-date.js";

export const KETLUAN: CommandSpec = { command: "ketluan", audience: "managers", chats: "private", help: "manage" };

/**
 * `/ketluan <số họp> <nội dung>` records a kết luận after the meeting;
 * `/ketluan <số họp>` lists them; each one not yet a task has the button
 * "Giao thành nhiệm vụ" (typed: `/ketluan giao <mã kết luận>`), which asks
 * for the assignees (buttons or typed numbers) and a due date.
 *
 * The people are picked with the one assignee picker of /giaoviec too
 * (commands/shared/assignee-picker.ts), among the committee members.
 */
const FLOW = "kl-task";
const PICKER = "kltask";
const composer = new Composer<BotContext>();

composer.command("ketluan", async (ctx) => {
  const args = commandArgs(ctx);
  const [first = "", second = ""] = args.split(/\s+/);
  if (first.toLowerCase() === "giao") {
    const id = idSchema.safeParse(second);
    if (!id.success) return void (await ctx.ui.say(ctx.t("ketluan-usage")));
    return startAssign(ctx, id.data);
  }
  const meetingId = idSchema.safeParse(first);
  if (!meetingId.success) return void (await ctx.ui.say(ctx.t("ketluan-usage")));
  const text = args.slice(first.length).trim();
  const me = ctx.actor.member!;
  if (!text) {
    const list = await ctx.app.services.meetings.listConclusions(me.agencyId, meetingId.data);
    if (!list.length) return void (await ctx.ui.say(ctx.t("ketluan-none", { id: String(meetingId.data) })));
    const lines = [ctx.t("ketluan-list-title", { id: String(meetingId.data) }), ...list.map((c) => conclusionLine(ctx, c))];
    await ctx.ui.say(lines.join("\n"));
    return;
  }
  const c = await ctx.app.services.meetings.addConclusion(me, meetingId.data, text);
  const kb = new Choices().text(ctx.t("ketluan-btn-task"), `kl:task:${c.id}`, `/ketluan giao ${c.id}`);
  await ctx.ui.say(ctx.t("ketluan-done", { order: c.order, id: String(meetingId.data), code: String(c.id) }), { choices: kb });
});

function conclusionLine(ctx: BotContext, c: MeetingConclusion): string {
  return ctx.t(c.taskId ? "ketluan-line-task" : "ketluan-line", { order: c.order, text: c.text, code: String(c.id), task: String(c.taskId ?? 0) });
}

onChoice(composer, /^kl:task:(\d+)$/, KETLUAN, async (ctx) => {
  if (!ctx.actor.member || ctx.chat?.type !== "private") return refuseStale(ctx);
  await ctx.ui.ack();
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
  if (c.taskId !== null) return void (await ctx.ui.say(ctx.t("err-conclusion-has-task", { id: String(c.id) })));
  startFlow(ctx, FLOW, "assignees", { conclusionId, picked: [] });
  await showPicker(ctx, await picker(ctx, c.text));
}

/** The picker of a conclusion's task (committee members); its intro is the conclusion, when first shown. */
function picker(ctx: BotContext, intro?: string): Promise<Picker> {
  const data = ctx.session.flow!.data as unknown as AssignData;
  return committeePicker(ctx, { prefix: PICKER, intro: intro && ctx.t("ketluan-assign-intro", { text: intro }), picked: data.picked });
}

onCommitteeToggle(composer, { prefix: PICKER, flow: FLOW, access: KETLUAN });

onChoice(composer, /^kltask:done$/, KETLUAN, async (ctx) => {
  if (!currentFlow(ctx, FLOW) || ctx.session.flow?.step !== "assignees") return refuseStale(ctx);
  const data = ctx.session.flow!.data as unknown as AssignData;
  if (!data.picked.length) return refuseEmptyPick(ctx);
  await ctx.ui.ack();
  await ctx.ui.clearChoices();
  await askDue(ctx);
});

/** Typed alternative: member numbers separated by spaces or commas ("3 5", "3,5"). */
composer.filter(inFlow(FLOW, "assignees")).on("message:text", async (ctx, next) => {
  if (ctx.msg.text.startsWith("/")) return next();
  const picked = parseTypedAssignees(ctx.msg.text, (await picker(ctx)).members);
  if (!picked) return void (await ctx.ui.say(ctx.t("picker-bad")));
  setStep(ctx, "assignees", { picked });
  await askDue(ctx);
});

async function askDue(ctx: BotContext): Promise<void> {
  setStep(ctx, "due");
  await ctx.ui.say(ctx.t("ketluan-ask-due"), { choices: new Choices().text(ctx.t("ketluan-btn-no-due"), "kltask:nodue", "không") });
}

onChoice(composer, /^kltask:nodue$/, KETLUAN, async (ctx) => {
  if (!currentFlow(ctx, FLOW) || ctx.session.flow?.step !== "due") return refuseStale(ctx);
  await ctx.ui.ack();
  await ctx.ui.clearChoices();
  await finish(ctx, null);
});

composer.filter(inFlow(FLOW, "due")).on("message:text", async (ctx, next) => {
  if (ctx.msg.text.startsWith("/")) return next();
  if (isTypedSkip(ctx.msg.text)) return finish(ctx, null);
  const due = typedDateSchema.safeParse(ctx.msg.text);
  if (!due.success) return void (await ctx.ui.say(ctx.t("hop-bad-date")));
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
    await ctx.ui.say([done, ...(await noticeLines(ctx, r.notified))].join("\n"));
  });
  if (failed) await committeeTaskRefused(ctx, failed);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export const ketluanFeature: Feature = {
  name: "ketluan",
  commands: [KETLUAN],
  composer,
};
