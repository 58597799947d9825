import { format } from "date-fns";
import { TZDate } from "@date-fns/tz";

/**
 * The calendar day of an instant in the agency's time zone, as "yyyy-MM-dd".
 * Anonymous feedback stores only this, never a time (docs/anonymity.md); the
 * string sorts and compares like the date it is.
 */
export function localDay(instant: Date, timezone: string): string {
  return format(new TZDate(instant, timezone), "yyyy-MM-dd");
}

/** "2026-03-02" → "02/03/2026", the form people read. */
export function showDay(day: string): string {
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}
