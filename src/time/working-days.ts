import { addDays, type Day } from "./local-day.js";
import { isWeekend } from "./weekdays.js";

/**
 * Working days, the one walk of the project. A calendar answers one question
 * (is this day worked?); every rule that moves a date onto a working day, or
 * counts a lead time in working days, walks with the functions below.
 */
export interface DayCalendar {
  isWorkingDay(day: Day): boolean;
}

/** How far a walk looks: no real calendar has 60 days off in a row (Tết is 9 at most); a broken one must not loop. */
const MAX_WALK = 60;

/** `day` itself if it is a working day, else the closest working day before it. */
export function onOrBeforeWorkingDay(cal: DayCalendar, day: Day): Day {
  let d = day;
  for (let i = 0; i < MAX_WALK && !cal.isWorkingDay(d); i++) d = addDays(d, -1);
  return d;
}

/** `day` itself if it is a working day, else the closest working day after it. */
export function onOrAfterWorkingDay(cal: DayCalendar, day: Day): Day {
  let d = day;
  for (let i = 0; i < MAX_WALK && !cal.isWorkingDay(d); i++) d = addDays(d, 1);
  return d;
}

/**
 * The working day `n` working days before `day` (n = 0: the closest working
 * day on or before it). Counted from the day itself: 3 working days before a
 * Thursday is the Monday.
 */
export function workingDaysBefore(cal: DayCalendar, day: Day, n: number): Day {
  let d = onOrBeforeWorkingDay(cal, day);
  for (let i = 0; i < n; i++) d = onOrBeforeWorkingDay(cal, addDays(d, -1));
  return d;
}

/** Monday–Friday only: for pure date-rule tests. */
export const weekdaysOnly: DayCalendar = { isWorkingDay: (d) => !isWeekend(d) };

/**
 * Which days are working days for one agency: Monday–Friday, minus the
 * national holidays (data files, or computed), with the secretary's own edits
 * (AgencyDayOverride: an extra holiday, or a weekend day worked) on top.
 */
export class WorkingCalendar implements DayCalendar {
  constructor(
    private readonly holidays: ReadonlyMap<Day, string>,
    private readonly workdays: ReadonlySet<Day>,
  ) {}

  isWorkingDay(day: Day): boolean {
    if (this.workdays.has(day)) return true;
    if (this.holidays.has(day)) return false;
    return !isWeekend(day);
  }

  holidayName(day: Day): string | undefined {
    return this.holidays.get(day);
  }

  onOrBefore(day: Day): Day {
    return onOrBeforeWorkingDay(this, day);
  }

  onOrAfter(day: Day): Day {
    return onOrAfterWorkingDay(this, day);
  }

  workingDaysBefore(day: Day, n: number): Day {
    return workingDaysBefore(this, day, n);
  }
}
