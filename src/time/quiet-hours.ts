import { addDays, localDay } from "./local-day.js";
import { atLocal, localTime } from "./local-time.js";

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
