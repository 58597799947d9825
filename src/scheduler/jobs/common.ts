import type { AppDeps } from "../../app.js";
import type { DbOrTx } from "../../db/client.js";
import type { Member } from "../../generated/prisma/client.js";
import { MemberStatus, Role } from "../../generated/prisma/enums.js";
import { loadCalendar } from "../../time/agency-calendar.js";
import { addDays, type Day, localDay } from "../../time/local-day.js";
import type { WorkingCalendar } from "../../time/working-days.js";

/** The agency's working calendar covering [from, to] with a year of margin on both sides (lead times cross New Year). */
export function calendarAround(deps: AppDeps, db: DbOrTx, agencyId: number, from: Date, to: Date): Promise<WorkingCalendar> {
  const y0 = Number(localDay(from, deps.timezone).slice(0, 4));
  const y1 = Number(localDay(to, deps.timezone).slice(0, 4));
  const years: number[] = [];
  for (let y = y0 - 1; y <= y1 + 1; y++) years.push(y);
  return loadCalendar(db, agencyId, years);
}

/** Active members with these roles (e.g. the secretary and the head for report deadlines). */
export function activeWithRoles(db: DbOrTx, agencyId: number, roles: Role[]): Promise<Member[]> {
  return db.member.findMany({ where: { agencyId, status: MemberStatus.ACTIVE, role: { in: roles } }, orderBy: { id: "asc" } });
}

export const SECRETARY_AND_HEAD = [Role.SECRETARY, Role.HEAD];

/** The Monday (ISO week start) of the week containing `day`. */
export function mondayOf(day: Day, isoWeekdayOfDay: number): Day {
  return addDays(day, 1 - isoWeekdayOfDay);
}

export const HOUR = 3_600_000;
export const DAY_MS = 24 * HOUR;
