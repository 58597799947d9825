import { addLocalDays, weekdayOf, type LocalDate } from "./meeting-time.js";

/**
 * Which days the office works, as meetings need it (proposed dates, the
 * nudge lead time counted in working days).
 *
 * FALLBACK: the scheduler's working-days module (src/scheduler/working-days.ts,
 * with the editable holiday file) did not exist when meetings were written.
 * This one knows weekends and the fixed solar-calendar holidays only; the
 * lunar ones (Tết, Giỗ Tổ Hùng Vương) need the data file. Swap it for the
 * real module by implementing `WorkingCalendar` over it.
 */
export interface WorkingCalendar {
  isWorkingDay(day: LocalDate): boolean;
}

/** 1/1, 30/4, 1/5, 2/9 and the adjacent day 1/9 (Labour Code 2019, art. 112). */
const FIXED_HOLIDAYS = new Set(["1-1", "4-30", "5-1", "9-1", "9-2"]);

export const fallbackCalendar: WorkingCalendar = {
  isWorkingDay(day) {
    const wd = weekdayOf(day);
    if (wd === 0 || wd === 6) return false;
    return !FIXED_HOLIDAYS.has(`${day.month}-${day.day}`);
  },
};

/** `day` itself if it is a working day, else the closest working day before it. */
export function onOrBeforeWorkingDay(cal: WorkingCalendar, day: LocalDate): LocalDate {
  let d = day;
  for (let i = 0; i < 31 && !cal.isWorkingDay(d); i++) d = addLocalDays(d, -1);
  return d;
}

/** The working day that lies `n` working days before `day` (n ≥ 1). */
export function workingDaysBefore(cal: WorkingCalendar, day: LocalDate, n: number): LocalDate {
  let d = day;
  let left = n;
  for (let i = 0; i < 366 && left > 0; i++) {
    d = addLocalDays(d, -1);
    if (cal.isWorkingDay(d)) left--;
  }
  return d;
}
