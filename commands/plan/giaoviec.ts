import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { CommandSpec, Feature } from "../../src/bot/command-spec.js";
import { currentFlow, endFlow, inFlow, setStep, startFlow } from "../../src/bot/flows.js";
import { formatDate } from "../../src/format/date.js";
import type { Member } from "../../src/generated/prisma/client.js";
import { TaskRecurrence } from "../../src/generated/prisma/enums.js";
import { LIMITS } from "../../src/services/task-rules.js";
import { parseTypedDueDate, quickDueDate, type QuickDue } from "../../src/services/periods.js";
import { isTypedYes } from "../shared/shared.js";
import { parseTypedAssignees, refreshPicker, refuseEmptyPick, showPicker, togglePicked, type Picker } from "../shared/assignee-picker.js";
import { isTypedNone, newFlowId, ownersLabel, shorten } from "./plan-render.js";
import { noticeLines } from "../shared/notice-reply.js";
import { foldTyped } from "../../src/format/typed-word.js";
import { Choices } from "../../src/chat/message.js";
import { choice } from "../shared/choice.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { refuseStale } from "../shared/stale.js";
import { localDate } from "../../src/time/local-day.js";

export const GIAOVIEC: CommandSpec = { command: "giaoviec", audience: "managers", chats: "private", help: "manage" };

/**
 * `/giaoviec`: section → title → assignees → due date or recurrence →
 * optional description → confirm. Kept in the session (survives restarts);
 * every button has a typed alternative; buttons carry the flow id so one from
 * an older run is recognised as stale.
 */
const FLOW = "assign";
const composer = new Composer<BotContext>();

interface AssignData {
  fid: string;
  sectionId?: number;
  sectionLabel?: string;
  title?: string;
  assigneeIds?: number[];
  /** ISO instant (end of the due day) or undefined when recurring */
  due?: string;
  recurrence?: TaskRecurrence;
  description?: string | null;
}

const data = (ctx: BotContext) => ctx.session.flow!.data as unknown as AssignData;

composer.command("giaoviec", async (ctx) => {
  const sections = await ctx.app.services.plan.sections(ctx.actor.member!.agencyId);
  startFlow(ctx, FLOW, "section", { fid: newFlowId() });
  const fid = data(ctx).fid;
  const kb = Choices.from(sections.map((s) => [choice(`${s.code}. ${shorten(s.title, 30)}`, `gv:${fid}:s:${s.id}`, s.code)]));
  const lines = sections.map((s) => ctx.t("giaoviec-section-line", { code: s.code, title: s.title }));
  await ctx.ui.say(`${ctx.t("giaoviec-ask-section")}\n${lines.join("\n")}`, { choices: kb });
});

// ---- typed answers ---------------------------------------------------------

composer.filter(inFlow(FLOW)).on("message:text", async (ctx, next) => {
  const text = ctx.msg.text;
  if (text.startsWith("/")) return next();
  const step = ctx.session.flow!.step;
  const me = ctx.actor.member;
  if (!me) return next();
  if (step === "section") {
    const sections = await ctx.app.services.plan.sections(me.agencyId);
    const s = sections.find((x) => x.code === text.trim().replace(/\.$/, ""));
    if (!s) return void (await ctx.ui.say(ctx.t("giaoviec-bad-section")));
    return chooseSection(ctx, s.id, `${s.code}. ${s.title}`, s.code);
  }
  if (step === "title") {
    if (text.length > LIMITS.title.max) return void (await ctx.ui.say(ctx.t("bad-text-too-long", { length: String(text.length), max: String(LIMITS.title.max) })));
    const title = text.normalize("NFC").replace(/\s+/g, " ").trim();
    if (title.length < LIMITS.title.min || !/\p{L}/u.test(title)) return void (await ctx.ui.say(ctx.t("giaoviec-bad-title")));
    setStep(ctx, "assignees", { title, assigneeIds: [] });
    return askAssignees(ctx);
  }
  if (step === "assignees") {
    const ids = parseTypedAssignees(text, await ctx.app.services.roster.listMembers(me.agencyId));
    if (!ids) return void (await ctx.ui.say(ctx.t("picker-bad")));
    setStep(ctx, "due", { assigneeIds: ids });
    return askDue(ctx);
  }
  if (step === "due") {
    const quick = typedDueWord(text);
    if (quick) return chooseDue(ctx, quick);
    const now = ctx.app.clock.now();
    const parsed = parseTypedDueDate(text, now, ctx.app.timezone);
    if (!parsed.ok) {
      const year = localDate(now, ctx.app.timezone).year;
      return void (await ctx.ui.say(ctx.t(`bad-date-${parsed.reason}`, { text: text.trim().slice(0, 20), year: String(year) })));
    }
    setStep(ctx, "description", { due: parsed.date.toISOString(), recurrence: TaskRecurrence.NONE });
    return askDescription(ctx);
  }
  if (step === "description") {
    if (text.length > LIMITS.description.max) return void (await ctx.ui.say(ctx.t("bad-text-too-long", { length: String(text.length), max: String(LIMITS.description.max) })));
    setStep(ctx, "confirm", { description: isTypedNone(text) ? null : text.trim() });
    return showConfirmation(ctx);
  }
  if (step === "confirm") {
    if (isTypedYes(text)) return finish(ctx);
    return void (await ctx.ui.say(ctx.t("giaoviec-confirm-typed")));
  }
  return next();
});

