import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import type { Meeting, Member } from "../generated/prisma/client.js";
import { MeetingKind, MeetingStatus } from "../generated/prisma/enums.js";
import { DomainError } from "./errors.js";
import {
  DEFAULT_MEETING_TIME,
  PLACE_MAX,
  PROPOSED_DAY_OF_MONTH,
  assertMeetingManager,
  assertQuarterFree,
  audit,
  checkedText,
  type ProposedMeeting,
} from "./meeting-rules.js";
import { loadCalendar } from "../time/agency-calendar.js";
import { dateOf, dayOf, type LocalDate } from "../time/local-day.js";
import { toInstant } from "../time/local-time.js";
import { quarterOf } from "../time/quarters.js";
import { type DayCalendar, onOrBeforeWorkingDay } from "../time/working-days.js";

export interface MeetingDeps {
  db: Db;
  clock: Clock;
  timezone: string;
}

/**
 * The four quarterly meetings a year's plan needs, proposed on a working day
 * near the end of each quarter (`/hop de_xuat`), and their creation.
 */
export async function proposeQuarterly(deps: MeetingDeps, agencyId: number, year: number): Promise<ProposedMeeting[]> {
  const now = deps.clock.now();
  // This year's plan or next year's: further ahead nobody knows the office calendar yet.
  const thisYear = quarterOf(now, deps.timezone).year;
  if (!Number.isInteger(year) || year < thisYear || year > thisYear + 1) {
    throw new DomainError("meeting-bad-year", { from: String(thisYear), to: String(thisYear + 1) });
  }
  const existing = await deps.db.meeting.findMany({
    where: { agencyId, kind: MeetingKind.QUARTERLY, year, status: { not: MeetingStatus.CANCELLED } },
    select: { id: true, quarter: true, startsAt: true },
  });
  const cal = await loadCalendar(deps.db, agencyId, [year]);
  return [1, 2, 3, 4].map((quarter) => {
    const found = existing.find((m) => m.quarter === quarter);
    if (found) return { quarter, startsAt: found.startsAt, existingId: found.id, past: found.startsAt <= now };
    const startsAt = proposedStart(deps, cal, year, quarter);
    return { quarter, startsAt, past: startsAt <= now };
  });
}

/** Creates the proposed quarterly meetings that do not exist yet and are still ahead, in one transaction. */
export async function createProposed(deps: MeetingDeps, actor: Member, year: number, place: string): Promise<Meeting[]> {
  assertMeetingManager(actor);
  const proposals = (await proposeQuarterly(deps, actor.agencyId, year)).filter((p) => !p.existingId && !p.past);
  if (!proposals.length) throw new DomainError("meeting-nothing-to-propose", { year: String(year) });
  const now = deps.clock.now();
  const cleanPlace = checkedText(place, PLACE_MAX, "meeting-bad-place");
  return deps.db.$transaction(async (tx) => {
    const created: Meeting[] = [];
    for (const p of proposals) {
      // Re-checked inside the transaction: another tap may have created it meanwhile.
      await assertQuarterFree(tx, actor.agencyId, year, p.quarter);
      const meeting = await tx.meeting.create({
        data: {
          agencyId: actor.agencyId,
          kind: MeetingKind.QUARTERLY,
          quarter: p.quarter,
          year,
          startsAt: p.startsAt,
          place: cleanPlace,
          createdById: actor.id,
          createdAt: now,
          scheduledAt: now,
          updatedAt: now,
        },
      });
      await audit(tx, actor, "meeting.schedule", { meetingId: meeting.id, kind: meeting.kind, proposed: true }, now);
      created.push(meeting);
    }
    return created;
  });
}

export function proposedStart(deps: MeetingDeps, cal: DayCalendar, year: number, quarter: number): Date {
  const day: LocalDate = dateOf(onOrBeforeWorkingDay(cal, dayOf({ year, month: quarter * 3, day: PROPOSED_DAY_OF_MONTH })));
  return toInstant(day, DEFAULT_MEETING_TIME, deps.timezone);
}

