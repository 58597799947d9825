import type { Clock } from "../clock.js";
import type { Db, Tx } from "../db/client.js";
import type { Member, ProgressReport, Task } from "../generated/prisma/client.js";
import { ObstacleStatus, TaskRecurrence, TaskStatus } from "../generated/prisma/enums.js";
import { writeAudit } from "./audit.js";
import { DomainError } from "./errors.js";
import { LIMITS, REPORT_EDIT_WINDOW_MS, actorLabel, cleanText, isOpen, splitItems, statusForPercent } from "./task-rules.js";
import { openPeriod, type TaskService } from "./tasks.js";
import { queueObstaclesRaised } from "./task-notices.js";
import { insertReport, readReportTarget, writeTaskProgress } from "./progress-sql.js";
import { rawTransaction, transactionWithSql, type Sql } from "../db/direct-sql.js";

/**
 * The one meaning of progress (issue 12): a section's (or the plan's) progress is
 * the share of its tasks that are done, in whole percent; cancelled tasks do not
 * count. /tiendo, the weekly and quarterly digests, the chart and the reports
 * all take their number from here. A task's own reported percent is the
 * member's estimate of that task, not the section's progress: averaging
 * estimates gave 17 % where nothing was finished.
 */
export function progressPercent(done: number, total: number): number {
  return total > 0 ? Math.round((done / total) * 100) : 0;
}

export interface ReportInput {
  percent: number;
  result: string;
  obstacles?: string | null;
  proposals?: string | null;
}

export interface ReportOutcome {
  report: ProgressReport;
  task: Task;
  obstacleCount: number;
  proposalCount: number;
  /** A recurring task was completed and its next period opened. */
  nextPeriodOpened: boolean;
}

type Deps = { db: Db; clock: Clock; timezone: string; tasks: TaskService };

/** Progress reports (/baocao) and their 24-hour edit window (docs/tasks.md). */
export class ProgressService {
  constructor(private readonly deps: Deps) {}

  private get db() {
    return this.deps.db;
  }

  /**
   * Checks the fields the way the chat flow asks them, so the flow can ask
   * again for just the bad one before anything is written.
   */
  static validate(input: ReportInput): Required<ReportInput> {
    if (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100) throw new DomainError("percent-range");
    const result = cleanText(input.result);
    if (!result) throw new DomainError("result-empty");
    if (result.length > LIMITS.result.max) throw new DomainError("text-too-long", { max: String(LIMITS.result.max) });
    const obstacles = input.obstacles ? cleanText(input.obstacles) : "";
    const proposals = input.proposals ? cleanText(input.proposals) : "";
    if (obstacles.length > LIMITS.obstacles.max) throw new DomainError("text-too-long", { max: String(LIMITS.obstacles.max) });
    if (proposals.length > LIMITS.proposals.max) throw new DomainError("text-too-long", { max: String(LIMITS.proposals.max) });
    return { percent: input.percent, result, obstacles: obstacles || null, proposals: proposals || null };
  }

  /** The task a member may report on now: theirs and open. */
  async reportableTask(member: Member, number: number): Promise<Task> {
    await this.deps.tasks.rollPeriods(member.agencyId);
    const task = await this.db.task.findUnique({
      where: { agencyId_number: { agencyId: member.agencyId, number } },
      include: { assignees: { where: { memberId: member.id }, select: { memberId: true } } },
    });
    return checkReportable(task, number);
  }

  report(member: Member, taskId: number, input: ReportInput): Promise<ReportOutcome> {
    return this.write(member, { id: taskId }, input);
  }

  /** The one-line form (`/baocao 5 50% …`): the task by its number, without a separate lookup. */
  reportByNumber(member: Member, number: number, input: ReportInput): Promise<ReportOutcome> {
    return this.write(member, { number }, input);
  }