// ---- buttons -------------------------------------------------------------------

const STEP_OF_ACTION: Record<string, string> = { s: "section", m: "assignees", done: "assignees", d: "due", skip: "description", ok: "confirm", no: "confirm" };

onChoice(composer, /^gv:(\w+):(s|m|done|d|skip|ok|no)(?::(\w+))?$/, GIAOVIEC, async (ctx) => {
  const flow = currentFlow(ctx, FLOW);
  const [, fid, action, value] = ctx.match;
  if (!flow || (flow.data as unknown as AssignData).fid !== fid || flow.step !== STEP_OF_ACTION[action!] || !ctx.actor.member) {
    return refuseStale(ctx);
  }
  if (action === "m") return toggleAssignee(ctx, Number(value));
  if (action === "done" && !(data(ctx).assigneeIds ?? []).length) return refuseEmptyPick(ctx);
  await ctx.ui.ack();
  await ctx.ui.clearChoices();
  if (action === "s") {
    const sections = await ctx.app.services.plan.sections(ctx.actor.member.agencyId);
    const s = sections.find((x) => x.id === Number(value));
    if (!s) return void (await ctx.ui.say(ctx.t("giaoviec-bad-section")));
    return chooseSection(ctx, s.id, `${s.code}. ${s.title}`, s.code);
  }
  if (action === "done") {
    setStep(ctx, "due");
    return askDue(ctx);
  }
  if (action === "d") return chooseDue(ctx, value as QuickDue | TaskRecurrence);
  if (action === "skip") {
    setStep(ctx, "confirm", { description: null });
    return showConfirmation(ctx);
  }
  if (action === "no") {
    endFlow(ctx);
    return void (await ctx.ui.say(ctx.t("giaoviec-cancelled")));
  }
  return finish(ctx);
});

// ---- steps ---------------------------------------------------------------------

async function chooseSection(ctx: BotContext, sectionId: number, label: string, code: string): Promise<void> {
  setStep(ctx, "title", { sectionId, sectionLabel: label });
  await ctx.ui.say(ctx.t("giaoviec-ask-title", { code }));
}

/** The picker of /giaoviec: every active member may be given a task. */
async function picker(ctx: BotContext): Promise<Picker> {
  const d = data(ctx);
  return {
    heading: ctx.t("giaoviec-ask-assignees"),
    members: await ctx.app.services.roster.listMembers(ctx.actor.member!.agencyId),
    picked: d.assigneeIds ?? [],
    actions: { toggle: (id) => `gv:${d.fid}:m:${id}`, done: `gv:${d.fid}:done` },
  };
}

async function askAssignees(ctx: BotContext): Promise<void> {
  await showPicker(ctx, await picker(ctx));
}

async function toggleAssignee(ctx: BotContext, memberId: number): Promise<void> {
  const p = await picker(ctx);
  if (!p.members.some((m) => m.id === memberId)) return refuseStale(ctx);
  const assigneeIds = togglePicked(p.picked, memberId);
  setStep(ctx, "assignees", { assigneeIds });
  await refreshPicker(ctx, { ...p, picked: assigneeIds });
}

