import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { localDay } from "../services/local-day.js";

/**
 * Calendar arithmetic in the agency's time zone. Days are "yyyy-MM-dd"
 * strings: holidays, due days and digest days are calendar days, not instants,
 * and strings compare and key (JobRun, dedupe) without time-zone surprises.
 */
export type Day = string;

/** The calendar day of an instant, "yyyy-MM-dd" (one implementation, shared with the feedback dates). */
export { localDay };

/** "HH:mm" of an instant in the time zone. */
export function localTime(at: Date, tz: string): string {
  return format(new TZDate(at, tz), "HH:mm");
}

/** The instant of `time` ("HH:mm") on `day` in the time zone. */
export function atLocal(day: Day, time: string, tz: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, 0, tz).getTime());
}

export function addDays(day: Day, n: number): Day {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return t.toISOString().slice(0, 10);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: Day): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: Day, to: Day): Day[] {
  const out: Day[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * Quiet hours ("20:00"–"07:00", possibly not crossing midnight): if `now`
 * falls inside them, the instant they end; otherwise null.
 */
export function quietHoursEnd(now: Date, tz: string, start: string, end: string): Date | null {
  if (start === end) return null;
  const t = localTime(now, tz);
  const today = localDay(now, tz);
  const crossesMidnight = start > end;
  if (crossesMidnight) {
    if (t >= start) return atLocal(addDays(today, 1), end, tz);
    if (t < end) return atLocal(today, end, tz);
    return null;
  }
  return t >= start && t < end ? atLocal(today, end, tz) : null;
}
