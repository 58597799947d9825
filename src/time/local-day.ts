import { addDays as addCalendarDays } from "date-fns/addDays";
import { eachDayOfInterval } from "date-fns/eachDayOfInterval";
import { format } from "date-fns/format";
import { getDaysInMonth } from "date-fns/getDaysInMonth";
import { isExists } from "date-fns/isExists";
import { TZDate } from "@date-fns/tz";

/**
 * Calendar days in the agency's time zone, in their two shapes:
 * - `Day`, "yyyy-MM-dd": holidays, due days, digest days, JobRun and dedupe
 *   keys. A string compares, sorts and keys without time-zone surprises, and
 *   anonymous feedback stores only this, never a time (docs/anonymity.md).
 * - `LocalDate`, {year, month, day}: what people type and what task and
 *   meeting rules compute with.
 * Arithmetic on days is done by date-fns on a UTC-pinned date, so that the
 * machine's own time zone can never shift a day.
 */
export type Day = string;

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** A calendar day as a date-fns date at midnight UTC: arithmetic on it is pure calendar arithmetic. */
function calendarDate(d: LocalDate): TZDate {
  return new TZDate(d.year, d.month - 1, d.day, "UTC");
}

function fromCalendarDate(t: Date): LocalDate {
  return { year: t.getFullYear(), month: t.getMonth() + 1, day: t.getDate() };
}

/** The calendar day of an instant in the time zone, as "yyyy-MM-dd". */
export function localDay(instant: Date, tz: string): Day {
  return format(new TZDate(instant, tz), "yyyy-MM-dd");
}

/** The calendar day of an instant in the time zone, as {year, month, day}. */
export function localDate(instant: Date, tz: string): LocalDate {
  return fromCalendarDate(new TZDate(instant, tz));
}

export function dayOf(d: LocalDate): Day {
  return format(calendarDate(d), "yyyy-MM-dd");
}

export function dateOf(day: Day): LocalDate {
  const [year, month, d] = day.split("-").map(Number) as [number, number, number];
  return { year, month, day: d };
}

/** "2026-03-02" → "02/03/2026", the form people read. */
export function showDay(day: Day): string {
  return format(calendarDate(dateOf(day)), "dd/MM/yyyy");
}

/** Whether year/month/day names a day that exists (31/02 and 29/02 of a common year do not). */
export function isRealDay(year: number, month: number, day: number): boolean {
  return isExists(year, month - 1, day);
}

export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(new TZDate(year, month - 1, 1, "UTC"));
}

/** The day `n` days after `day` (negative: before). */
export function addDays(day: Day, n: number): Day {
  return format(addCalendarDays(calendarDate(dateOf(day)), n), "yyyy-MM-dd");
}

/** The local calendar day `n` days after `d` (negative: before). */
export function addLocalDays(d: LocalDate, n: number): LocalDate {
  return fromCalendarDate(addCalendarDays(calendarDate(d), n));
}

/** Every day from `from` to `to`, both included (empty when `to` is before `from`). */
export function daysBetween(from: Day, to: Day): Day[] {
  if (to < from) return [];
  return eachDayOfInterval({ start: calendarDate(dateOf(from)), end: calendarDate(dateOf(to)) }).map((t) => format(t, "yyyy-MM-dd"));
}

/** The first instant of a local day. */
export function startOfLocalDay(d: LocalDate, tz: string): Date {
  return new Date(new TZDate(d.year, d.month - 1, d.day, 0, 0, 0, 0, tz).getTime());
}

/** The last millisecond of a local day: a due date is this, so "overdue" is simply `dueDate < now` (docs/tasks.md). */
export function endOfLocalDay(d: LocalDate, tz: string): Date {
  return new Date(new TZDate(d.year, d.month - 1, d.day, 23, 59, 59, 999, tz).getTime());
}
