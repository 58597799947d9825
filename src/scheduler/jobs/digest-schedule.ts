import type { AppDeps } from "../../app.js";
import type { Agency } from "../../generated/prisma/client.js";
import type { Occurrence } from "../job.js";
import { calendarAround, DAY_MS } from "./common.js";
import { addDays, type Day, daysBetween, localDay } from "../../time/local-day.js";
import { atLocal } from "../../time/local-time.js";
import { isoWeekday } from "../../time/weekdays.js";

export interface WeeklyData {
  /** Monday of the week the digest is for; it looks back at the week before. */
  monday: Day;
}

/**
 * The weekly slot shared by the group digest and the secretary's overdue
 * list: the configured weekday and time (default Monday 08:00). A slot on a
 * holiday moves to the NEXT working day — unlike reminders, a digest of "last
 * week" cannot go out before that week has ended.
 */
export async function weeklySlots(deps: AppDeps, agency: Agency, kind: string, from: Date, to: Date): Promise<Occurrence[]> {
  const tz = deps.timezone;
  const settings = await deps.services.settings.get(agency.id);
  // A moved slot can land up to ~10 days after its nominal day (Tết): look that far back.
  const cal = await calendarAround(deps, deps.db, agency.id, new Date(from.getTime() - 14 * DAY_MS), to);
  const out: Occurrence[] = [];
  for (const day of daysBetween(localDay(new Date(from.getTime() - 14 * DAY_MS), tz), localDay(to, tz))) {
    if (isoWeekday(day) !== 1) continue;
    const nominal = addDays(day, settings.digestWeekday - 1);
    const dueAt = atLocal(cal.onOrAfter(nominal), settings.digestTime, tz);
    if (dueAt < from || dueAt > to) continue;
    out.push({ key: `${kind}:agency=${agency.id}:week=${day}`, dueAt, data: { monday: day } satisfies WeeklyData as unknown as Record<string, unknown> });
  }
  return out;
}

/** A weekly message more than two days late is stale: next week's will say it all. */
export function weeklyStillUseful(occ: Occurrence, now: Date): boolean {
  return now.getTime() - occ.dueAt.getTime() < 2 * DAY_MS;
}
