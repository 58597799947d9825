import { z } from "zod";
import type { LocalTime } from "./local-time.js";

/** Times typed by people: HH:mm on a 24-hour clock, also 8:30 and 14h00 as phones give them. */
const TYPED_TIME = /^(\d{1,2})[:hH](\d{2})$/;

/** `08:00`, `8:30`, `14h00` → {hour, minute}; undefined when malformed or out of range (25:00). */
export function parseLocalTime(text: string): LocalTime | undefined {
  const m = TYPED_TIME.exec(text.trim());
  if (!m) return undefined;
  const [hour, minute] = [Number(m[1]), Number(m[2])];
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

/** zod form of `parseLocalTime`: the issue's message is "time". */
export const typedTimeSchema = z.string().transform((s, c): LocalTime => {
  const t = parseLocalTime(s);
  if (!t) {
    c.addIssue({ code: "custom", message: "time" });
    return z.NEVER;
  }
  return t;
});