  private async write(member: Member, ref: { id: number } | { number: number }, input: ReportInput): Promise<ReportOutcome> {
    const data = ProgressService.validate(input);
    await this.deps.tasks.rollPeriods(member.agencyId);
    const now = this.deps.clock.now();
    // Most reports are a percent and a result: raw statements only, so one raw transaction
    // (direct-sql.ts). Obstacles, proposals and 100 % (which may open a recurring task's next
    // period) also write through the model API, so they take Prisma's transaction.
    const rawOnly = !data.obstacles && !data.proposals && data.percent < 100;
    const body = async (sql: Sql, tx: Tx | undefined): Promise<ReportOutcome> => {
      const target = await readReportTarget(sql, { agencyId: member.agencyId, memberId: member.id, ref });
      const found = target && { ...target.task, assignees: target.mine ? [{ memberId: member.id }] : [] };
      const replayed = target && findReplay(member, target.latest, data, now);
      if (replayed) return { ...replayed, task: target.task, nextPeriodOpened: false };
      const task = checkReportable(found, "number" in ref ? ref.number : (found?.number ?? ref.id));
      const report = await insertReport(sql, {
        agencyId: member.agencyId,
        taskId: task.id,
        memberId: member.id,
        periodStart: task.periodStart,
        periodEnd: task.periodEnd,
        percent: data.percent,
        result: data.result,
        obstacles: data.obstacles,
        proposals: data.proposals,
        createdAt: now,
      });
      const counts = tx ? await writeItems(tx, report, now) : { obstacleCount: 0, proposalCount: 0 };
      if (tx) await queueObstaclesRaised(tx, { reporter: member, reportId: report.id, task, obstacles: splitItems(report.obstacles), now });
      const applied = await this.applyPercent(tx, sql, { ...target!.task, year: target!.planYear }, data.percent, now, true);
      return { report, task: applied.task, ...counts, nextPeriodOpened: applied.nextPeriodOpened };
    };
    return rawOnly ? rawTransaction(this.db, (sql) => body(sql, undefined)) : transactionWithSql(this.db, (tx, sql) => body(sql, tx));
  }

