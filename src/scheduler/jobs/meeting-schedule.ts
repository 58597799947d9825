import type { Meeting } from "../../generated/prisma/client.js";
import { fallbackCalendar, onOrBeforeWorkingDay, workingDaysBefore, type WorkingCalendar } from "../../services/meeting-calendar.js";
import { addLocalDays, localDateOf, toInstant, type LocalTime } from "../../services/meeting-time.js";

/**
 * When the meeting jobs fire, as pure functions of a meeting (tested alone).
 *
 * - Day reminders (7 days, 1 day before) go out at 08:00 local, the start of
 *   the office day, moved back to the previous working day when that day is
 *   off (a Monday meeting is reminded on Friday, not on Sunday).
 * - The 2-hour reminder is exact: it is on the meeting day itself.
 * - The nudge before a quarterly meeting is `leadDays` working days before the
 *   meeting day at 08:00.
 */
export const REMINDER_TIME: LocalTime = { hour: 8, minute: 0 };
export const DEFAULT_NUDGE_LEAD_DAYS = 3;

export type ReminderCode = "7d" | "1d" | "2h";
export const REMINDER_CODES: readonly ReminderCode[] = ["7d", "1d", "2h"];

export function reminderDueAt(
  meeting: Pick<Meeting, "startsAt">,
  code: ReminderCode,
  tz: string,
  cal: WorkingCalendar = fallbackCalendar,
): Date {
  if (code === "2h") return new Date(meeting.startsAt.getTime() - 2 * 3600_000);
  const meetingDay = localDateOf(meeting.startsAt, tz);
  const day = onOrBeforeWorkingDay(cal, addLocalDays(meetingDay, code === "7d" ? -7 : -1));
  return toInstant(day, REMINDER_TIME, tz);
}

export function nudgeDueAt(meeting: Pick<Meeting, "startsAt">, leadDays: number, tz: string, cal: WorkingCalendar = fallbackCalendar): Date {
  const day = workingDaysBefore(cal, localDateOf(meeting.startsAt, tz), leadDays);
  return toInstant(day, REMINDER_TIME, tz);
}

/** The instant after which a reminder is superseded by the next one (or by the meeting itself). */
export function reminderUsefulUntil(meeting: Pick<Meeting, "startsAt">, code: ReminderCode, tz: string, cal: WorkingCalendar = fallbackCalendar): Date {
  if (code === "7d") return reminderDueAt(meeting, "1d", tz, cal);
  if (code === "1d") return reminderDueAt(meeting, "2h", tz, cal);
  return meeting.startsAt;
}
