import { ReportKind, type TaskStatus } from "../generated/prisma/enums.js";
import { formatDate } from "../format/date.js";
import type { TaskState } from "../reports/compose.js";
import { BODY } from "../reports/wording-body.js";
import { DOC } from "../reports/wording.js";

import type { OfficialFrame, PeriodicReportModel } from "../reports/model.js";
import { localDate } from "../time/local-day.js";
import type { DocumentReportFn } from "./documents-report.js";

/** The small pieces the report compiler (periodic-report.ts) is built from: labels, rows, figure rules. */

/** "6 tháng đầu năm 2026", "năm 2026", "từ 01/03/2026 đến 31/05/2026". */
export function periodLabel(kind: ReportKind, from: Date, to: Date, tz: string): string {
  const a = localDate(from, tz);
  const b = localDate(to, tz);
  if (kind === ReportKind.ANNUAL && a.year === b.year) return DOC.period.year(a.year);
  if (kind === ReportKind.SIX_MONTH && a.year === b.year) {
    if (a.month === 1 && b.month <= 6) return DOC.period.firstHalf(a.year);
    if (a.month >= 7) return DOC.period.secondHalf(a.year);
  }
  return DOC.period.range(formatDate(from, tz), formatDate(to, tz));
}

export function reportSummary(kind: ReportKind, topic: string | null | undefined, label: string): string {
  return DOC.title.reportSummary(kind, topic, label);
}

export interface TaskRow {
  id: number;
  number: number;
  title: string;
  sectionId: number;
  status: TaskStatus;
  dueDate: Date | null;
  completedAt: Date | null;
  createdAt: Date;
  cancelledAt: Date | null;
}

/** Quarters that ended within [from, asOf] without a held quarterly meeting reviewing them. */
export function missedQuarters(from: Date, asOf: Date, tz: string, held: Set<string>): number[] {
  const a = localDate(from, tz);
  const b = localDate(asOf, tz);
  const out: number[] = [];
  for (let y = a.year; y <= b.year; y++) {
    for (let q = 1; q <= 4; q++) {
      const firstMonth = 3 * (q - 1) + 1;
      if (y === a.year && firstMonth < a.month) continue;
      // The quarter has ended when asOf is in a later quarter (or a later year).
      const ended = y < b.year || 3 * q < b.month;
      if (ended && !held.has(`${y}-${q}`)) out.push(q);
    }
  }
  return out;
}

export interface SectionData {
  tasks: { row: TaskRow; state: TaskState }[];
  results: Map<number, { text: string; memberId: number; at: Date; percent: number }[]>;
  obstacles: { memberId: number; text: string; status: string; resolution: string | null; resolvedAt: Date | null; createdAt: Date }[];
  proposals: { memberId: number; text: string; createdAt: Date }[];
}

export function emptySectionData(): SectionData {
  return { tasks: [], results: new Map(), obstacles: [], proposals: [] };
}

/** Unanswered feedback as the assessment prints it: null when none, "một số" below 3 (design §5). */
export function unansweredLabel(n: number): string | null {
  if (n <= 0) return null;
  return n < 3 ? BODY.section.few : String(n);
}

/** Design §5: feedback figures below 3 are not shown exactly (they could point at a person). */
export function kAnonymous(n: number): number | string {
  return n > 0 && n < 3 ? DOC.figures.fewerThanThree : n;
}

export interface FeedbackStats {
  received: number;
  answered: number;
}

/** Filled by the feedback feature when it exists (its `feedbackStats(agencyId, from, to)`). */
export type FeedbackStatsFn = (agencyId: number, from: Date, to: Date) => Promise<FeedbackStats>;

export interface CompileInput {
  agencyId: number;
  kind: ReportKind;
  topic?: string | null;
  periodFrom: Date;
  periodTo: Date;
  /** The requesting document, for the opening sentence. */
  docNumber?: string | null;
  docDate?: Date | null;
  /** Everything except the summary line, which the compiler writes. */
  frame: Omit<OfficialFrame, "summary" | "kindTitle">;
  supplements: ReadonlyMap<string, string>;
  now: Date;
  timezone: string;
  feedbackStats?: FeedbackStatsFn | undefined;
  /** Documents sent for quán triệt and the public register (src/services/documents-report.ts). */
  documentStats?: DocumentReportFn | undefined;
}

export interface CompiledReport {
  model: PeriodicReportModel;
  figures: OverallFigures;
}

export interface OverallFigures {
  tasksDone: number;
  tasksInProgress: number;
  tasksOverdue: number;
  tasksNotStarted: number;
  reports: number;
  meetingsHeld: number;
  documentsDisseminated: number;
  feedback: FeedbackStats | null;
  obstaclesRaised: number;
  obstaclesResolved: number;
}
