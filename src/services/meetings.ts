import type { Clock } from "../clock.js";
import type { Db, Tx } from "../db/client.js";
import type { Meeting, MeetingConclusion, Member } from "../generated/prisma/client.js";
import { AttendanceAnswer, MeetingKind, MeetingStatus, MemberStatus } from "../generated/prisma/enums.js";
import { enqueueMessage } from "../messaging/outbox.js";
import { writeAudit } from "./audit.js";
import { DomainError } from "./errors.js";
import { agencyCalendar, onOrBeforeWorkingDay, type DayCalendar } from "./meeting-calendar.js";
import { quarterOf, toInstant, type LocalDate, type LocalTime } from "./meeting-time.js";
import { COMMITTEE_ROLES, MANAGER_ROLES } from "./roles.js";
import { createConclusionTask, type ConclusionTaskResult } from "./meeting-task.js";
import { draftAgenda, type FeedbackStatsSource } from "./meeting-agenda.js";

export { AttendanceAnswer, MeetingKind, MeetingStatus };

export const PLACE_MAX = 200;
export const AGENDA_MAX = 2000;
export const CONCLUSION_MAX = 1000;
export const REASON_MAX = 300;
export const MINUTES_MAX = 3500;
/** Nobody plans a committee meeting further ahead than the next plan year. */
const MAX_AHEAD_MS = 2 * 366 * 86_400_000;
/** Proposed quarterly meetings start at the office's usual 08:00. */
export const DEFAULT_MEETING_TIME: LocalTime = { hour: 8, minute: 0 };
/**
 * Proposed day: the 20th of the quarter's last month (moved back to a working
 * day), late enough for the quarter's reports, early enough to act before the
 * quarter closes and before the 6-month/annual report deadlines.
 */
export const PROPOSED_DAY_OF_MONTH = 20;

export interface ScheduleInput {
  kind: MeetingKind;
  startsAt: Date;
  place: string;
  agenda?: string | null;
}

/** Renders the group announcement for a change (the service itself knows no texts). */
export type Announce = (meeting: Meeting) => string;

export interface ProposedMeeting {
  quarter: number;
  startsAt: Date;
  /** Set when a quarterly meeting for that quarter already exists. */
  existingId?: number;
  /** The proposed moment has passed already. */
  past: boolean;
}

export interface AttendanceList {
  meeting: Meeting;
  present: Member[];
  absent: { member: Member; reason: string | null }[];
  unanswered: Member[];
}

export type UpcomingMeeting = Meeting & { myAnswer: AttendanceAnswer | null };

export class MeetingService {
  constructor(private readonly deps: { db: Db; clock: Clock; timezone: string; feedbackStats?: FeedbackStatsSource }) {}

  private get db() {
    return this.deps.db;
  }

  async schedule(actor: Member, input: ScheduleInput): Promise<Meeting> {
    assertManager(actor);
    const now = this.deps.clock.now();
    const clean = this.validate(input, now);
    const { year, quarter } = quarterOf(clean.startsAt, this.deps.timezone);
    return this.db.$transaction(async (tx) => {
      if (clean.kind === MeetingKind.QUARTERLY) await assertQuarterFree(tx, actor.agencyId, year, quarter);
      const meeting = await tx.meeting.create({
        data: {
          agencyId: actor.agencyId,
          kind: clean.kind,
          quarter: clean.kind === MeetingKind.QUARTERLY ? quarter : null,
          year,
          startsAt: clean.startsAt,
          place: clean.place,
          agenda: clean.agenda,
          createdById: actor.id,
          createdAt: now,
          scheduledAt: now,
          updatedAt: now,
        },
      });
      await audit(tx, actor, "meeting.schedule", { meetingId: meeting.id, kind: meeting.kind, startsAt: meeting.startsAt.toISOString() }, now);
      return meeting;
    });
  }

