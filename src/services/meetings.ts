import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import type { Meeting, MeetingConclusion, Member } from "../generated/prisma/client.js";
import { AttendanceAnswer, MeetingKind, MeetingStatus, MemberStatus } from "../generated/prisma/enums.js";
import { DomainError } from "./errors.js";
import { COMMITTEE_ROLES } from "./roles.js";
import { createConclusionTask, type ConclusionTaskResult } from "./meeting-task.js";
import { draftAgenda, type FeedbackStatsSource } from "./meeting-agenda.js";
import {
  CONCLUSION_MAX,
  MINUTES_MAX,
  PLACE_MAX,
  REASON_MAX,
  announceToGroup,
  heldMeeting,
  openMeeting,
  validateSchedule,
  validateStart,
  assertMeetingManager,
  assertQuarterFree,
  audit,
  checkedText,
  type ProposedMeeting,
  type ScheduleInput,
} from "./meeting-rules.js";
import { createProposed, proposeQuarterly, type MeetingDeps } from "./meeting-proposals.js";
import type { LocalDate } from "../time/local-day.js";
import { quarterOf } from "../time/quarters.js";

export { AttendanceAnswer, MeetingKind, MeetingStatus };

export {
  AGENDA_MAX,
  CONCLUSION_MAX,
  DEFAULT_MEETING_TIME,
  MINUTES_MAX,
  PLACE_MAX,
  PROPOSED_DAY_OF_MONTH,
  REASON_MAX,
  type ProposedMeeting,
  type ScheduleInput,
} from "./meeting-rules.js";


/** Renders the group announcement for a change (the service itself knows no texts). */
export type Announce = (meeting: Meeting) => string;

export interface AttendanceList {
  meeting: Meeting;
  present: Member[];
  absent: { member: Member; reason: string | null }[];
  unanswered: Member[];
}

export type UpcomingMeeting = Meeting & { myAnswer: AttendanceAnswer | null };

export class MeetingService {
  constructor(private readonly deps: { db: Db; clock: Clock; timezone: string; feedbackStats?: FeedbackStatsSource }) {}

  private get meetingDeps(): MeetingDeps {
    return this.deps;
  }

  private get db() {
    return this.deps.db;
  }

  /** Schedules a meeting; `announce` words the group post that tells everyone at once (in the same transaction). */
  async schedule(actor: Member, input: ScheduleInput, announce?: Announce): Promise<Meeting> {
    assertMeetingManager(actor);
    const now = this.deps.clock.now();
    const clean = validateSchedule(input, now);
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
      if (announce) await announceToGroup(tx, meeting, announce(meeting), `meeting:${meeting.id}:scheduled`, now);
      return meeting;
    });
  }

  /** The four quarterly meetings of `year` as they would be proposed; nothing is written. */
  /** The four quarterly meetings proposed for `year` (meeting-proposals.ts). */
  proposeQuarterly(agencyId: number, year: number): Promise<ProposedMeeting[]> {
    return proposeQuarterly(this.meetingDeps, agencyId, year);
  }

  /** Creates the proposed quarterly meetings that do not exist yet and are still ahead, in one transaction. */
  createProposed(actor: Member, year: number, place: string): Promise<Meeting[]> {
    return createProposed(this.meetingDeps, actor, year, place);
  }

  async reschedule(actor: Member, meetingId: number, change: { startsAt: Date; place?: string }, announce?: Announce): Promise<Meeting> {
    assertMeetingManager(actor);
    const now = this.deps.clock.now();
    const startsAt = validateStart(change.startsAt, now);
    const place = change.place === undefined ? undefined : checkedText(change.place, PLACE_MAX, "meeting-bad-place");
    return this.db.$transaction(async (tx) => {
      const meeting = await openMeeting(tx, actor.agencyId, meetingId, now);
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
    assertMeetingManager(actor);
    const now = this.deps.clock.now();
    return this.db.$transaction(async (tx) => {
      const meeting = await openMeeting(tx, actor.agencyId, meetingId, now);
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
    const cleanReason = reason === undefined ? undefined : checkedText(reason, REASON_MAX, "meeting-bad-reason");
    return this.db.$transaction(async (tx) => {
      const meeting = await openMeeting(tx, member.agencyId, meetingId, now);
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
    assertMeetingManager(actor);
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
    assertMeetingManager(actor);
    const now = this.deps.clock.now();
    const clean = checkedText(text, CONCLUSION_MAX, "conclusion-bad-text");
    return this.db.$transaction(async (tx) => {
      const meeting = await heldMeeting(tx, actor.agencyId, meetingId, now);
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
    assertMeetingManager(actor);
    const now = this.deps.clock.now();
    const clean = checkedText(text, MINUTES_MAX, "meeting-bad-minutes");
    return this.db.$transaction(async (tx) => {
      const meeting = await heldMeeting(tx, actor.agencyId, meetingId, now);
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
    assertMeetingManager(actor);
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

}


export { checkedText } from "./meeting-rules.js";
