import type { AppDeps } from "../../app.js";
import type { Tx } from "../../db/client.js";
import type { Agency } from "../../generated/prisma/client.js";
import { MemberStatus } from "../../generated/prisma/enums.js";
import { formatDate } from "../../format/date.js";
import { translate } from "../../i18n/translator.js";
import { enqueueToMember, outboxChoices } from "../../messaging/outbox.js";
import { confirmChoice, documentLabel } from "../../services/documents.js";
import type { Occurrence, RunResult, ScheduledJob } from "../job.js";
import { localDay, type Day } from "../../time/local-day.js";
import { deadlineOccurrences, deadlineWindow } from "./deadline-occurrences.js";

interface DocumentReminderData {
  sendId: number;
  deadlineDay: Day;
  deadline: string;
}

/**
 * A document sent for quán triệt (docs/documents.md) is reminded to those who
 * have not confirmed, once, N working days before its deadline (N: the
 * agency's `DocumentSettings.reminderLeadDays`, default 2), at the reminder
 * time of /caidat. Exactly once: one occurrence per sending and deadline (the
 * JobRun key), one outbox message per person (its dedupe key), so a restart
 * or a second scheduler sends nothing again.
 */
export const documentRemindersJob: ScheduledJob = {
  kind: "document-reminder",

  async occurrences(deps: AppDeps, agency: Agency, from: Date, to: Date): Promise<Occurrence[]> {
    const sends = await deps.db.documentSend.findMany({
      where: { agencyId: agency.id, deadline: deadlineWindow(from, to) },
      select: { id: true, deadline: true },
    });
    if (!sends.length) return [];
    const [settings, lead] = await Promise.all([deps.services.settings.get(agency.id), deps.services.documents.reminderLeadDays(agency.id)]);
    return deadlineOccurrences(deps, agency.id, from, to, sends, {
      leadDays: lead,
      reminderTime: settings.reminderTime,
      // The key holds the deadline, not N: changing the setting moves the day, never adds a second reminder.
      occurrence: (s, _stage, base) => ({ key: `document-reminder:send=${s.id}:due=${base.deadlineDay}`, data: { sendId: s.id, ...base } satisfies DocumentReminderData }),
    });
  },

  stillUseful(occ: Occurrence, now: Date): boolean {
    return now <= new Date((occ.data as unknown as DocumentReminderData).deadline);
  },

  async run(tx: Tx, deps: AppDeps, _agency: Agency, occ: Occurrence): Promise<void | RunResult> {
    const d = occ.data as unknown as DocumentReminderData;
    const send = await tx.documentSend.findUnique({ where: { id: d.sendId }, include: { document: true } });
    if (!send) return { skipped: "sending gone" };
    if (localDay(send.deadline, deps.timezone) !== d.deadlineDay) return { skipped: "deadline changed" };
    // Sent on or after the reminder's moment: the notice itself was the reminder.
    if (send.sentAt.getTime() >= occ.dueAt.getTime()) return { skipped: "sent after the reminder day" };
    const pending = await tx.documentRecipient.findMany({
      where: { sendId: send.id, confirmedAt: null, member: { status: MemberStatus.ACTIVE } },
      select: { member: { select: { id: true, agencyId: true, platform: true, platformUserId: true } } },
    });
    if (!pending.length) return { skipped: "everyone confirmed" };
    const now = deps.clock.now();
    const text = translate("document-reminder", {
      label: documentLabel(send.document),
      deadline: formatDate(send.deadline, deps.timezone),
      id: String(send.document.id),
    });
    const payload = outboxChoices([[confirmChoice(send.document.id)]]);
    for (const { member } of pending) await enqueueToMember(tx, member, { text, payload, dedupeKey: `${occ.key}:m=${member.id}` }, now);
  },
};
