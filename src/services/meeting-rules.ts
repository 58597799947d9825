import type { Tx } from "../db/client.js";
import type { Meeting, Member } from "../generated/prisma/client.js";
import { MeetingKind, MeetingStatus } from "../generated/prisma/enums.js";
import { enqueueMessage } from "../messaging/outbox.js";
import { writeAudit } from "./audit.js";
import { assertManager } from "./authorization.js";
import { DomainError } from "./errors.js";
import type { LocalTime } from "./meeting-time.js";

/** The rules and shared writes of the meetings service (meetings.ts, meeting-proposals.ts). */

export const PLACE_MAX = 200;
export const AGENDA_MAX = 2000;
export const CONCLUSION_MAX = 1000;
export const REASON_MAX = 300;
export const MINUTES_MAX = 3500;
/** Nobody plans a committee meeting further ahead than the next plan year. */
export const MAX_AHEAD_MS = 2 * 366 * 86_400_000;
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

export interface ProposedMeeting {
  quarter: number;
  startsAt: Date;
  /** Set when a quarterly meeting for that quarter already exists. */
  existingId?: number;
  /** The proposed moment has passed already. */
  past: boolean;
}


/** Meetings are scheduled and changed by the head and the secretary. */
export function assertMeetingManager(actor: Member): void {
  assertManager(actor, "meeting-managers-only");
}

export async function assertQuarterFree(tx: Tx, agencyId: number, year: number, quarter: number, exceptId?: number): Promise<void> {
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
export function checkedText(text: string, max: number, code: string, multiline = false): string {
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

export async function audit(tx: Tx, actor: Member, action: "meeting.schedule" | "meeting.reschedule" | "meeting.cancel" | "meeting.conclusion" | "meeting.minutes", details: Record<string, unknown>, at: Date): Promise<void> {
  await writeAudit(tx, { agencyId: actor.agencyId, actorMemberId: actor.id, actorLabel: `member:${actor.id}`, action, details, at });
}

/** Group notice in the same transaction as the change, through the paced outbox. */
export async function announceToGroup(tx: Tx, meeting: Meeting, text: string, dedupeKey: string, now: Date): Promise<void> {
  const agency = await tx.agency.findUnique({ where: { id: meeting.agencyId }, select: { groupChatId: true, groupPlatform: true } });
  if (!agency?.groupChatId) return;
  await enqueueMessage(tx, { agencyId: meeting.agencyId, platform: agency.groupPlatform ?? "telegram", chatId: agency.groupChatId, chatKind: "group", text, dedupeKey }, now);
}

export function validateSchedule(input: ScheduleInput, now: Date): Required<ScheduleInput> {
  return {
    kind: input.kind,
    startsAt: validateStart(input.startsAt, now),
    place: checkedText(input.place, PLACE_MAX, "meeting-bad-place"),
    agenda: input.agenda ? checkedText(input.agenda, AGENDA_MAX, "meeting-bad-agenda", true) : null,
  };
}

export function validateStart(startsAt: Date, now: Date): Date {
  if (Number.isNaN(startsAt.getTime())) throw new DomainError("meeting-bad-date");
  if (startsAt <= now) throw new DomainError("meeting-in-past");
  if (startsAt.getTime() - now.getTime() > MAX_AHEAD_MS) throw new DomainError("meeting-too-far");
  return startsAt;
}

/** A meeting that can still be changed or answered: scheduled and not started. */
export async function openMeeting(tx: Tx, agencyId: number, meetingId: number, now: Date): Promise<Meeting> {
  const meeting = await tx.meeting.findFirst({ where: { id: meetingId, agencyId } });
  if (!meeting) throw new DomainError("meeting-unknown", { id: String(meetingId) });
  if (meeting.status === MeetingStatus.CANCELLED) throw new DomainError("meeting-cancelled", { id: String(meetingId) });
  if (meeting.status === MeetingStatus.HELD || meeting.startsAt <= now) throw new DomainError("meeting-started", { id: String(meetingId) });
  return meeting;
}

/** A meeting whose results can be recorded: not cancelled and already started. */
export async function heldMeeting(tx: Tx, agencyId: number, meetingId: number, now: Date): Promise<Meeting> {
  const meeting = await tx.meeting.findFirst({ where: { id: meetingId, agencyId } });
  if (!meeting) throw new DomainError("meeting-unknown", { id: String(meetingId) });
  if (meeting.status === MeetingStatus.CANCELLED) throw new DomainError("meeting-cancelled", { id: String(meetingId) });
  if (meeting.startsAt > now) throw new DomainError("meeting-not-yet", { id: String(meetingId) });
  return meeting;
}
