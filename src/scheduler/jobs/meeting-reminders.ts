import type { AppDeps } from "../../app.js";
import type { Tx } from "../../db/client.js";
import type { Agency } from "../../generated/prisma/client.js";
import { MeetingStatus } from "../../generated/prisma/enums.js";
import { enqueueMessage, outboxChoices } from "../../messaging/outbox.js";
import { translate } from "../../i18n/translator.js";
import { agencyCalendar, type DayCalendar } from "../../services/meeting-calendar.js";
import type { Occurrence, RunResult, ScheduledJob } from "../job.js";
import { REMINDER_CODES, reminderDueAt, reminderUsefulUntil, yearsOf, type ReminderCode, type ScheduleRules } from "./meeting-schedule.js";
import { attendanceChoices, meetingSummary } from "./meeting-texts.js";

/** The 7-day reminder can move back over a long holiday (Tết): look this far past the window. */
const LOOKAHEAD_MS = 30 * 86_400_000;

interface ReminderData {
  meetingId: number;
  code: ReminderCode;
  startsAt: string;
  usefulUntil: string;
}

/**
 * Group reminders 7 days, 1 day and 2 hours before each scheduled meeting,
 * with the attendance buttons. The key carries the meeting's start time, so a
 * rescheduled meeting gets fresh reminders and the old ones are never due again.
 */
export function meetingRemindersJob(calendar?: DayCalendar): ScheduledJob {
  return {
    kind: "meeting-reminder",

    async occurrences(deps: AppDeps, agency: Agency, from: Date, to: Date): Promise<Occurrence[]> {
      const horizon = new Date(to.getTime() + LOOKAHEAD_MS);
      const settings = await deps.services.settings.get(agency.id);
      const rules: ScheduleRules = {
        cal: calendar ?? (await agencyCalendar(deps.db, agency.id, yearsOf(from, horizon, deps.timezone))),
        tz: deps.timezone,
        time: settings.reminderTime,
      };
      const meetings = await deps.db.meeting.findMany({
        where: { agencyId: agency.id, status: MeetingStatus.SCHEDULED, startsAt: { gt: from, lte: horizon } },
        select: { id: true, startsAt: true, scheduledAt: true },
      });
      const out: Occurrence[] = [];
      for (const m of meetings) {
        for (const code of REMINDER_CODES) {
          const dueAt = reminderDueAt(m, code, rules);
          // A reminder due before the meeting was (re)scheduled is not sent late:
          // "7 days before" for a meeting set 3 days ahead would be wrong.
          if (dueAt < m.scheduledAt || dueAt < from || dueAt > to) continue;
          // A long holiday can pull the 7-day reminder onto the 1-day one's day: one message is enough.
          if (code === "7d" && dueAt >= reminderDueAt(m, "1d", rules)) continue;
          const data: ReminderData = {
            meetingId: m.id,
            code,
            startsAt: m.startsAt.toISOString(),
            usefulUntil: reminderUsefulUntil(m, code, rules).toISOString(),
          };
          out.push({ key: `meeting-reminder:${code}:meeting=${m.id}:at=${data.startsAt}`, dueAt, data: { ...data } });
        }
      }
      return out;
    },

    /** Useful until the next reminder is due (or the meeting starts): after downtime only the freshest one goes out. */
    stillUseful(occ: Occurrence, now: Date): boolean {
      const until = (occ.data as unknown as ReminderData | undefined)?.usefulUntil;
      return until !== undefined && now < new Date(until);
    },

    async run(tx: Tx, deps: AppDeps, agency: Agency, occ: Occurrence): Promise<void | RunResult> {
      const data = occ.data as unknown as ReminderData;
      const now = deps.clock.now();
      const settings = await deps.services.settings.get(agency.id, tx);
      if (!deps.services.settings.isEnabled(settings, "hop")) return { skipped: "meeting reminders switched off" };
      const meeting = await tx.meeting.findUnique({ where: { id: data.meetingId } });
      // Cancelled or moved since the occurrence was computed: nothing to say.
      if (!meeting || meeting.status !== MeetingStatus.SCHEDULED || meeting.startsAt.toISOString() !== data.startsAt || meeting.startsAt <= now) {
        return { skipped: "meeting cancelled, moved or started" };
      }
      if (!agency.groupChatId) return { skipped: "no group bound" };
      const text = [translate(`hop-reminder-${data.code}`), meetingSummary(meeting, deps.timezone), translate("hop-reminder-answer", { id: String(meeting.id) })].join("\n");
      await enqueueMessage(
        tx,
        {
          agencyId: agency.id,
          platform: agency.groupPlatform ?? "telegram",
          chatId: agency.groupChatId,
          chatKind: "group",
          text,
          payload: outboxChoices(attendanceChoices(meeting.id)),
          dedupeKey: occ.key,
        },
        now,
      );
    },
  };
}

export const meetingReminders: ScheduledJob = meetingRemindersJob();
