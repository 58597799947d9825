import { format } from "date-fns/format";
import { TZDate } from "@date-fns/tz";
import { dateOf, type Day, type LocalDate } from "./local-day.js";

/** Times of day and the instants they make on a local day, in the agency's time zone. */

export interface LocalTime {
  hour: number;
  minute: number;
}

/** "HH:mm" of an instant in the time zone. */
export function localTime(at: Date, tz: string): string {
  return format(new TZDate(at, tz), "HH:mm");
}

/** The instant of a time of day on a local day. */
export function toInstant(date: LocalDate, time: LocalTime, tz: string): Date {
  return new Date(new TZDate(date.year, date.month - 1, date.day, time.hour, time.minute, 0, 0, tz).getTime());
}

/** The instant of `time` ("HH:mm") on `day` in the time zone. */
export function atLocal(day: Day, time: string, tz: string): Date {
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return toInstant(dateOf(day), { hour, minute }, tz);
}
