import type { AppDeps } from "../../app.js";
import type { Tx } from "../../db/client.js";
import type { Agency } from "../../generated/prisma/client.js";
import { ReportRequestStatus } from "../../generated/prisma/enums.js";
import { enqueueToMember } from "../../messaging/outbox.js";
import { translate } from "../../i18n/translator.js";
import type { Occurrence, RunResult, ScheduledJob } from "../job.js";
import { activeWithRoles, calendarAround, DAY_MS, SECRETARY_AND_HEAD } from "./common.js";
import { type Day, localDay, showDay } from "../../time/local-day.js";
import { atLocal } from "../../time/local-time.js";

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
      where: {
        agencyId: agency.id,
        status: { not: ReportRequestStatus.CANCELLED },
        deadline: { gte: new Date(from.getTime() - DAY_MS), lte: new Date(to.getTime() + 40 * DAY_MS) },
      },
      select: { id: true, deadline: true },
    });
    if (!requests.length) return [];
    const cal = await calendarAround(deps, deps.db, agency.id, from, to);
    const out: Occurrence[] = [];
    for (const r of requests) {
      const deadlineDay = localDay(r.deadline, tz);
      const base = { requestId: r.id, deadlineDay, deadline: r.deadline.toISOString() };
      const dueDay = cal.onOrBefore(deadlineDay);
      const key = (stage: string) => `report-deadline:request=${r.id}:due=${deadlineDay}:${stage}`;
      out.push({ key: key("due"), dueAt: atLocal(dueDay, settings.reminderTime, tz), data: { ...base, stage: "due" } satisfies ReportDeadlineData });
      if (settings.deadlineLeadDays > 0) {
        const before = cal.workingDaysBefore(deadlineDay, settings.deadlineLeadDays);
        if (before < dueDay) {
          out.push({ key: key("before"), dueAt: atLocal(before, settings.reminderTime, tz), data: { ...base, stage: "before" } satisfies ReportDeadlineData });
        }
      }
    }
    return out.filter((o) => o.dueAt >= from && o.dueAt <= to);
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
