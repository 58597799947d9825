import { fallbackCalendar, type WorkingCalendar } from "../../services/meeting-calendar.js";

/**
 * The working calendar the meeting jobs use. One place to switch to the
 * scheduler's working-days module (holiday file) when it is available.
 */
export function meetingCalendar(): WorkingCalendar {
  return fallbackCalendar;
}
