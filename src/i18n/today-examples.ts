import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { endOfMonth } from "date-fns/endOfMonth";
import { format } from "date-fns/format";
import { isWeekend } from "date-fns/isWeekend";
import { startOfDay } from "date-fns/startOfDay";
import type { TextParams } from "./translator.js";

/**
 * Dates for the examples in help and usage texts, built from today. An example
 * with a fixed date ("/hop moi quy 20/03/2026 …") fails as shown once that date
 * has passed, and a newcomer copies examples exactly. Every text may use:
 *   { $exampleDate }        a working day about two weeks ahead (a meeting, a holiday to add)
 *   { $exampleDue }         the last day of next month (a task's deadline)
 *   { $exampleYear }        this year
 *   { $exampleHalfFrom }, { $exampleHalfTo }, { $exampleHalfDue }
 *                           the current 6-month period and a deadline in it still ahead
 *                           (the next period once that deadline has passed)
 *   { $exampleToday }       today (the date of a request document)
 * Computed once per local day and time zone, then reused: every update's first
 * text asks for them, and the time-zone date arithmetic was 3–4 % of a
 * /baocao's CPU (issue 15). The cache holds the day's bounds, so a clock moved
 * backwards or forwards (tests, a corrected system clock) recomputes.
 */
export function todayExamples(now: Date, timezone: string): TextParams {
  const t = now.getTime();
  const hit = byZone.get(timezone);
  if (hit && t >= hit.from && t < hit.to) return hit.params;
  const today = new TZDate(t, timezone);
  const params = examplesFor(today);
  byZone.set(timezone, { from: startOfDay(today).getTime(), to: startOfDay(addDays(today, 1)).getTime(), params });
  return params;
}

const byZone = new Map<string, { from: number; to: number; params: TextParams }>();

function examplesFor(today: TZDate): TextParams {
  let meeting = addDays(today, 14);
  while (isWeekend(meeting)) meeting = addDays(meeting, 1);
  const half = halfYearExample(today);
  return {
    exampleDate: show(meeting),
    exampleDue: show(endOfMonth(addMonths(today, 1))),
    exampleYear: today.getFullYear(),
    exampleHalfFrom: show(half.from),
    exampleHalfTo: show(half.to),
    exampleHalfDue: show(half.due),
    exampleToday: show(today),
  };
}

function halfYearExample(today: TZDate): { from: TZDate; to: TZDate; due: TZDate } {
  const at = (year: number, month: number, day: number) => new TZDate(year, month, day, today.timeZone!);
  const year = today.getFullYear();
  const first = today.getMonth() < 6;
  // The provincial committee usually asks for the report around the 15th of the period's last month.
  const current = first
    ? { from: at(year, 0, 1), to: at(year, 5, 30), due: at(year, 5, 15) }
    : { from: at(year, 6, 1), to: at(year, 11, 31), due: at(year, 11, 15) };
  if (current.due.getTime() > today.getTime()) return current;
  return first
    ? { from: at(year, 6, 1), to: at(year, 11, 31), due: at(year, 11, 15) }
    : { from: at(year + 1, 0, 1), to: at(year + 1, 5, 30), due: at(year + 1, 5, 15) };
}

function show(day: Date): string {
  return format(day, "dd/MM/yyyy");
}

/** Adds today's examples to every text of a translate function, without overriding a caller's own parameters. */
export function withTodayExamples(
  translate: (key: string, params?: TextParams) => string,
  examples: () => TextParams,
): (key: string, params?: TextParams) => string {
  let cached: TextParams | undefined;
  return (key, params) => {
    cached ??= examples();
    return translate(key, { ...cached, ...params });
  };
}
