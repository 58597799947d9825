import type { Db } from "../db/client.js";
import { MeetingStatus, ReportKind, TaskStatus } from "../generated/prisma/enums.js";
import { formatDate } from "../format/date.js";
import type { Block, Figure, OfficialFrame, PeriodicReportModel, ReportSection } from "../reports/model.js";
import { DOC } from "../reports/wording.js";
import { localDay } from "./periods.js";

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
 * - results quoted: per task and member, the latest (last written) report of each task period,
 *   in the member's own words (an annual report with 20,000 progress notes
 *   would otherwise be thousands of pages); identical texts appear once.
 */

/** The dissemination section of the plan: its completed tasks are the "documents disseminated" figure. */
export const DISSEMINATION_SECTION = "2.2";
/** The committee-activity section: meetings held are counted there. */
export const COMMITTEE_SECTION = "3";
const ID_CHUNK = 900;
/** Supplement keys besides plan section codes. */
export const GENERAL_SUPPLEMENT = "chung";
export const DIRECTION_SUPPLEMENT = "phuonghuong";
export const PROPOSALS_SUPPLEMENT = "kiennghi";

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

/** "6 tháng đầu năm 2026", "năm 2026", "từ 01/03/2026 đến 31/05/2026". */
export function periodLabel(kind: ReportKind, from: Date, to: Date, tz: string): string {
  const a = localDay(from, tz);
  const b = localDay(to, tz);
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

interface TaskRow {
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

type TaskState = "done" | "in-progress" | "overdue" | "not-started";

export async function compilePeriodicReport(db: Db, input: CompileInput): Promise<CompiledReport> {
  const { agencyId, periodFrom: from, periodTo: to, timezone: tz } = input;
  const inPeriod = { gte: from, lte: to };
  const fromYear = localDay(from, tz).year;
  const toYear = localDay(to, tz).year;

  const [plans, members, reportStats, latestIds, obstacles, proposals, meetings, feedback] = await Promise.all([
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
      select: { startsAt: true, status: true, conclusions: { select: { text: true, taskId: true }, orderBy: { order: "asc" } } },
      orderBy: { startsAt: "asc" },
    }),
    input.feedbackStats ? input.feedbackStats(agencyId, from, to) : Promise.resolve(null),
  ]);

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
  const name = new Map(members.map((m) => [m.id, m.fullName]));
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
    d.counts[state]++;
    if (state === "done") overall.tasksDone++;
    else if (state === "in-progress") overall.tasksInProgress++;
    else if (state === "overdue") overall.tasksOverdue++;
    else overall.tasksNotStarted++;
    if (state !== "done") d.open.push(t);
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
  const who = (id: number) => name.get(id) ?? "?";
  const date = (d: Date) => formatDate(d, tz);

  const out: ReportSection[] = [];
  out.push({ heading: DOC.headings.results, level: 1, blocks: [] });
  const general: Block[] = [{ kind: "figures", items: overallFigures(overall) }];
  if (tasks.length === 0 && reportCount === 0) general.push({ kind: "paragraph", text: DOC.empty.general });
  pushSupplement(general, input.supplements.get(GENERAL_SUPPLEMENT));
  out.push({ heading: DOC.headings.general, level: 2, blocks: general });

  for (const s of sections) {
    const d = bySection.get(s.code) ?? emptySectionData();
    const supplement = input.supplements.get(s.code);
    // Sections without any task in the plan (e.g. "Mục đích, yêu cầu") are not activities to report on.
    if (!codesWithTasks.has(s.code) && !supplement) continue;
    out.push({ heading: DOC.headings.planSection(s.code, s.title), level: 2, blocks: sectionBlocks(s.code, d, taskById, { who, date, meetingsHeld: overall.meetingsHeld, supplement }) });
  }

  // II. Direction: open tasks are listed per section; here the meeting conclusions not yet tasks.
  const direction: Block[] = [];
  const conclusions = meetings.flatMap((m) => m.conclusions.filter((c) => c.taskId === null).map((c) => DOC.body.conclusion(c.text, date(m.startsAt))));
  const openCount = overall.tasksInProgress + overall.tasksOverdue + overall.tasksNotStarted;
  direction.push({
    kind: "paragraph",
    text: openCount > 0 ? DOC.body.continueOpen(openCount, overall.tasksOverdue) : DOC.empty.allDone,
  });
  if (conclusions.length) direction.push({ kind: "label", text: DOC.labels.conclusions }, { kind: "list", items: conclusions });
  pushSupplement(direction, input.supplements.get(DIRECTION_SUPPLEMENT));
  out.push({ heading: DOC.headings.direction, level: 1, blocks: direction });

  const proposalsBlocks: Block[] = [];
  const pending = proposals.length;
  proposalsBlocks.push({
    kind: "paragraph",
    text: pending > 0 ? DOC.body.proposalsCount(pending) : DOC.empty.noProposals,
  });
  pushSupplement(proposalsBlocks, input.supplements.get(PROPOSALS_SUPPLEMENT));
  out.push({ heading: DOC.headings.proposals, level: 1, blocks: proposalsBlocks });

  const agency = input.frame.agencyName;
  const intro: string[] = [];
  const bases: string[] = [];
  if (input.docNumber) bases.push(DOC.intro.request(input.docNumber, input.docDate ? date(input.docDate) : null));
  const plan = plans.at(-1);
  if (plan)
    bases.push(
      DOC.intro.plan({ first: bases.length === 0, symbol: plan.symbol, issuedAt: plan.issuedAt ? date(plan.issuedAt) : null, year: plan.year, agency }),
    );
  intro.push(DOC.intro.report(bases, agency, label));

  const model: PeriodicReportModel = {
    frame: { ...input.frame, kindTitle: DOC.title.report, summary: reportSummary(input.kind, input.topic, label) },
    intro,
    sections: out,
    closing: DOC.closing.report(label, agency),
  };
  return { model, figures: overall };
}

