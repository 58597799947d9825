import type { Db } from "../db/client.js";
import { MeetingKind, MeetingStatus, ReportKind, TaskStatus } from "../generated/prisma/enums.js";
import { formatDate } from "../format/date.js";
import { composeBody, SUPPLEMENT, type ReportFacts, type TaskState } from "../reports/compose.js";
import type { PeriodicReportModel } from "../reports/model.js";
import { DOC } from "../reports/wording.js";
import { documentSectionFacts } from "./documents-report.js";
import { dialogueSectionFacts } from "./dialogue-report.js";
import { EXEMPLARY_SECTION, exemplaryInPeriod } from "./exemplary-report.js";
import { PARTICIPATION_SECTION, participationInPeriod } from "./participation-report.js";
import {
  emptySectionData,
  kAnonymous,
  missedQuarters,
  periodLabel,
  reportSummary,
  unansweredLabel,
  type SectionData,
  type CompileInput,
  type CompiledReport,
  type OverallFigures,
  type TaskRow,
} from "./periodic-report-parts.js";
import { localDate } from "../time/local-day.js";

export { periodLabel, reportSummary } from "./periodic-report-parts.js";
export type { FeedbackStats, FeedbackStatsFn, CompileInput, CompiledReport, OverallFigures } from "./periodic-report-parts.js";

/**
 * Builds the body of a 6-month / annual / thematic report from what the
 * committee recorded in the period. Everything is fetched in a fixed handful of
 * queries (plan + sections, tasks, members, reports, obstacles, proposals,
 * meetings, feedback stats) and grouped in memory: the cost does not grow with
 * the number of sections or tasks (see bench/periodic-report.bench.ts).
 *
 * Rules (docs/reports.md):
 * - a task counts as DONE in the period when it got a 100 % report in the period
 *   (this also covers recurring tasks whose current row has rolled on), or its
 *   row is DONE with completedAt in the period;
 * - OVERDUE = not done in the period, open, due date before the period end (or
 *   before now for a period still running) — the same rule as docs/tasks.md;
 * - results quoted: per task and member, the latest (last written) report of each task period
 *   is source material; src/reports/prose.ts picks at most two per task and prints them without
 *   name, date or percent (the report speaks for the agency);
 * - the body itself (prose, assessment, direction) is written by src/reports/compose.ts.
 */

/** The dissemination section of the plan: its completed tasks are the "documents disseminated" figure. */
export const DISSEMINATION_SECTION = "2.2";
/** The committee-activity section: meetings held are counted there. */
export const COMMITTEE_SECTION = "3";
const ID_CHUNK = 900;
/** Supplement keys besides plan section codes. */
export const GENERAL_SUPPLEMENT = SUPPLEMENT.general;
export const DIRECTION_SUPPLEMENT = SUPPLEMENT.direction;
export const PROPOSALS_SUPPLEMENT = SUPPLEMENT.proposals;
/** The assessment's parts: the secretary's text replaces the drafted one (docs/reports.md). */
export function assessmentTargets(): { code: string; title: string }[] {
  const t = DOC.supplementTargets;
  return [
    { code: SUPPLEMENT.strengths, title: t.strengths },
    { code: SUPPLEMENT.weaknesses, title: t.weaknesses },
    { code: SUPPLEMENT.causes, title: t.causes },
  ];
}

