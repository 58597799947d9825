import type { Member, Prisma, Task } from "../generated/prisma/client.js";
import { TaskStatus } from "../generated/prisma/enums.js";
import { DomainError } from "./errors.js";

/** Rules shared by the plan, task, progress and obstacle services (docs/tasks.md). */

export const OPEN_STATUSES: readonly TaskStatus[] = [TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS];

/** Text limits: generous for a report from a phone, small enough for one Telegram message. */
export const LIMITS = {
  title: { min: 3, max: 300 },
  description: { max: 1000 },
  result: { min: 1, max: 2000 },
  obstacles: { max: 2000 },
  proposals: { max: 2000 },
  resolution: { min: 1, max: 1000 },
} as const;

/** Reports may be edited for this long after they were written. */
export const REPORT_EDIT_WINDOW_MS = 24 * 3600 * 1000;

export function isOpen(task: Pick<Task, "status">): boolean {
  return OPEN_STATUSES.includes(task.status);
}

/** Overdue is derived, never stored: open and past its due date. */
export function isOverdue(task: Pick<Task, "status" | "dueDate">, now: Date): boolean {
  return isOpen(task) && task.dueDate !== null && task.dueDate.getTime() < now.getTime();
}

/** The same rule as a Prisma filter, for other features' queries. */
export function overdueWhere(now: Date): Prisma.TaskWhereInput {
  return { status: { in: [...OPEN_STATUSES] }, dueDate: { lt: now } };
}

/** What a report's percent makes of the current period's status. */
export function statusForPercent(percent: number): TaskStatus {
  return percent >= 100 ? TaskStatus.DONE : TaskStatus.IN_PROGRESS;
}

/** How a task is shown and counted in overviews. */
export type TaskState = "done" | "in-progress" | "overdue" | "not-started" | "cancelled";

export function taskState(task: Pick<Task, "status" | "dueDate">, now: Date): TaskState {
  if (task.status === TaskStatus.CANCELLED) return "cancelled";
  if (task.status === TaskStatus.DONE) return "done";
  if (isOverdue(task, now)) return "overdue";
  return task.status === TaskStatus.IN_PROGRESS ? "in-progress" : "not-started";
}

export { assertLeader, assertManager } from "./authorization.js";

export function actorLabel(m: Member): string {
  return `member:${m.id}`;
}

import { tidyText } from "../format/text.js";

/** Cleans free text typed in chat (`tidyText`). */
export const cleanText = tidyText;

/** Each non-empty line of an obstacles/proposals text becomes one tracked row. */
export function splitItems(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split("\n")
    .map((l) => l.replace(/^\s*(?:[-•*+]|\d+[.)])\s*/, "").trim())
    .filter((l) => l.length > 0);
}

/** A task title: one line, within the length limits. */
export function cleanTitle(title: string): string {
  const t = cleanText(title).replace(/\n/g, " ");
  if (t.length < LIMITS.title.min) throw new DomainError("title-short", { min: String(LIMITS.title.min) });
  if (t.length > LIMITS.title.max) throw new DomainError("text-too-long", { max: String(LIMITS.title.max) });
  return t;
}

/** A task description: optional, tidied, within the limit. */
export function cleanDescription(d: string | null | undefined): string | null {
  if (d === null || d === undefined) return null;
  const t = cleanText(d);
  if (t.length > LIMITS.description.max) throw new DomainError("text-too-long", { max: String(LIMITS.description.max) });
  return t || null;
}
