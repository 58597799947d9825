import type { AppDeps } from "../../app.js";
import type { Tx } from "../../db/client.js";
import type { Agency } from "../../generated/prisma/client.js";
import { MeetingStatus } from "../../generated/prisma/enums.js";
import { enqueueMessage } from "../../messaging/outbox.js";
import { translate } from "../../messaging/texts.js";
import type { WorkingCalendar } from "../../services/meeting-calendar.js";
import type { Occurrence, ScheduledJob } from "../job.js";
import { REMINDER_CODES, reminderDueAt, reminderUsefulUntil, type ReminderCode } from "./meeting-schedule.js";
import { attendanceMarkup, meetingSummary } from "./meeting-texts.js";
import { meetingCalendar } from "./meeting-calendar-source.js";

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
export function meetingRemindersJob(calendar?: WorkingCalendar): ScheduledJob {
  return {
    kind: "meeting-reminder",

    async occurrences(deps: AppDeps, agency: Agency, from: Date, to: Date): Promise<Occurrence[]> {
      const cal = calendar ?? meetingCalendar();
      const meetings = await deps.db.meeting.findMany({
        where: { agencyId: agency.id, status: MeetingStatus.SCHEDULED, startsAt: { gt: from, lte: new Date(to.getTime() + LOOKAHEAD_MS) } },
        select: { id: true, startsAt: true, scheduledAt: true },
      });
      const out: Occurrence[] = [];
      for (const m of meetings) {
        for (const code of REMINDER_CODES) {
          const dueAt = reminderDueAt(m, code, deps.timezone, cal);
          // A reminder due before the meeting was (re)scheduled is not sent late:
          // "7 days before" for a meeting set 3 days ahead would be wrong.
          if (dueAt < m.scheduledAt || dueAt < from || dueAt > to) continue;
          const data: ReminderData = {
            meetingId: m.id,
            code,
            startsAt: m.startsAt.toISOString(),
            usefulUntil: reminderUsefulUntil(m, code, deps.timezone, cal).toISOString(),
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

    async run(tx: Tx, deps: AppDeps, agency: Agency, occ: Occurrence): Promise<void> {
      const data = occ.data as unknown as ReminderData;
      const now = deps.clock.now();
      const meeting = await tx.meeting.findUnique({ where: { id: data.meetingId } });
      // Cancelled or moved since the occurrence was computed: nothing to say.
      if (!meeting || meeting.status !== MeetingStatus.SCHEDULED || meeting.startsAt.toISOString() !== data.startsAt || meeting.startsAt <= now) return;
      if (!agency.groupChatId) {
        deps.logger.info({ agencyId: agency.id, key: occ.key }, "meeting reminder skipped: no group bound");
        return;
      }
      const text = [translate(`hop-reminder-${data.code}`), meetingSummary(meeting, deps.timezone), translate("hop-reminder-answer", { id: meeting.id })].join("\n");
      await enqueueMessage(
        tx,
        {
          agencyId: agency.id,
          platform: agency.groupPlatform ?? "telegram",
          chatId: agency.groupChatId,
          text,
          payload: { reply_markup: attendanceMarkup(meeting.id) },
          dedupeKey: occ.key,
        },
        now,
      );
    },
  };
}

export const meetingReminders: ScheduledJob = meetingRemindersJob();
