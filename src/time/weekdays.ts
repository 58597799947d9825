import { getISODay } from "date-fns/getISODay";
import { TZDate } from "@date-fns/tz";
import { dateOf, type Day } from "./local-day.js";

/**
 * The one weekday convention of the project: ISO, 1 = Monday … 7 = Sunday
 * (the digest weekday setting, `weekday-1`…`weekday-7` in the locales and the
 * holiday rules all count this way).
 */
export function isoWeekday(day: Day): number {
  const d = dateOf(day);
  return getISODay(new TZDate(d.year, d.month - 1, d.day, "UTC"));
}

/** Saturday or Sunday: the weekly rest days of public offices. */
export function isWeekend(day: Day): boolean {
  return isoWeekday(day) >= 6;
}