export async function compilePeriodicReport(db: Db, input: CompileInput): Promise<CompiledReport> {
  const { agencyId, periodFrom: from, periodTo: to, timezone: tz } = input;
  const inPeriod = { gte: from, lte: to };
  const fromYear = localDate(from, tz).year;
  const toYear = localDate(to, tz).year;

  const [plans, members, reportStats, latestIds, obstacles, proposals, meetings, feedback, documentStats, exemplary, participation, dialogues] = await Promise.all([
    db.plan.findMany({
      where: { agencyId, year: { gte: fromYear, lte: toYear } },
      orderBy: { year: "asc" },
      select: {
        id: true,
        year: true,
        symbol: true,
        issuedAt: true,
        sections: { orderBy: { order: "asc" }, select: { id: true, code: true, title: true } },
        tasks: {
          select: { id: true, number: true, title: true, sectionId: true, status: true, dueDate: true, completedAt: true, createdAt: true, cancelledAt: true },
          orderBy: { number: "asc" },
        },
      },
    }),
    db.member.findMany({ where: { agencyId }, select: { id: true, fullName: true } }),
    // Per task: how many reports, the highest percent (100 = done in the period).
    db.progressReport.groupBy({ by: ["taskId"], where: { agencyId, createdAt: inPeriod }, _count: { _all: true }, _max: { percent: true } }),
    // The latest report of each (task, member, task period): only those are quoted. Grouping in
    // SQL keeps 20,000 rows out of JavaScript (materialising them cost ~0.4 s in the benchmark).
    db.progressReport.groupBy({ by: ["taskId", "memberId", "periodStart"], where: { agencyId, createdAt: inPeriod }, _max: { id: true } }),
    db.obstacle.findMany({
      // Raised in the period, or raised earlier and resolved in it.
      where: { agencyId, OR: [{ createdAt: inPeriod }, { resolvedAt: inPeriod }] },
      select: { taskId: true, memberId: true, text: true, status: true, resolution: true, resolvedAt: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.proposal.findMany({
      where: { agencyId, createdAt: inPeriod },
      select: { taskId: true, memberId: true, text: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.meeting.findMany({
      where: { agencyId, startsAt: inPeriod, status: { not: MeetingStatus.CANCELLED } },
      select: { startsAt: true, status: true, kind: true, quarter: true, year: true, conclusions: { select: { text: true, taskId: true }, orderBy: { order: "asc" } } },
      orderBy: { startsAt: "asc" },
    }),
    input.feedbackStats ? input.feedbackStats(agencyId, from, to) : Promise.resolve(null),
    input.documentStats ? input.documentStats(agencyId, from, to, input.now < to ? input.now : to) : Promise.resolve(null),
    exemplaryInPeriod(db, agencyId, from, to),
    participationInPeriod(db, agencyId, from, to, input.now < to ? input.now : to),
    dialogueSectionFacts(db, agencyId, from, to),
  ]);
  const participates = participation.consulted !== undefined || participation.voted !== undefined;
  const documents = documentSectionFacts(documentStats);

  // SQLite's driver caps bound parameters (999): ids go in chunks. Their number is bounded by
  // tasks × members × task periods, not by the number of reports.
  const ids = latestIds.map((g) => g._max.id).filter((id): id is number => id !== null);
  const chunks: number[][] = [];
  for (let i = 0; i < ids.length; i += ID_CHUNK) chunks.push(ids.slice(i, i + ID_CHUNK));
  const latestReports = (
    await Promise.all(
      chunks.map((chunk) =>
        db.progressReport.findMany({ where: { id: { in: chunk } }, select: { taskId: true, memberId: true, percent: true, result: true, createdAt: true } }),
      ),
    )
  )
    .flat()
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const asOf = input.now.getTime() < to.getTime() ? input.now : to;

  // Sections by code across the plans of the period (a period within one year has one plan).
  const sections: { code: string; title: string; ids: Set<number> }[] = [];
  const sectionByCode = new Map<string, (typeof sections)[number]>();
  const sectionCodeById = new Map<number, string>();
  const tasks: TaskRow[] = [];
  for (const plan of plans) {
    for (const s of plan.sections) {
      let entry = sectionByCode.get(s.code);
      if (!entry) {
        entry = { code: s.code, title: s.title, ids: new Set() };
        sectionByCode.set(s.code, entry);
        sections.push(entry);
      }
      entry.ids.add(s.id);
      sectionCodeById.set(s.id, s.code);
    }
    for (const t of plan.tasks) {
      if (t.createdAt.getTime() > to.getTime()) continue;
      if (t.cancelledAt && t.cancelledAt.getTime() < from.getTime()) continue;
      tasks.push(t);
    }
  }
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const codesWithTasks = new Set(tasks.map((t) => sectionCodeById.get(t.sectionId)));

  const doneInPeriod = new Set<number>();
  const reportedTasks = new Set<number>();
  let reportCount = 0;
  for (const g of reportStats) {
    reportedTasks.add(g.taskId);
    reportCount += g._count._all;
    if ((g._max.percent ?? 0) >= 100) doneInPeriod.add(g.taskId);
  }
  for (const t of tasks) {
    if (t.status === TaskStatus.DONE && t.completedAt && t.completedAt >= from && t.completedAt <= to) doneInPeriod.add(t.id);
  }
  const stateOf = (t: TaskRow): TaskState | null => {
    if (doneInPeriod.has(t.id)) return "done";
    if (t.status === TaskStatus.CANCELLED) return null;
    if (t.status === TaskStatus.DONE) return null; // done in an earlier period: not this period's work
    if (t.dueDate && t.dueDate.getTime() < asOf.getTime()) return "overdue";
    return t.status === TaskStatus.IN_PROGRESS || reportedTasks.has(t.id) ? "in-progress" : "not-started";
  };

  // Group everything by section code, then by task.
  const bySection = new Map<string, SectionData>();
  const dataOf = (code: string): SectionData => {
    let d = bySection.get(code);
    if (!d) bySection.set(code, (d = emptySectionData()));
    return d;
  };
  const sectionOfTask = (taskId: number): SectionData | undefined => {
    const t = taskById.get(taskId);
    const code = t && sectionCodeById.get(t.sectionId);
    return code === undefined ? undefined : dataOf(code);
  };

  const overall: OverallFigures = {
    tasksDone: 0,
    tasksInProgress: 0,
    tasksOverdue: 0,
    tasksNotStarted: 0,
    reports: reportCount,
    meetingsHeld: meetings.filter((m) => m.status === MeetingStatus.HELD).length,
    documentsDisseminated: 0,
    feedback,
    obstaclesRaised: obstacles.filter((o) => o.createdAt >= from).length,
    obstaclesResolved: obstacles.filter((o) => o.resolvedAt && o.resolvedAt >= from && o.resolvedAt <= to).length,
  };
  for (const t of tasks) {
    const state = stateOf(t);
    if (!state) continue;
    const d = dataOf(sectionCodeById.get(t.sectionId)!);
    d.tasks.push({ row: t, state });
    if (state === "done") overall.tasksDone++;
    else if (state === "in-progress") overall.tasksInProgress++;
    else if (state === "overdue") overall.tasksOverdue++;
    else overall.tasksNotStarted++;
    if (state === "done" && sectionCodeById.get(t.sectionId) === DISSEMINATION_SECTION) overall.documentsDisseminated++;
  }

  for (const r of latestReports) {
    const d = sectionOfTask(r.taskId);
    if (!d) continue;
    let list = d.results.get(r.taskId);
    if (!list) d.results.set(r.taskId, (list = []));
    const text = r.result.trim();
    if (text && !list.some((x) => x.text === text)) list.push({ text, memberId: r.memberId, at: r.createdAt, percent: r.percent });
  }
  for (const o of obstacles) sectionOfTask(o.taskId)?.obstacles.push(o);
  for (const p of proposals) sectionOfTask(p.taskId)?.proposals.push(p);

  const label = periodLabel(input.kind, from, to, tz);
  const date = (d: Date) => formatDate(d, tz);
  const feedbackFact = feedback
    ? {
        received: String(kAnonymous(feedback.received)),
        answered: String(kAnonymous(feedback.answered)),
        unanswered: unansweredLabel(feedback.received - feedback.answered),
        total: feedback.received,
      }
    : null;
  const heldQuarters = meetings.filter((m) => m.status === MeetingStatus.HELD && m.kind === MeetingKind.QUARTERLY && m.quarter !== null);
  const facts: ReportFacts = {
    sections: sections
      .filter((s) => codesWithTasks.has(s.code) || input.supplements.has(s.code) || documents.byCode.has(s.code) || dialogues.byCode.has(s.code) || (s.code === EXEMPLARY_SECTION && exemplary.length > 0) || (s.code === PARTICIPATION_SECTION && participates))
      .map((s) => {
        const d = bySection.get(s.code) ?? emptySectionData();
        return {
          code: s.code,
          title: s.title,
          tasks: d.tasks.map((t) => ({
            number: t.row.number,
            title: t.row.title,
            state: t.state,
            due: t.row.dueDate ? date(t.row.dueDate) : null,
            results: (d.results.get(t.row.id) ?? []).map((r) => r.text),
            reportedInPeriod: reportedTasks.has(t.row.id),
          })),
          obstacles: d.obstacles.map((o) => ({ text: o.text, resolved: o.resolvedAt !== null && o.resolvedAt <= to, resolution: o.resolution })),
          meetings: s.code === COMMITTEE_SECTION ? { held: overall.meetingsHeld, quarters: heldQuarters.map((m) => m.quarter!) } : undefined,
          ...documents.byCode.get(s.code),
          ...dialogues.byCode.get(s.code),
          exemplary: s.code === EXEMPLARY_SECTION ? exemplary : undefined,
          ...(s.code === PARTICIPATION_SECTION ? participation : {}),
        };
      }),
    counts: { done: overall.tasksDone, "in-progress": overall.tasksInProgress, overdue: overall.tasksOverdue, "not-started": overall.tasksNotStarted },
    reports: reportCount,
    meetingsHeld: overall.meetingsHeld,
    meetingsMissed: missedQuarters(from, asOf, tz, new Set(heldQuarters.map((m) => `${m.year}-${m.quarter}`))),
    feedback: feedbackFact,
    obstaclesResolved: overall.obstaclesResolved,
    documentsUnstudied: documents.unstudied,
    proposals: [...new Set(proposals.map((p) => p.text.trim()).filter(Boolean))],
    // Only the latest held meeting's conclusions: it reviewed the earlier ones, whose own deadlines may have passed.
    conclusions: meetings.filter((m) => m.status === MeetingStatus.HELD).slice(-1).flatMap((m) => m.conclusions.filter((c) => c.taskId === null).map((c) => ({ text: c.text, date: date(m.startsAt) }))),
    names: members.map((m) => m.fullName),
    nextYear: toYear + 1,
    annual: input.kind === ReportKind.ANNUAL,
    asOf: date(asOf),
    supplements: input.supplements,
  };

  const agency = input.frame.agencyName;
  const plan = plans.at(-1);
  const intro = [
    DOC.intro.report(
      plan ? { symbol: plan.symbol, issuedAt: plan.issuedAt ? date(plan.issuedAt) : null, year: plan.year } : null,
      input.docNumber ? { number: input.docNumber, date: input.docDate ? date(input.docDate) : null } : null,
      agency,
      label,
    ),
  ];

  const model: PeriodicReportModel = {
    frame: { ...input.frame, kindTitle: DOC.title.report, summary: reportSummary(input.kind, input.topic, label) },
    intro,
    sections: composeBody(facts),
    closing: DOC.closing.report(label, agency),
  };
  return { model, figures: overall };
}
