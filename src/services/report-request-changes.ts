import type { ReportRequest } from "../generated/prisma/client.js";

/**
 * What recording a request again for the same report (same kind, an
 * overlapping period) would change in the one already recorded (docs/reports.md, "No
 * silent replacement"). The command shows every change; a change that would
 * discard something the higher level wrote (another document number or date,
 * another deadline once a document is recorded) is only made when confirmed.
 */
export type RequestField = "period" | "deadline" | "docNumber" | "docDate" | "recipients";
export interface Period {
  from: Date;
  to: Date;
}

export interface RequestChange {
  field: RequestField;
  from: Period | Date | string | string[] | null;
  to: Period | Date | string | string[] | null;
  /** True when `from` was given by the higher level and would be lost. */
  discards: boolean;
}

export interface RequestFields {
  period: Period;
  deadline: Date;
  docNumber: string | null;
  docDate: Date | null;
  /** Only when the new request names its own recipients. */
  recipients?: string[];
}

export function requestChanges(existing: ReportRequest, next: RequestFields): RequestChange[] {
  const documented = existing.docNumber !== null;
  const changes: RequestChange[] = [];
  if (existing.periodFrom.getTime() !== next.period.from.getTime() || existing.periodTo.getTime() !== next.period.to.getTime()) {
    changes.push({ field: "period", from: { from: existing.periodFrom, to: existing.periodTo }, to: next.period, discards: documented });
  }
  if (existing.deadline.getTime() !== next.deadline.getTime()) {
    changes.push({ field: "deadline", from: existing.deadline, to: next.deadline, discards: documented });
  }
  // A request without a document number keeps the recorded one: nothing is lost by leaving it out.
  if (next.docNumber !== null && next.docNumber !== existing.docNumber) {
    changes.push({ field: "docNumber", from: existing.docNumber, to: next.docNumber, discards: existing.docNumber !== null });
  }
  if (next.docDate !== null && next.docDate.getTime() !== existing.docDate?.getTime()) {
    changes.push({ field: "docDate", from: existing.docDate, to: next.docDate, discards: existing.docDate !== null });
  }
  if (next.recipients) {
    const before = JSON.parse(existing.recipients) as string[];
    if (JSON.stringify(before) !== JSON.stringify(next.recipients)) {
      changes.push({ field: "recipients", from: before, to: next.recipients, discards: documented });
    }
  }
  return changes;
}

/** How recording a request ended. */
export type RecordedRequest =
  | { outcome: "created"; request: ReportRequest; changes: [] }
  | { outcome: "updated" | "unchanged"; request: ReportRequest; changes: RequestChange[] }
  /** Nothing written: the changes would discard what the higher level wrote; repeat with `replace` to make them. */
  | { outcome: "needs-confirmation"; request: ReportRequest; changes: RequestChange[] };
