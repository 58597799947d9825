import { TZDate } from "@date-fns/tz";
import { localDay, type LocalDay } from "./periods.js";

/**
 * Date and time rules of meetings, in the agency's time zone. People type
 * dates as dd/mm/yyyy and times as HH:mm (24 h), the way Vietnamese offices
 * write them; parsing is strict so that 31/02 or 25:00 are refused, not rolled over.
 */

/** A calendar day in the agency's time zone: the same shape as the tasks' `LocalDay`. */
export type LocalDate = LocalDay;

export interface LocalTime {
  hour: number;
  minute: number;
}

const DATE_RE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const TIME_RE = /^(\d{1,2})[:hH](\d{2})$/;

/** `20/03/2026` → {2026, 3, 20}; undefined for a malformed or impossible date. */
export function parseLocalDate(text: string): LocalDate | undefined {
  const m = DATE_RE.exec(text.trim());
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 2000 || year > 2100 || month < 1 || month > 12) return undefined;
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return { year, month, day };
}

/** `08:00`, `8:30`, `14h00` → {hour, minute}; undefined when out of range. */
export function parseLocalTime(text: string): LocalTime | undefined {
  const m = TIME_RE.exec(text.trim());
  if (!m) return undefined;
  const [hour, minute] = [Number(m[1]), Number(m[2])];
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

export function toInstant(date: LocalDate, time: LocalTime, tz: string): Date {
  return new Date(new TZDate(date.year, date.month - 1, date.day, time.hour, time.minute, 0, 0, tz).getTime());
}

/** The calendar day of an instant (one implementation: `localDay` of periods.ts). */
export const localDateOf: (instant: Date, tz: string) => LocalDate = localDay;

export function quarterOf(instant: Date, tz: string): { year: number; quarter: number } {
  const d = localDateOf(instant, tz);
  return { year: d.year, quarter: Math.floor((d.month - 1) / 3) + 1 };
}

/** [first instant, last instant] of a calendar quarter in the agency's time zone. */
export function quarterBounds(year: number, quarter: number, tz: string): { start: Date; end: Date } {
  const start = new TZDate(year, (quarter - 1) * 3, 1, 0, 0, 0, 0, tz);
  const next = new TZDate(year, quarter * 3, 1, 0, 0, 0, 0, tz);
  return { start: new Date(start.getTime()), end: new Date(next.getTime() - 1) };
}

/** The local calendar day `days` before/after `d` (negative = before). */
export function addLocalDays(d: LocalDate, days: number): LocalDate {
  const utc = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

export function weekdayOf(d: LocalDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}
