import { randomUUID } from "node:crypto";
import type { BotContext } from "../../src/bot/context.js";
import { formatDate } from "../../src/format/date.js";
import type { Task } from "../../src/generated/prisma/client.js";
import { TaskRecurrence } from "../../src/generated/prisma/enums.js";
import { progressPercent } from "../../src/services/progress.js";
import { taskState } from "../../src/services/task-rules.js";

/** Shared rendering of tasks for /kehoach, /nhiemvu, /tiendo, /giaoviec. */

export function stateLabel(ctx: BotContext, task: Pick<Task, "status" | "dueDate">): string {
  return ctx.t(`state-${taskState(task, ctx.app.clock.now())}`);
}

export function dueLabel(ctx: BotContext, task: Pick<Task, "dueDate" | "recurrence">): string {
  if (!task.dueDate) return ctx.t("no-due");
  const due = formatDate(task.dueDate, ctx.app.timezone);
  if (task.recurrence === TaskRecurrence.NONE) return due;
  return ctx.t("task-due-recurring", { due, recurrence: ctx.t(`recurrence-${task.recurrence}`) });
}

export function ownersLabel(ctx: BotContext, assignees: { member: { fullName: string } }[]): string {
  return assignees.length ? assignees.map((a) => a.member.fullName).join(", ") : ctx.t("no-assignee");
}

/** The variables every one-task line uses (`kehoach-task`, `suanv-show`). */
export function taskLineArgs(
  ctx: BotContext,
  t: Pick<Task, "number" | "title" | "percent" | "status" | "dueDate" | "recurrence"> & { assignees: { member: { fullName: string } }[] },
): Record<string, string | number> {
  return {
    number: String(t.number),
    title: t.title,
    owners: ownersLabel(ctx, t.assignees),
    due: dueLabel(ctx, t),
    percent: t.percent,
    state: stateLabel(ctx, t),
  };
}

/** A text progress bar (works on every platform, no images): ███████░░░ 70% */
export function progressBar(done: number, total: number, width = 10): string {
  const percent = progressPercent(done, total); // the one meaning of progress (services/progress.ts)
  const filled = Math.round((percent / 100) * width);
  return `${"█".repeat(filled)}${"░".repeat(width - filled)} ${percent}%`;
}

/** Shortens a long title for button labels (Telegram shows about 30 characters on a phone). */
export function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Number, %-sign and spaces tolerant: "50", "50%", " 50 % ". */
export function parsePercentText(text: string): number | undefined {
  const t = text.normalize("NFC").trim().toLowerCase();
  if (["xong", "hoàn thành", "hoan thanh", "done"].includes(t)) return 100;
  const m = /^(-?\d{1,4})\s*%?$/.exec(t);
  return m ? Number(m[1]) : undefined;
}

/** "không", "khong", "-", "bỏ qua" … mean "nothing to add" when typed. */
export function isTypedNone(text: string): boolean {
  const t = text.normalize("NFC").trim().toLowerCase();
  return ["không", "khong", "không có", "khong co", "-", "bỏ qua", "bo qua", "no", "none", "skip"].includes(t);
}

/** A short random id for a flow, put in its buttons so a button from an older run of the flow is stale. */
export function newFlowId(): string {
  return randomUUID().replaceAll("-", "").slice(0, 6);
}
