import type { AppDeps } from "../../app.js";
import type { Occurrence } from "../job.js";
import { atLocal } from "../../time/local-time.js";
import { localDay, type Day } from "../../time/local-day.js";
import { calendarAround, DAY_MS } from "./common.js";

/**
 * The deadlines that can have a reminder between `from` and `to`: from a day
 * before `from` (a deadline today still has its on-the-day reminder) to 40
 * days after `to` (N working days before it, holidays included, stays inside).
 */
export function deadlineWindow(from: Date, to: Date): { gte: Date; lte: Date } {
  return { gte: new Date(from.getTime() - DAY_MS), lte: new Date(to.getTime() + 40 * DAY_MS) };
}

/** What every deadline reminder carries: the deadline's local day (to notice a moved deadline) and the instant. */
export interface DeadlineData {
  deadlineDay: Day;
  deadline: string;
}

export type DeadlineStage = "before" | "due";

export interface DeadlineReminders<R> {
  /** N: the reminder goes N working days before the deadline (none when N ≤ 0 and `skipWhenNoLead`). */
  leadDays: number;
  reminderTime: string;
  /** The JobRun key and the data of one reminder of `row`; the key must hold the deadline day, not N. */
  occurrence(row: R, stage: DeadlineStage, base: DeadlineData): { key: string; data: Record<string, unknown> };
  /** Also a reminder on the deadline itself (moved to the working day on or before it). */
  onTheDay?: boolean;
  /** The "before" reminder only when it falls earlier than the deadline (or than the on-the-day one). */
  strictlyBefore?: boolean;
}

/**
 * The occurrences of the "N working days before a deadline" reminders
 * (consultations, documents, reports to the province) between `from` and
 * `to`, in the agency's working calendar (holidays and make-up days) and at
 * its reminder time: one rule for the three jobs.
 */
export async function deadlineOccurrences<R extends { deadline: Date }>(
  deps: AppDeps,
  agencyId: number,
  from: Date,
  to: Date,
  rows: readonly R[],
  o: DeadlineReminders<R>,
): Promise<Occurrence[]> {
  if (!rows.length) return [];
  const tz = deps.timezone;
  const cal = await calendarAround(deps, deps.db, agencyId, from, to);
  const out: Occurrence[] = [];
  const push = (row: R, stage: DeadlineStage, day: Day, base: DeadlineData) => {
    const { key, data } = o.occurrence(row, stage, base);
    out.push({ key, dueAt: atLocal(day, o.reminderTime, tz), data });
  };
  for (const row of rows) {
    const deadlineDay = localDay(row.deadline, tz);
    const base: DeadlineData = { deadlineDay, deadline: row.deadline.toISOString() };
    const limit = o.onTheDay ? cal.onOrBefore(deadlineDay) : deadlineDay;
    if (o.onTheDay) push(row, "due", limit, base);
    if (o.strictlyBefore && o.leadDays <= 0) continue;
    const before = cal.workingDaysBefore(deadlineDay, o.leadDays);
    if (!o.strictlyBefore || before < limit) push(row, "before", before, base);
  }
  return out.filter((occ) => occ.dueAt >= from && occ.dueAt <= to);
}
