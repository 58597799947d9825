import { TaskRecurrence } from "../generated/prisma/enums.js";
import { daysInMonth, endOfLocalDay, isRealDay, localDate, startOfLocalDay } from "../time/local-day.js";
import { readTypedDate } from "../time/typed-date.js";

/**
 * Date rules for tasks (docs/tasks.md): a due date is the LAST millisecond of
 * that day in the agency time zone, so "overdue" is simply `dueDate < now`;
 * periods are calendar quarters, halves or years in that time zone.
 */

export interface Period {
  start: Date;
  end: Date;
}

/** Length of a period in months. */
function periodMonths(r: TaskRecurrence): number {
  switch (r) {
    case TaskRecurrence.QUARTERLY:
      return 3;
    case TaskRecurrence.HALF_YEARLY:
      return 6;
    case TaskRecurrence.YEARLY:
      return 12;
    default:
      throw new Error(`not a recurrence: ${r}`);
  }
}

/** The period of kind `r` that contains the local day of `date`. */
export function periodContaining(r: TaskRecurrence, date: Date, tz: string): Period {
  const d = localDate(date, tz);
  const months = periodMonths(r);
  const firstMonth = Math.floor((d.month - 1) / months) * months + 1;
  return periodFrom(d.year, firstMonth, months, tz);
}

function periodFrom(year: number, firstMonth: number, months: number, tz: string): Period {
  const lastMonth = firstMonth + months - 1;
  return {
    start: startOfLocalDay({ year, month: firstMonth, day: 1 }, tz),
    end: endOfLocalDay({ year, month: lastMonth, day: daysInMonth(year, lastMonth) }, tz),
  };
}

/** The period right after the one ending at `periodEnd` (same kind). */
export function nextPeriod(r: TaskRecurrence, periodEnd: Date, tz: string): Period {
  return periodContaining(r, new Date(periodEnd.getTime() + 1), tz);
}

/** First and last instants of a calendar year in the agency time zone. */
export function yearBounds(year: number, tz: string): Period {
  return {
    start: startOfLocalDay({ year, month: 1, day: 1 }, tz),
    end: endOfLocalDay({ year, month: 12, day: 31 }, tz),
  };
}

/**
 * A template's due expression, relative to the plan's year:
 * `MM-DD`, `Q1-end`…`Q4-end`, `H1-end`, `H2-end`, `year-end`.
 * Returns undefined for anything else (the zod schema rejects it first).
 */
export function resolveDueSpec(spec: string, year: number, tz: string): Date | undefined {
  const q = /^Q([1-4])-end$/.exec(spec);
  if (q) return periodFrom(year, (Number(q[1]) - 1) * 3 + 1, 3, tz).end;
  const h = /^H([12])-end$/.exec(spec);
  if (h) return periodFrom(year, (Number(h[1]) - 1) * 6 + 1, 6, tz).end;
  if (spec === "year-end") return yearBounds(year, tz).end;
  const md = /^(\d{2})-(\d{2})$/.exec(spec);
  if (md && isRealDay(year, Number(md[1]), Number(md[2]))) {
    return endOfLocalDay({ year, month: Number(md[1]), day: Number(md[2]) }, tz);
  }
  return undefined;
}

export const DUE_SPEC_PATTERN = /^(Q[1-4]-end|H[12]-end|year-end|\d{2}-\d{2})$/;

export type TypedDateResult = { ok: true; date: Date } | { ok: false; reason: "format" | "nonexistent" | "past" };

/**
 * A due date typed by a person: `dd/mm/yyyy` (also `d/m/yyyy`, `-` or `.` as
 * separators). Today is allowed (due at the end of today); yesterday is not.
 */
export function parseTypedDueDate(text: string, now: Date, tz: string): TypedDateResult {
  const typed = readTypedDate(text);
  if (!typed.ok) return typed;
  const due = endOfLocalDay(typed.date, tz);
  if (due.getTime() < now.getTime()) return { ok: false, reason: "past" };
  return { ok: true, date: due };
}

/** Quick due-date choices offered as buttons (and typed words). */
export type QuickDue = "month" | "quarter" | "half" | "year";

export function quickDueDate(kind: QuickDue, now: Date, tz: string): Date {
  if (kind === "month") {
    const d = localDate(now, tz);
    return endOfLocalDay({ year: d.year, month: d.month, day: daysInMonth(d.year, d.month) }, tz);
  }
  const r = kind === "quarter" ? TaskRecurrence.QUARTERLY : kind === "half" ? TaskRecurrence.HALF_YEARLY : TaskRecurrence.YEARLY;
  return periodContaining(r, now, tz).end;
}

/**
 * The first period of a recurring task in a plan of `year`: the one containing
 * today when today is in that year, otherwise the first (future plan) or the
 * last (past plan) period of the year.
 */
export function initialPeriod(r: TaskRecurrence, year: number, now: Date, tz: string): Period {
  const bounds = yearBounds(year, tz);
  const at = now < bounds.start ? bounds.start : now > bounds.end ? bounds.end : now;
  return periodContaining(r, at, tz);
}