async function askDue(ctx: BotContext): Promise<void> {
  const fid = data(ctx).fid;
  const kb = new Choices()
    .text(ctx.t("due-month"), `gv:${fid}:d:month`)
    .text(ctx.t("due-quarter"), `gv:${fid}:d:quarter`)
    .row()
    .text(ctx.t("due-half"), `gv:${fid}:d:half`)
    .text(ctx.t("due-year"), `gv:${fid}:d:year`)
    .row()
    .text(ctx.t("recurrence-QUARTERLY"), `gv:${fid}:d:${TaskRecurrence.QUARTERLY}`)
    .text(ctx.t("recurrence-HALF_YEARLY"), `gv:${fid}:d:${TaskRecurrence.HALF_YEARLY}`)
    .text(ctx.t("recurrence-YEARLY"), `gv:${fid}:d:${TaskRecurrence.YEARLY}`);
  const year = localDate(ctx.app.clock.now(), ctx.app.timezone).year;
  await ctx.ui.say(ctx.t("giaoviec-ask-due", { year: String(year) }), { choices: kb });
}

const RECURRENCES: readonly string[] = [TaskRecurrence.QUARTERLY, TaskRecurrence.HALF_YEARLY, TaskRecurrence.YEARLY];

async function chooseDue(ctx: BotContext, choice: QuickDue | TaskRecurrence): Promise<void> {
  if (RECURRENCES.includes(choice)) {
    setStep(ctx, "description", { due: undefined, recurrence: choice as TaskRecurrence });
  } else {
    const due = quickDueDate(choice as QuickDue, ctx.app.clock.now(), ctx.app.timezone);
    setStep(ctx, "description", { due: due.toISOString(), recurrence: TaskRecurrence.NONE });
  }
  await askDescription(ctx);
}

/** Typed alternatives to the due-date buttons, with or without diacritics. */
function typedDueWord(text: string): QuickDue | TaskRecurrence | undefined {
  const t = foldTyped(text);
  const words: Record<string, QuickDue | TaskRecurrence> = {
    "cuoi thang": "month",
    "cuoi quy": "quarter",
    "cuoi 6 thang": "half",
    "cuoi nam": "year",
    "hang quy": TaskRecurrence.QUARTERLY,
    "6 thang/lan": TaskRecurrence.HALF_YEARLY,
    "6 thang": TaskRecurrence.HALF_YEARLY,
    "hang nam": TaskRecurrence.YEARLY,
  };
  return words[t];
}

async function askDescription(ctx: BotContext): Promise<void> {
  const kb = new Choices().text(ctx.t("btn-skip"), `gv:${data(ctx).fid}:skip`, ["bỏ qua", "không"]);
  await ctx.ui.say(ctx.t("giaoviec-ask-description"), { choices: kb });
}

async function showConfirmation(ctx: BotContext): Promise<void> {
  const d = data(ctx);
  const members = await ctx.app.services.roster.listMembers(ctx.actor.member!.agencyId);
  const owners = (d.assigneeIds ?? []).map((id) => members.find((m) => m.id === id)?.fullName ?? `#${id}`).join(", ");
  const due =
    d.recurrence && d.recurrence !== TaskRecurrence.NONE
      ? ctx.t(`recurrence-${d.recurrence}`)
      : formatDate(new Date(d.due!), ctx.app.timezone);
  const kb = new Choices().text(ctx.t("btn-confirm"), `gv:${d.fid}:ok`, ["đồng ý", "xác nhận"]).text(ctx.t("btn-cancel"), `gv:${d.fid}:no`, "hủy");
  await ctx.ui.say(
    ctx.t("giaoviec-confirm", { section: d.sectionLabel!, title: d.title!, owners, due, description: d.description ?? "—" }),
    { choices: kb },
  );
}

async function finish(ctx: BotContext): Promise<void> {
  const d = data(ctx);
  // Ends first: if the service refuses (a member left meanwhile), the error
  // boundary explains it and the person is not stuck in a dead flow.
  endFlow(ctx);
  const task = await ctx.app.services.tasks.assign(ctx.actor.member!, {
    sectionId: d.sectionId!,
    title: d.title!,
    description: d.description ?? null,
    assigneeIds: d.assigneeIds ?? [],
    dueDate: d.due ? new Date(d.due) : null,
    recurrence: d.recurrence ?? TaskRecurrence.NONE,
  });
  // The assignees' notices were queued with the task (TaskService.assign); the sender delivers them.
  const done = ctx.t("giaoviec-done", { number: String(task.number), title: task.title, owners: ownersLabel(ctx, task.assignees) });
  await ctx.ui.say([done, ...(await noticeLines(ctx, task.notified))].join("\n"));
}

export const giaoviecFeature: Feature = {
  name: "giaoviec",
  commands: [GIAOVIEC],
  composer,
};
