import type { AppDeps } from "../../app.js";
import type { Tx } from "../../db/client.js";
import type { Agency } from "../../generated/prisma/client.js";
import { ReportRequestStatus } from "../../generated/prisma/enums.js";
import { enqueueToMember } from "../../messaging/outbox.js";
import { translate } from "../../i18n/translator.js";
import type { Occurrence, RunResult, ScheduledJob } from "../job.js";
import { activeWithRoles, SECRETARY_AND_HEAD } from "./common.js";
import { deadlineOccurrences, deadlineWindow } from "./deadline-occurrences.js";
import { type Day, localDay, showDay } from "../../time/local-day.js";

interface ReportDeadlineData {
  requestId: number;
  stage: "before" | "due";
  deadlineDay: Day;
  deadline: string;
}

/**
 * Deadlines of the reports to the provincial committee (ReportRequest,
 * docs/reports.md: the plan's fixed 6-month and annual reports and any
 * requested by a document) are reminded to the secretary and the head,
 * `deadlineLeadDays` working days before and on the day (moved to the
 * previous working day), at the reminder time.
 */
export const reportDeadlinesJob: ScheduledJob = {
  kind: "report-deadline",

  async occurrences(deps: AppDeps, agency: Agency, from: Date, to: Date): Promise<Occurrence[]> {
    const tz = deps.timezone;
    const year = Number(localDay(to, tz).slice(0, 4));
    // The plan's fixed requests exist from the start of the year, not only once someone opens /yeucau.
    await deps.services.reports.ensureFixedRequests(agency.id, year);
    const settings = await deps.services.settings.get(agency.id);
    const requests = await deps.db.reportRequest.findMany({
      where: { agencyId: agency.id, status: { not: ReportRequestStatus.CANCELLED }, deadline: deadlineWindow(from, to) },
      select: { id: true, deadline: true },
    });
    return deadlineOccurrences(deps, agency.id, from, to, requests, {
      leadDays: settings.deadlineLeadDays,
      reminderTime: settings.reminderTime,
      onTheDay: true,
      strictlyBefore: true,
      occurrence: (r, stage, base) => ({
        key: `report-deadline:request=${r.id}:due=${base.deadlineDay}:${stage}`,
        data: { requestId: r.id, stage, ...base } satisfies ReportDeadlineData,
      }),
    });
  },

  stillUseful(occ: Occurrence, now: Date): boolean {
    return now <= new Date((occ.data as unknown as ReportDeadlineData).deadline);
  },

  async run(tx: Tx, deps: AppDeps, agency: Agency, occ: Occurrence): Promise<void | RunResult> {
    const d = occ.data as unknown as ReportDeadlineData;
    const settings = await deps.services.settings.get(agency.id, tx);
    if (!deps.services.settings.isEnabled(settings, "baocao")) return { skipped: "report deadline reminders switched off" };
    const request = await tx.reportRequest.findUnique({ where: { id: d.requestId } });
    if (!request || request.status === ReportRequestStatus.CANCELLED) return { skipped: "request cancelled" };
    if (localDay(request.deadline, deps.timezone) !== d.deadlineDay) return { skipped: "deadline changed" };
    const now = deps.clock.now();
    const kind = translate(`report-kind-${request.kind}`);
    // A thematic report is named by its topic: the secretary may have several open.
    const kindLabel = request.topic ? translate("report-kind-with-topic", { kind, topic: request.topic }) : kind;
    // A string: Fluent would print a number as "2.026".
    const period = localDay(request.periodTo, deps.timezone).slice(0, 4);
    const text = translate(d.stage === "before" ? "remind-report-before" : "remind-report-due", {
      report: kindLabel,
      year: period,
      due: showDay(d.deadlineDay),
      id: String(request.id),
    });
    for (const m of await activeWithRoles(tx, agency.id, SECRETARY_AND_HEAD)) {
      await enqueueToMember(tx, m, { text, dedupeKey: `${occ.key}:m=${m.id}` }, now);
    }
  },
};