  /** The four quarterly meetings of `year` as they would be proposed; nothing is written. */
  async proposeQuarterly(agencyId: number, year: number): Promise<ProposedMeeting[]> {
    const now = this.deps.clock.now();
    // This year's plan or next year's: further ahead nobody knows the office calendar yet.
    const thisYear = quarterOf(now, this.deps.timezone).year;
    if (!Number.isInteger(year) || year < thisYear || year > thisYear + 1) {
      throw new DomainError("meeting-bad-year", { from: String(thisYear), to: String(thisYear + 1) });
    }
    const existing = await this.db.meeting.findMany({
      where: { agencyId, kind: MeetingKind.QUARTERLY, year, status: { not: MeetingStatus.CANCELLED } },
      select: { id: true, quarter: true, startsAt: true },
    });
    const cal = await agencyCalendar(this.db, agencyId, [year]);
    return [1, 2, 3, 4].map((quarter) => {
      const found = existing.find((m) => m.quarter === quarter);
      if (found) return { quarter, startsAt: found.startsAt, existingId: found.id, past: found.startsAt <= now };
      const startsAt = this.proposedStart(cal, year, quarter);
      return { quarter, startsAt, past: startsAt <= now };
    });
  }

  /** Creates the proposed quarterly meetings that do not exist yet and are still ahead, in one transaction. */
  async createProposed(actor: Member, year: number, place: string): Promise<Meeting[]> {
    assertManager(actor);
    const proposals = (await this.proposeQuarterly(actor.agencyId, year)).filter((p) => !p.existingId && !p.past);
    if (!proposals.length) throw new DomainError("meeting-nothing-to-propose", { year: String(year) });
    const now = this.deps.clock.now();
    const cleanPlace = cleanText(place, PLACE_MAX, "meeting-bad-place");
    return this.db.$transaction(async (tx) => {
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

  proposedStart(cal: DayCalendar, year: number, quarter: number): Date {
    const day: LocalDate = onOrBeforeWorkingDay(cal, { year, month: quarter * 3, day: PROPOSED_DAY_OF_MONTH });
    return toInstant(day, DEFAULT_MEETING_TIME, this.deps.timezone);
  }

  async reschedule(actor: Member, meetingId: number, change: { startsAt: Date; place?: string }, announce?: Announce): Promise<Meeting> {
    assertManager(actor);
    const now = this.deps.clock.now();
    const startsAt = this.validateStart(change.startsAt, now);
    const place = change.place === undefined ? undefined : cleanText(change.place, PLACE_MAX, "meeting-bad-place");
    return this.db.$transaction(async (tx) => {
      const meeting = await this.openMeeting(tx, actor.agencyId, meetingId, now);
      const { year, quarter } = quarterOf(startsAt, this.deps.timezone);
      if (meeting.kind === MeetingKind.QUARTERLY && (year !== meeting.year || quarter !== meeting.quarter)) {
        // Moved into another quarter, it now reviews that one: still one meeting per quarter.
        await assertQuarterFree(tx, actor.agencyId, year, quarter, meeting.id);
      }
      const updated = await tx.meeting.update({
        where: { id: meeting.id },
        data: {
          startsAt,
          year,
          quarter: meeting.kind === MeetingKind.QUARTERLY ? quarter : null,
          ...(place !== undefined ? { place } : {}),
          scheduledAt: now,
          updatedAt: now,
        },
      });
      await audit(tx, actor, "meeting.reschedule", { meetingId, from: meeting.startsAt.toISOString(), to: startsAt.toISOString() }, now);
      if (announce) await announceToGroup(tx, updated, announce(updated), `meeting:${meetingId}:moved:${startsAt.toISOString()}`, now);
      return updated;
    });
  }

  async cancel(actor: Member, meetingId: number, announce?: Announce): Promise<Meeting> {
    assertManager(actor);
    const now = this.deps.clock.now();
    return this.db.$transaction(async (tx) => {
      const meeting = await this.openMeeting(tx, actor.agencyId, meetingId, now);
      const updated = await tx.meeting.update({
        where: { id: meeting.id },
        data: { status: MeetingStatus.CANCELLED, cancelledAt: now, updatedAt: now },
      });
      await audit(tx, actor, "meeting.cancel", { meetingId }, now);
      if (announce) await announceToGroup(tx, updated, announce(updated), `meeting:${meetingId}:cancelled`, now);
      return updated;
    });
  }

  /** Upcoming meetings (scheduled, not started), soonest first, with this member's answer. */
  async listUpcoming(agencyId: number, memberId?: number): Promise<UpcomingMeeting[]> {
    const now = this.deps.clock.now();
    const rows = await this.db.meeting.findMany({
      where: { agencyId, status: MeetingStatus.SCHEDULED, startsAt: { gt: now } },
      orderBy: { startsAt: "asc" },
      take: 20,
      include: { attendance: { where: { memberId: memberId ?? -1 }, select: { answer: true } } },
    });
    return rows.map(({ attendance, ...m }) => ({ ...m, myAnswer: attendance[0]?.answer ?? null }));
  }

  async getMeeting(agencyId: number, meetingId: number): Promise<Meeting> {
    const meeting = await this.db.meeting.findFirst({ where: { id: meetingId, agencyId } });
    if (!meeting) throw new DomainError("meeting-unknown", { id: String(meetingId) });
    return meeting;
  }

  /**
   * Có mặt / vắng. Only while the meeting is scheduled and has not started, so
   * a button from an old reminder of a cancelled meeting is refused clearly.
   * Answering PRESENT clears an earlier reason; ABSENT without a reason keeps
   * the one given before (the reason usually comes in a second message).
   */
  async answer(member: Member, meetingId: number, answer: AttendanceAnswer, reason?: string): Promise<Meeting> {
    if (!COMMITTEE_ROLES.includes(member.role)) throw new DomainError("meeting-not-committee");
    const now = this.deps.clock.now();
    const cleanReason = reason === undefined ? undefined : cleanText(reason, REASON_MAX, "meeting-bad-reason");
    return this.db.$transaction(async (tx) => {
      const meeting = await this.openMeeting(tx, member.agencyId, meetingId, now);
      const reasonData = answer === AttendanceAnswer.PRESENT ? { reason: null } : cleanReason !== undefined ? { reason: cleanReason } : {};
      await tx.meetingAttendance.upsert({
        where: { meetingId_memberId: { meetingId, memberId: member.id } },
        create: { meetingId, memberId: member.id, answer, answeredAt: now, reason: reasonData.reason ?? null },
        update: { answer, answeredAt: now, ...reasonData },
      });
      return meeting;
    });
  }

  /** The secretary's (or head's) view: every active committee member, grouped by answer. */
  async attendanceList(actor: Member, meetingId: number): Promise<AttendanceList> {
    assertManager(actor);
    const meeting = await this.getMeeting(actor.agencyId, meetingId);
    const [members, answers] = await Promise.all([
      this.db.member.findMany({
        where: { agencyId: actor.agencyId, status: MemberStatus.ACTIVE, role: { in: [...COMMITTEE_ROLES] } },
        orderBy: { fullName: "asc" },
      }),
      this.db.meetingAttendance.findMany({ where: { meetingId } }),
    ]);
    const byMember = new Map(answers.map((a) => [a.memberId, a]));
    const collator = new Intl.Collator("vi");
    members.sort((a, b) => collator.compare(a.fullName, b.fullName));
    const list: AttendanceList = { meeting, present: [], absent: [], unanswered: [] };
    for (const m of members) {
      const a = byMember.get(m.id);
      if (!a) list.unanswered.push(m);
      else if (a.answer === AttendanceAnswer.PRESENT) list.present.push(m);
      else list.absent.push({ member: m, reason: a.reason });
    }
    return list;
  }

  /** Records a kết luận; the first one marks the meeting as held. Only after the start time. */
  async addConclusion(actor: Member, meetingId: number, text: string): Promise<MeetingConclusion> {
    assertManager(actor);
    const now = this.deps.clock.now();
    const clean = cleanText(text, CONCLUSION_MAX, "conclusion-bad-text");
    return this.db.$transaction(async (tx) => {
      const meeting = await this.heldMeeting(tx, actor.agencyId, meetingId, now);
      const last = await tx.meetingConclusion.findFirst({ where: { meetingId }, orderBy: { order: "desc" }, select: { order: true } });
      const conclusion = await tx.meetingConclusion.create({
        data: { meetingId, order: (last?.order ?? 0) + 1, text: clean, createdById: actor.id, createdAt: now },
      });
      if (meeting.status === MeetingStatus.SCHEDULED) {
        await tx.meeting.update({ where: { id: meetingId }, data: { status: MeetingStatus.HELD, updatedAt: now } });
      }
      await audit(tx, actor, "meeting.conclusion", { meetingId, conclusionId: conclusion.id }, now);
      return conclusion;
    });
  }

  async setMinutes(actor: Member, meetingId: number, text: string): Promise<Meeting> {
    assertManager(actor);
    const now = this.deps.clock.now();
    const clean = cleanText(text, MINUTES_MAX, "meeting-bad-minutes");
    return this.db.$transaction(async (tx) => {
      const meeting = await this.heldMeeting(tx, actor.agencyId, meetingId, now);
      const updated = await tx.meeting.update({
        where: { id: meeting.id },
        data: { minutes: clean, status: MeetingStatus.HELD, updatedAt: now },
      });
      await audit(tx, actor, "meeting.minutes", { meetingId }, now);
      return updated;
    });
  }

  async listConclusions(agencyId: number, meetingId: number): Promise<MeetingConclusion[]> {
    await this.getMeeting(agencyId, meetingId);
    return this.db.meetingConclusion.findMany({ where: { meetingId }, orderBy: { order: "asc" } });
  }

  async getConclusion(agencyId: number, conclusionId: number): Promise<MeetingConclusion & { meeting: Meeting }> {
    const c = await this.db.meetingConclusion.findFirst({ where: { id: conclusionId, meeting: { agencyId } }, include: { meeting: true } });
    if (!c) throw new DomainError("conclusion-unknown", { id: String(conclusionId) });
    return c;
  }

  /**
   * Turns a kết luận into a task of the meeting year's plan, assigned on the
   * spot. See `meeting-task.ts` for where the task goes.
   */
  async conclusionToTask(
    actor: Member,
    conclusionId: number,
    input: { assigneeIds: number[]; dueDate: LocalDate | null; sectionCode?: string; describe?: (c: MeetingConclusion) => string },
  ): Promise<ConclusionTaskResult> {
    assertManager(actor);
    const now = this.deps.clock.now();
    const conclusion = await this.getConclusion(actor.agencyId, conclusionId);
    if (conclusion.taskId !== null) throw new DomainError("conclusion-has-task", { id: String(conclusionId) });
    return this.db.$transaction((tx) =>
      createConclusionTask(tx, { actor, conclusion, ...input, now, timezone: this.deps.timezone }),
    );
  }

  /** The agenda drafted from the reviewed quarter's data (see meeting-agenda.ts). */
  async agenda(agencyId: number, meetingId: number) {
    const meeting = await this.getMeeting(agencyId, meetingId);
    return { meeting, draft: await draftAgenda(this.db, meeting, this.deps.clock.now(), this.deps.timezone, this.deps.feedbackStats) };
  }

  private validate(input: ScheduleInput, now: Date): Required<ScheduleInput> {
    return {
      kind: input.kind,
      startsAt: this.validateStart(input.startsAt, now),
      place: cleanText(input.place, PLACE_MAX, "meeting-bad-place"),
      agenda: input.agenda ? cleanText(input.agenda, AGENDA_MAX, "meeting-bad-agenda", true) : null,
    };
  }

  private validateStart(startsAt: Date, now: Date): Date {
    if (Number.isNaN(startsAt.getTime())) throw new DomainError("meeting-bad-date");
    if (startsAt <= now) throw new DomainError("meeting-in-past");
    if (startsAt.getTime() - now.getTime() > MAX_AHEAD_MS) throw new DomainError("meeting-too-far");
    return startsAt;
  }

  /** A meeting that can still be changed or answered: scheduled and not started. */
  private async openMeeting(tx: Tx, agencyId: number, meetingId: number, now: Date): Promise<Meeting> {
    const meeting = await tx.meeting.findFirst({ where: { id: meetingId, agencyId } });
    if (!meeting) throw new DomainError("meeting-unknown", { id: String(meetingId) });
    if (meeting.status === MeetingStatus.CANCELLED) throw new DomainError("meeting-cancelled", { id: String(meetingId) });
    if (meeting.status === MeetingStatus.HELD || meeting.startsAt <= now) throw new DomainError("meeting-started", { id: String(meetingId) });
    return meeting;
  }

  /** A meeting whose results can be recorded: not cancelled and already started. */
  private async heldMeeting(tx: Tx, agencyId: number, meetingId: number, now: Date): Promise<Meeting> {
    const meeting = await tx.meeting.findFirst({ where: { id: meetingId, agencyId } });
    if (!meeting) throw new DomainError("meeting-unknown", { id: String(meetingId) });
    if (meeting.status === MeetingStatus.CANCELLED) throw new DomainError("meeting-cancelled", { id: String(meetingId) });
    if (meeting.startsAt > now) throw new DomainError("meeting-not-yet", { id: String(meetingId) });
    return meeting;
  }
}

export function assertManager(actor: Member): void {
  if (!MANAGER_ROLES.includes(actor.role)) throw new DomainError("meeting-managers-only");
}

async function assertQuarterFree(tx: Tx, agencyId: number, year: number, quarter: number, exceptId?: number): Promise<void> {
  const other = await tx.meeting.findFirst({
    where: {
      agencyId,
      kind: MeetingKind.QUARTERLY,
      year,
      quarter,
      status: { not: MeetingStatus.CANCELLED },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true },
  });
  if (other) throw new DomainError("meeting-quarter-taken", { quarter, year: String(year), id: String(other.id) });
}

/**
 * One line (place, reason) or several (agenda, conclusion): trimmed, inner
 * whitespace tidied, at least one letter, at most `max` characters.
 */
export function cleanText(text: string, max: number, code: string, multiline = false): string {
  const normalized = text.normalize("NFC");
  const clean = multiline
    ? normalized
        .split("\n")
        .map((l) => l.replace(/\s+/g, " ").trim())
        .filter(Boolean)
        .join("\n")
    : normalized.replace(/\s+/g, " ").trim();
  if (!clean || clean.length > max || !/\p{L}/u.test(clean)) throw new DomainError(code, { max });
  return clean;
}

async function audit(tx: Tx, actor: Member, action: "meeting.schedule" | "meeting.reschedule" | "meeting.cancel" | "meeting.conclusion" | "meeting.minutes", details: Record<string, unknown>, at: Date): Promise<void> {
  await writeAudit(tx, { agencyId: actor.agencyId, actorMemberId: actor.id, actorLabel: `member:${actor.id}`, action, details, at });
}

/** Group notice in the same transaction as the change, through the paced outbox. */
async function announceToGroup(tx: Tx, meeting: Meeting, text: string, dedupeKey: string, now: Date): Promise<void> {
  const agency = await tx.agency.findUnique({ where: { id: meeting.agencyId }, select: { groupChatId: true, groupPlatform: true } });
  if (!agency?.groupChatId) return;
  await enqueueMessage(tx, { agencyId: meeting.agencyId, platform: agency.groupPlatform ?? "telegram", chatId: agency.groupChatId, text, dedupeKey }, now);
}