  /** My latest report on a task, if it can still be edited. */
  async editableReport(member: Member, taskId: number): Promise<ProgressReport> {
    const latest = await this.db.progressReport.findFirst({ where: { taskId, agencyId: member.agencyId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    this.checkEditable(member, latest);
    return latest!;
  }

  async editReport(member: Member, reportId: number, input: ReportInput): Promise<ReportOutcome> {
    const data = ProgressService.validate(input);
    const now = this.deps.clock.now();
    return transactionWithSql(this.db, async (tx, sql) => {
      const report = await tx.progressReport.findFirst({
        where: { id: reportId, agencyId: member.agencyId },
        include: { task: { include: { plan: { select: { year: true } } } } },
      });
      if (!report) throw new DomainError("report-not-editable");
      const latest = await tx.progressReport.findFirst({ where: { taskId: report.taskId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
      if (latest?.id !== report.id) throw new DomainError("report-not-editable");
      this.checkEditable(member, report);
      const { plan, ...task } = report.task;
      // A recurring task that moved on to its next period: the old period's
      // report is history (its percent made the period done).
      if (task.status === TaskStatus.CANCELLED || task.periodStart?.getTime() !== report.periodStart?.getTime()) {
        throw new DomainError("report-period-closed");
      }
      const updated = await tx.progressReport.update({
        where: { id: report.id },
        data: { percent: data.percent, result: data.result, obstacles: data.obstacles, proposals: data.proposals, editedAt: now },
      });
      // Resolved obstacles are part of the record and stay; open ones are replaced by the new text.
      await tx.obstacle.deleteMany({ where: { reportId: report.id, status: ObstacleStatus.OPEN } });
      await tx.proposal.deleteMany({ where: { reportId: report.id } });
      const counts = await writeItems(tx, updated, now);
      const applied = await this.applyPercent(tx, sql, { ...task, year: plan.year }, data.percent, now, false);
      await writeAudit(tx, {
        agencyId: member.agencyId,
        actorMemberId: member.id,
        actorLabel: actorLabel(member),
        action: "report.edit",
        details: { reportId: report.id, taskId: task.id, percentBefore: report.percent, percentAfter: data.percent },
        at: now,
      });
      return { report: updated, task: applied.task, ...counts, nextPeriodOpened: applied.nextPeriodOpened };
    });
  }

  private checkEditable(member: Member, report: Pick<ProgressReport, "memberId" | "createdAt"> | null): void {
    const now = this.deps.clock.now();
    if (!report || report.memberId !== member.id) throw new DomainError("report-not-editable");
    if (now.getTime() - report.createdAt.getTime() > REPORT_EDIT_WINDOW_MS) throw new DomainError("report-too-old");
  }

  /**
   * The status rule (docs/tasks.md): 100 % → DONE (a recurring task then opens
   * its next period within the plan's year), otherwise IN_PROGRESS. A new
   * report always starts the task; an edit may take a DONE task back to IN_PROGRESS.
   */
  private async applyPercent(
    tx: Tx | undefined,
    sql: Sql,
    task: Task & { year: number },
    percent: number,
    now: Date,
    isNewReport: boolean,
  ): Promise<{ task: Task; nextPeriodOpened: boolean }> {
    const status = statusForPercent(percent);
    const { year: _year, ...plain } = task;
    const updated = await writeTaskProgress(sql, plain, {
      status,
      percent,
      completedAt: status === TaskStatus.DONE ? now : null,
      ...(isNewReport ? { lastReportAt: now } : {}),
      now,
    });
    if (status === TaskStatus.DONE && task.recurrence !== TaskRecurrence.NONE && task.periodEnd) {
      const next = this.deps.tasks.periodAfter(task.recurrence, task.periodEnd, task.year, now);
      if (next) {
        // Only reached at 100 %, which `write` runs in Prisma's transaction.
        if (!tx) throw new Error("opening a period needs the model API's transaction");
        await openPeriod(tx, task.id, next, now);
        return { task: { ...updated, status: TaskStatus.NOT_STARTED, percent: 0, periodStart: next.start, periodEnd: next.end, dueDate: next.end }, nextPeriodOpened: true };
      }
    }
    return { task: updated, nextPeriodOpened: false };
  }
}

function checkReportable<T extends Task & { assignees: { memberId: number }[] }>(task: T | null, number: number): T {
  if (!task) throw new DomainError("task-not-found", { number: String(number) });
  if (!task.assignees.length) throw new DomainError("task-not-yours", { number: String(task.number) });
  if (!isOpen(task)) throw new DomainError("task-not-open", { number: String(task.number) });
  return task;
}

async function writeItems(tx: Tx, report: ProgressReport, now: Date): Promise<{ obstacleCount: number; proposalCount: number }> {
  const base = { agencyId: report.agencyId, reportId: report.id, taskId: report.taskId, memberId: report.memberId, createdAt: now };
  const obstacles = splitItems(report.obstacles);
  const proposals = splitItems(report.proposals);
  if (obstacles.length) await tx.obstacle.createMany({ data: obstacles.map((text) => ({ ...base, text })) });
  if (proposals.length) await tx.proposal.createMany({ data: proposals.map((text) => ({ ...base, text })) });
  return { obstacleCount: obstacles.length, proposalCount: proposals.length };
}

/**
 * A report identical to the member's latest one on the task, made minutes
 * ago, is that same report: the update that carried it was redelivered after
 * a crash (updates are confirmed once handled, so a crash between the write
 * and the answer brings it again), or the person sent it twice. It is
 * answered again, not written twice.
 */
export const REPLAY_WINDOW_MS = 10 * 60_000;

function findReplay(
  member: Member,
  latest: ProgressReport | null,
  data: Required<ReportInput>,
  now: Date,
): Omit<ReportOutcome, "task" | "nextPeriodOpened"> | undefined {
  if (!latest || latest.memberId !== member.id || now.getTime() - latest.createdAt.getTime() > REPLAY_WINDOW_MS || latest.editedAt) return undefined;
  const same = latest.percent === data.percent && latest.result === data.result && latest.obstacles === data.obstacles && latest.proposals === data.proposals;
  if (!same) return undefined;
  // An unedited report has exactly one row per item of its text (writeItems), so no count is read.
  return { report: latest, obstacleCount: splitItems(latest.obstacles).length, proposalCount: splitItems(latest.proposals).length };
}
