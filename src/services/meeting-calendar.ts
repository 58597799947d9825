import type { DbOrTx } from "../db/client.js";
import { loadCalendar } from "../scheduler/working-days.js";
import { addLocalDays, weekdayOf, type LocalDate } from "./meeting-time.js";

/**
 * Which days the office works, as meetings need it (proposed dates, reminder
 * days, the nudge lead counted in working days). Backed by the scheduler's
 * working-days module: national holiday files plus the secretary's edits.
 */
export interface DayCalendar {
  isWorkingDay(day: LocalDate): boolean;
}

export function dayString(d: LocalDate): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** The agency's calendar for the given years (two small reads). */
export async function agencyCalendar(db: DbOrTx, agencyId: number, years: number[]): Promise<DayCalendar> {
  const cal = await loadCalendar(db, agencyId, years);
  return { isWorkingDay: (d) => cal.isWorkingDay(dayString(d)) };
}

/** Monday–Friday only: for pure date-rule tests. */
export const weekdaysOnly: DayCalendar = {
  isWorkingDay: (d) => {
    const wd = weekdayOf(d);
    return wd !== 0 && wd !== 6;
  },
};

/** `day` itself if it is a working day, else the closest working day before it. */
export function onOrBeforeWorkingDay(cal: DayCalendar, day: LocalDate): LocalDate {
  let d = day;
  for (let i = 0; i < 60 && !cal.isWorkingDay(d); i++) d = addLocalDays(d, -1);
  return d;
}

/** The working day that lies `n` working days before `day` (n = 0: the closest working day on or before it). */
export function workingDaysBefore(cal: DayCalendar, day: LocalDate, n: number): LocalDate {
  let d = onOrBeforeWorkingDay(cal, day);
  // Counted from the meeting day itself: 3 working days before a Thursday meeting is the Monday.
  for (let i = 0; i < n; i++) d = onOrBeforeWorkingDay(cal, addLocalDays(d, -1));
  return d;
}
