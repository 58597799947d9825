import type { AppDeps } from "../../app.js";
import type { Tx } from "../../db/client.js";
import type { Agency } from "../../generated/prisma/client.js";
import { ConsultationStatus, MemberStatus } from "../../generated/prisma/enums.js";
import { enqueueToMember } from "../../messaging/outbox.js";
import { answerPayload, noticeText } from "../../services/consultation-notice.js";
import type { Occurrence, RunResult, ScheduledJob } from "../job.js";
import { localDay, type Day } from "../../time/local-day.js";
import { deadlineOccurrences, deadlineWindow } from "./deadline-occurrences.js";

interface ConsultationReminderData {
  consultationId: number;
  deadlineDay: Day;
  deadline: string;
}

/**
 * Those asked who have not answered are reminded once, `deadlineLeadDays`
 * working days before the consultation's deadline, at the reminder time
 * (copied from report-deadlines.ts). The JobRun row and the per-person outbox
 * dedupe key make it exactly once across restarts; the answered mark decides
 * who still gets it, so anonymous answerers are not reminded either.
 */
export const consultationRemindersJob: ScheduledJob = {
  kind: "consultation-reminder",

  async occurrences(deps: AppDeps, agency: Agency, from: Date, to: Date): Promise<Occurrence[]> {
    const rows = await deps.db.consultation.findMany({
      where: { agencyId: agency.id, status: ConsultationStatus.OPEN, deadline: deadlineWindow(from, to) },
      select: { id: true, deadline: true },
    });
    if (!rows.length) return [];
    const settings = await deps.services.settings.get(agency.id);
    return deadlineOccurrences(deps, agency.id, from, to, rows, {
      leadDays: settings.deadlineLeadDays,
      reminderTime: settings.reminderTime,
      strictlyBefore: true,
      occurrence: (c, _stage, base) => ({
        key: `consultation-reminder:c=${c.id}:due=${base.deadlineDay}`,
        data: { consultationId: c.id, ...base } satisfies ConsultationReminderData,
      }),
    });
  },

  stillUseful(occ: Occurrence, now: Date): boolean {
    return now <= new Date((occ.data as unknown as ConsultationReminderData).deadline);
  },

  async run(tx: Tx, deps: AppDeps, _agency: Agency, occ: Occurrence): Promise<void | RunResult> {
    const d = occ.data as unknown as ConsultationReminderData;
    const c = await tx.consultation.findUnique({ where: { id: d.consultationId } });
    if (!c || c.status !== ConsultationStatus.OPEN) return { skipped: "consultation closed" };
    if (localDay(c.deadline, deps.timezone) !== d.deadlineDay) return { skipped: "deadline changed" };
    const waiting = await tx.consultationRecipient.findMany({
      where: { consultationId: c.id, answered: false, member: { status: MemberStatus.ACTIVE } },
      select: { member: { select: { id: true, agencyId: true, platform: true, platformUserId: true } } },
    });
    if (!waiting.length) return { skipped: "everyone answered" };
    const now = deps.clock.now();
    const text = noticeText(c, deps.timezone, "consult-reminder");
    const payload = answerPayload(c.number);
    for (const { member } of waiting) {
      await enqueueToMember(tx, member, { text, payload, dedupeKey: `${occ.key}:m=${member.id}` }, now);
    }
  },
};