interface SectionData {
  counts: Record<TaskState, number>;
  open: TaskRow[];
  results: Map<number, { text: string; memberId: number; at: Date; percent: number }[]>;
  obstacles: { memberId: number; text: string; status: string; resolution: string | null; resolvedAt: Date | null; createdAt: Date }[];
  proposals: { memberId: number; text: string; createdAt: Date }[];
}

function emptySectionData(): SectionData {
  return { counts: { done: 0, "in-progress": 0, overdue: 0, "not-started": 0 }, open: [], results: new Map(), obstacles: [], proposals: [] };
}

function overallFigures(f: OverallFigures): Figure[] {
  const items: Figure[] = [
    { label: DOC.figures.done, value: f.tasksDone },
    { label: DOC.figures.inProgress, value: f.tasksInProgress },
    { label: DOC.figures.overdue, value: f.tasksOverdue },
    { label: DOC.figures.notStarted, value: f.tasksNotStarted },
    { label: DOC.figures.meetingsHeld, value: f.meetingsHeld },
    { label: DOC.figures.disseminated, value: f.documentsDisseminated },
  ];
  if (f.feedback) {
    items.push({ label: DOC.figures.feedbackReceived, value: kAnonymous(f.feedback.received) });
    items.push({ label: DOC.figures.feedbackAnswered, value: kAnonymous(f.feedback.answered) });
  }
  items.push({ label: DOC.figures.obstacles, value: DOC.figures.pair(f.obstaclesRaised, f.obstaclesResolved) });
  return items;
}

/** Design §5: feedback figures below 3 are not shown exactly (they could point at a person). */
function kAnonymous(n: number): number | string {
  return n > 0 && n < 3 ? DOC.figures.fewerThanThree : n;
}

function pushSupplement(blocks: Block[], text: string | undefined): void {
  if (!text) return;
  for (const para of text.split(/\n+/).map((p) => p.trim()).filter(Boolean)) blocks.push({ kind: "paragraph", text: para });
}

function sectionBlocks(
  code: string,
  d: SectionData,
  taskById: Map<number, TaskRow>,
  ctx: { who: (id: number) => string; date: (d: Date) => string; meetingsHeld: number; supplement: string | undefined },
): Block[] {
  const blocks: Block[] = [];
  const figures: Figure[] = [
    { label: DOC.figures.done, value: d.counts.done },
    { label: DOC.figures.sectionInProgress, value: d.counts["in-progress"] },
    { label: DOC.figures.sectionOverdue, value: d.counts.overdue },
  ];
  if (code === COMMITTEE_SECTION) figures.push({ label: DOC.figures.meetingsHeld, value: ctx.meetingsHeld });
  if (code === DISSEMINATION_SECTION) figures.push({ label: DOC.figures.disseminated, value: d.counts.done });

  blocks.push({ kind: "label", text: DOC.labels.results });
  if (d.results.size === 0) {
    blocks.push({ kind: "paragraph", text: DOC.empty.results });
  } else {
    const ordered = [...d.results.entries()].sort((a, b) => (taskById.get(a[0])?.number ?? 0) - (taskById.get(b[0])?.number ?? 0));
    for (const [taskId, results] of ordered) {
      const t = taskById.get(taskId);
      if (!t) continue;
      blocks.push({ kind: "paragraph", text: DOC.body.task(t.number, t.title) });
      blocks.push({ kind: "list", items: results.map((r) => DOC.body.result(r.text, ctx.who(r.memberId), ctx.date(r.at), r.percent)) });
    }
  }
  blocks.push({ kind: "label", text: DOC.labels.figures }, { kind: "figures", items: figures });

  blocks.push({ kind: "label", text: DOC.labels.obstacles });
  if (d.obstacles.length === 0) blocks.push({ kind: "paragraph", text: DOC.empty.obstacles });
  else
    blocks.push({
      kind: "list",
      items: d.obstacles.map((o) => {
        const head = DOC.body.attributed(o.text, ctx.who(o.memberId), ctx.date(o.createdAt));
        return o.resolvedAt ? DOC.body.resolved(head, ctx.date(o.resolvedAt), o.resolution) : DOC.body.unresolved(head);
      }),
    });

  blocks.push({ kind: "label", text: DOC.labels.proposals });
  if (d.proposals.length === 0) blocks.push({ kind: "paragraph", text: DOC.empty.proposals });
  else blocks.push({ kind: "list", items: d.proposals.map((p) => DOC.body.attributed(p.text, ctx.who(p.memberId), ctx.date(p.createdAt))) });

  blocks.push({ kind: "label", text: DOC.labels.direction });
  if (d.open.length === 0) blocks.push({ kind: "paragraph", text: DOC.empty.sectionDone });
  else
    blocks.push({
      kind: "list",
      items: d.open
        .sort((a, b) => a.number - b.number)
        .map((t) => DOC.body.openTask(t.number, t.title, t.dueDate ? ctx.date(t.dueDate) : null)),
    });
  if (ctx.supplement) {
    blocks.push({ kind: "label", text: DOC.labels.supplement });
    pushSupplement(blocks, ctx.supplement);
  }
  return blocks;
}
