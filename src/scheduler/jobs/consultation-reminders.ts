import type { AppDeps } from "../../app.js";
import type { Tx } from "../../db/client.js";
import type { Agency } from "../../generated/prisma/client.js";
import { ConsultationStatus, MemberStatus } from "../../generated/prisma/enums.js";
import { enqueueToMember } from "../../messaging/outbox.js";
import { answerPayload, noticeText } from "../../services/consultation-notice.js";
import type { Occurrence, RunResult, ScheduledJob } from "../job.js";
import { atLocal } from "../../time/local-time.js";
import { localDay, type Day } from "../../time/local-day.js";
import { calendarAround, DAY_MS } from "./common.js";

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
    const tz = deps.timezone;
    const rows = await deps.db.consultation.findMany({
      where: { agencyId: agency.id, status: ConsultationStatus.OPEN, deadline: { gte: new Date(from.getTime() - DAY_MS), lte: new Date(to.getTime() + 40 * DAY_MS) } },
      select: { id: true, deadline: true },
    });
    if (!rows.length) return [];
    const settings = await deps.services.settings.get(agency.id);
    if (settings.deadlineLeadDays <= 0) return [];
    const cal = await calendarAround(deps, deps.db, agency.id, from, to);
    const out: Occurrence[] = [];
    for (const c of rows) {
      const deadlineDay = localDay(c.deadline, tz);
      const before = cal.workingDaysBefore(deadlineDay, settings.deadlineLeadDays);
      if (before >= deadlineDay) continue;
      out.push({
        key: `consultation-reminder:c=${c.id}:due=${deadlineDay}`,
        dueAt: atLocal(before, settings.reminderTime, tz),
        data: { consultationId: c.id, deadlineDay, deadline: c.deadline.toISOString() } satisfies ConsultationReminderData,
      });
    }
    return out.filter((o) => o.dueAt >= from && o.dueAt <= to);
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
