import type { Meeting } from "../../generated/prisma/client.js";
import { addDays, dateOf, localDate, localDay } from "../../time/local-day.js";
import { type LocalTime, toInstant } from "../../time/local-time.js";
import { parseLocalTime } from "../../time/typed-time.js";
import { type DayCalendar, onOrBeforeWorkingDay, workingDaysBefore } from "../../time/working-days.js";

/**
 * When the meeting jobs fire, as pure functions of a meeting (tested alone).
 *
 * - Day reminders (7 days, 1 day before) go out at the agency's reminder time
 *   (`AgencySettings.reminderTime`, 08:00 by default: the start of the office
 *   day), moved back to the previous working day when that day is off (a
 *   Monday meeting is reminded on Friday, not on Sunday).
 * - The 2-hour reminder is exact: it is on the meeting day itself.
 * - The nudge before a quarterly meeting is `leadDays` working days before the
 *   meeting day (`AgencySettings.meetingNudgeDays`, default 3), same time.
 */
export const DEFAULT_REMINDER_TIME = "08:00";
export const DEFAULT_NUDGE_LEAD_DAYS = 3;

export type ReminderCode = "7d" | "1d" | "2h";
export const REMINDER_CODES: readonly ReminderCode[] = ["7d", "1d", "2h"];

export interface ScheduleRules {
  cal: DayCalendar;
  tz: string;
  /** "HH:mm" */
  time?: string;
}

function timeOf(rules: ScheduleRules): LocalTime {
  return parseLocalTime(rules.time ?? DEFAULT_REMINDER_TIME) ?? { hour: 8, minute: 0 };
}

export function reminderDueAt(meeting: Pick<Meeting, "startsAt">, code: ReminderCode, rules: ScheduleRules): Date {
  if (code === "2h") return new Date(meeting.startsAt.getTime() - 2 * 3600_000);
  const meetingDay = localDay(meeting.startsAt, rules.tz);
  const day = onOrBeforeWorkingDay(rules.cal, addDays(meetingDay, code === "7d" ? -7 : -1));
  return toInstant(dateOf(day), timeOf(rules), rules.tz);
}

export function nudgeDueAt(meeting: Pick<Meeting, "startsAt">, leadDays: number, rules: ScheduleRules): Date {
  const day = workingDaysBefore(rules.cal, localDay(meeting.startsAt, rules.tz), leadDays);
  return toInstant(dateOf(day), timeOf(rules), rules.tz);
}

/** The instant after which a reminder is superseded by the next one (or by the meeting itself). */
export function reminderUsefulUntil(meeting: Pick<Meeting, "startsAt">, code: ReminderCode, rules: ScheduleRules): Date {
  if (code === "7d") return reminderDueAt(meeting, "1d", rules);
  if (code === "1d") return reminderDueAt(meeting, "2h", rules);
  return meeting.startsAt;
}

/** The calendar years a window touches, with the year before (a 7-day reminder of early January falls in December). */
export function yearsOf(from: Date, to: Date, tz: string): number[] {
  const a = localDate(from, tz).year - 1;
  const b = localDate(to, tz).year;
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}
