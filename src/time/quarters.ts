import { TZDate } from "@date-fns/tz";
import { localDate } from "./local-day.js";

/** Calendar quarters in the agency's time zone (the committee meets once a quarter). */

export function quarterOf(instant: Date, tz: string): { year: number; quarter: number } {
  const d = localDate(instant, tz);
  return { year: d.year, quarter: Math.floor((d.month - 1) / 3) + 1 };
}

/** [first instant, last instant] of a calendar quarter in the agency's time zone. */
export function quarterBounds(year: number, quarter: number, tz: string): { start: Date; end: Date } {
  const start = new TZDate(year, (quarter - 1) * 3, 1, 0, 0, 0, 0, tz);
  const next = new TZDate(year, quarter * 3, 1, 0, 0, 0, 0, tz);
  return { start: new Date(start.getTime()), end: new Date(next.getTime() - 1) };
}
