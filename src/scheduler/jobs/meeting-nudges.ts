import type { AppDeps } from "../../app.js";
import type { DbOrTx, Tx } from "../../db/client.js";
import type { Agency, Member } from "../../generated/prisma/client.js";
import { MeetingKind, MeetingStatus, MemberStatus, Role } from "../../generated/prisma/enums.js";
import { formatDateTime } from "../../format/date.js";
import { enqueueMessage, enqueueToMember } from "../../messaging/outbox.js";
import { translate } from "../../i18n/translator.js";
import { agencyCalendar, type DayCalendar } from "../../services/meeting-calendar.js";
import { quarterBounds } from "../../services/meeting-time.js";
import { OPEN_STATUSES } from "../../services/task-rules.js";
import type { Occurrence, RunResult, ScheduledJob } from "../job.js";
import { nudgeDueAt, yearsOf, type ScheduleRules } from "./meeting-schedule.js";
import { activeWithRoles } from "./common.js";

/** The nudge lead (up to ~10 working days) plus long holidays: look this far past the window. */
const LOOKAHEAD_MS = 45 * 86_400_000;
/** Task lines listed in one member's nudge; the count stays exact. */
const TASK_LINES = 10;

interface NudgeData {
  meetingId: number;
  startsAt: string;
}

export interface MissingReporter {
  member: Member;
  tasks: { number: number; title: string }[];
}

/**
 * Members with at least one open task on which they have not reported since
 * the start of the quarter the meeting reviews. One query (Prisma batches the
 * nested reads), no per-member round trips.
 */
export async function missingReporters(db: DbOrTx, agencyId: number, year: number, quarter: number, tz: string): Promise<MissingReporter[]> {
  const { start } = quarterBounds(year, quarter, tz);
  const tasks = await db.task.findMany({
    where: { agencyId, status: { in: [...OPEN_STATUSES] } },
    orderBy: { number: "asc" },
    select: {
      number: true,
      title: true,
      assignees: { where: { member: { status: MemberStatus.ACTIVE } }, select: { member: true } },
      reports: { where: { createdAt: { gte: start } }, select: { memberId: true } },
    },
  });
  const byMember = new Map<number, MissingReporter>();
  for (const t of tasks) {
    const reported = new Set(t.reports.map((r) => r.memberId));
    for (const { member } of t.assignees) {
      if (reported.has(member.id)) continue;
      const entry = byMember.get(member.id) ?? { member, tasks: [] };
      entry.tasks.push({ number: t.number, title: t.title });
      byMember.set(member.id, entry);
    }
  }
  const collator = new Intl.Collator("vi");
  return [...byMember.values()].sort((a, b) => collator.compare(a.member.fullName, b.member.fullName));
}

/**
 * Before each quarterly meeting (default 3 working days), a private nudge to
 * every member who has not reported on their open tasks this quarter, one
 * count in the group (no names: nobody is shamed in front of colleagues) and
 * the names to the secretary privately.
 */
export function meetingNudgesJob(opts: { calendar?: DayCalendar } = {}): ScheduledJob {
  return {
    kind: "meeting-nudge",

    async occurrences(deps: AppDeps, agency: Agency, from: Date, to: Date): Promise<Occurrence[]> {
      const horizon = new Date(to.getTime() + LOOKAHEAD_MS);
      const settings = await deps.services.settings.get(agency.id);
      const lead = settings.meetingNudgeDays;
      const rules: ScheduleRules = {
        cal: opts.calendar ?? (await agencyCalendar(deps.db, agency.id, yearsOf(from, horizon, deps.timezone))),
        tz: deps.timezone,
        time: settings.reminderTime,
      };
      const meetings = await deps.db.meeting.findMany({
        where: {
          agencyId: agency.id,
          kind: MeetingKind.QUARTERLY,
          status: MeetingStatus.SCHEDULED,
          startsAt: { gt: from, lte: horizon },
        },
        select: { id: true, startsAt: true, scheduledAt: true },
      });
      const out: Occurrence[] = [];
      for (const m of meetings) {
        // Scheduled at short notice: nudge right away rather than never.
        const computed = nudgeDueAt(m, lead, rules);
        const dueAt = computed < m.scheduledAt ? m.scheduledAt : computed;
        if (dueAt < from || dueAt > to || dueAt >= m.startsAt) continue;
        const data: NudgeData = { meetingId: m.id, startsAt: m.startsAt.toISOString() };
        out.push({ key: `meeting-nudge:meeting=${m.id}:at=${data.startsAt}`, dueAt, data: { ...data } });
      }
      return out;
    },

    stillUseful(occ: Occurrence, now: Date): boolean {
      const startsAt = (occ.data as unknown as NudgeData | undefined)?.startsAt;
      return startsAt !== undefined && now < new Date(startsAt);
    },

    async run(tx: Tx, deps: AppDeps, agency: Agency, occ: Occurrence): Promise<void | RunResult> {
      const data = occ.data as unknown as NudgeData;
      const now = deps.clock.now();
      const settings = await deps.services.settings.get(agency.id, tx);
      if (!deps.services.settings.isEnabled(settings, "nhacbaocao")) return { skipped: "report nudges switched off" };
      const meeting = await tx.meeting.findUnique({ where: { id: data.meetingId } });
      if (!meeting || meeting.status !== MeetingStatus.SCHEDULED || meeting.startsAt.toISOString() !== data.startsAt || !meeting.quarter) {
        return { skipped: "meeting cancelled or moved" };
      }
      const missing = await missingReporters(tx, agency.id, meeting.year, meeting.quarter, deps.timezone);
      const when = formatDateTime(meeting.startsAt, deps.timezone);
      const platform = agency.groupPlatform ?? "telegram";

      for (const { member, tasks } of missing) {
        const lines = tasks.slice(0, TASK_LINES).map((t) => translate("hop-nudge-task-line", { number: String(t.number), title: t.title }));
        if (tasks.length > TASK_LINES) lines.push(translate("hop-nudge-more", { count: tasks.length - TASK_LINES }));
        await enqueueToMember(
          tx,
          member,
          {
            text: [translate("hop-nudge-private", { name: member.fullName, when, count: tasks.length }), ...lines, translate("hop-nudge-how")].join("\n"),
            dedupeKey: `${occ.key}:member=${member.id}`,
          },
          now,
        );
      }

      if (agency.groupChatId) {
        await enqueueMessage(
          tx,
          {
            agencyId: agency.id,
            platform,
            chatId: agency.groupChatId,
            chatKind: "group",
            text: translate("hop-nudge-group", { count: missing.length, when, quarter: meeting.quarter, year: String(meeting.year) }),
            dedupeKey: `${occ.key}:group`,
          },
          now,
        );
      }

      if (!missing.length) return;
      const secretaries = await activeWithRoles(tx, agency.id, [Role.SECRETARY]);
      const names = missing.map((m) => translate("hop-nudge-secretary-line", { name: m.member.fullName, count: m.tasks.length })).join("\n");
      for (const s of secretaries) {
        await enqueueToMember(
          tx,
          s,
          {
            text: [translate("hop-nudge-secretary", { count: missing.length, when, quarter: meeting.quarter, year: String(meeting.year) }), names].join("\n"),
            dedupeKey: `${occ.key}:secretary=${s.id}`,
          },
          now,
        );
      }
    },
  };
}

export const meetingNudges: ScheduledJob = meetingNudgesJob();
