import { Prisma } from "../generated/prisma/client.js";
import type { Db, Tx } from "../db/client.js";
import type { ProgressReport, Task } from "../generated/prisma/client.js";
import type { TaskStatus } from "../generated/prisma/enums.js";
import { providerOf } from "../messaging/claim.js";

/**
 * The statements of a one-line `/baocao` (issue 15), in raw SQL on both
 * databases. Through Prisma's model API the same work took seven statements,
 * each compiled by its WebAssembly query compiler (~0.6 ms of CPU apiece on
 * the 2-core reference machine, against ~0.1 ms for a raw statement), and was
 * most of what a report cost. The column lists are the models' own (`t.*`, and
 * REPORT_COLUMNS checked against the model by tests/services/progress-sql.test.ts
 * on SQLite and PostgreSQL), so `$queryRaw` hands back Dates and numbers as
 * the model API does. Everything else about reports stays on the model API.
 */

/** ProgressReport's columns, in the model's order (the test compares them with the model's keys). */
export const REPORT_COLUMNS = ["id", "agencyId", "taskId", "memberId", "periodStart", "periodEnd", "percent", "result", "obstacles", "proposals", "createdAt", "editedAt"] as const;

export interface ReportTarget {
  task: Task;
  /** The member is one of the task's assignees. */
  mine: boolean;
  /** The year of the task's plan (recurring periods end with it). */
  planYear: number;
  /** The task's latest report by anyone (the replay check looks at it). */
  latest: ProgressReport | null;
}

/** A task by its number or id in the agency, with what a report on it needs, in one statement. */
export async function readReportTarget(tx: Tx, q: { agencyId: number; memberId: number; ref: { id: number } | { number: number } }): Promise<ReportTarget | null> {
  const match = "id" in q.ref ? Prisma.sql`t."id" = ${q.ref.id}` : Prisma.sql`t."number" = ${q.ref.number}`;
  const latest = Prisma.raw(REPORT_COLUMNS.map((c) => `r."${c}" AS "r_${c}"`).join(", "));
  const rows = await tx.$queryRaw<Record<string, unknown>[]>`
    SELECT t.*, p."year" AS "planYear",
      (SELECT COUNT(*) FROM "TaskAssignee" a WHERE a."taskId" = t."id" AND a."memberId" = ${q.memberId}) AS "mine",
      ${latest}
    FROM "Task" t
    JOIN "Plan" p ON p."id" = t."planId"
    LEFT JOIN "ProgressReport" r ON r."id" = (
      SELECT r2."id" FROM "ProgressReport" r2 WHERE r2."taskId" = t."id" ORDER BY r2."createdAt" DESC, r2."id" DESC LIMIT 1)
    WHERE t."agencyId" = ${q.agencyId} AND ${match}
    LIMIT 1`;
  const row = rows[0];
  if (!row) return null;
  const task: Record<string, unknown> = {};
  const report: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (k.startsWith("r_")) report[k.slice(2)] = v;
    else if (k !== "planYear" && k !== "mine") task[k] = v;
  }
  return {
    task: task as unknown as Task,
    mine: Number(row.mine) > 0,
    planYear: Number(row.planYear),
    latest: report.id === null || report.id === undefined ? null : (report as unknown as ProgressReport),
  };
}

/** Writes a new report and returns it as the model API would. */
export async function insertReport(tx: Tx, data: Omit<ProgressReport, "id" | "editedAt">): Promise<ProgressReport> {
  const rows = await tx.$queryRaw<{ id: unknown }[]>`
    INSERT INTO "ProgressReport" ("agencyId", "taskId", "memberId", "periodStart", "periodEnd", "percent", "result", "obstacles", "proposals", "createdAt")
    VALUES (${data.agencyId}, ${data.taskId}, ${data.memberId}, ${data.periodStart}, ${data.periodEnd}, ${data.percent}, ${data.result}, ${data.obstacles}, ${data.proposals}, ${data.createdAt})
    RETURNING "id"`;
  return { id: Number(rows[0]!.id), ...data, editedAt: null };
}

/** A task's status after a report or an edit (docs/tasks.md); returns the task as it now is. */
export async function writeTaskProgress(
  tx: Tx,
  task: Task,
  change: { status: TaskStatus; percent: number; completedAt: Date | null; lastReportAt?: Date; now: Date },
): Promise<Task> {
  const lastReportAt = change.lastReportAt ?? task.lastReportAt;
  // PostgreSQL keeps statuses in an enum type: a bound text parameter needs the cast there.
  const status = providerOf(tx as unknown as Db) === "postgresql" ? Prisma.sql`CAST(${change.status} AS "TaskStatus")` : Prisma.sql`${change.status}`;
  await tx.$executeRaw`
    UPDATE "Task" SET "status" = ${status}, "percent" = ${change.percent}, "completedAt" = ${change.completedAt},
      "lastReportAt" = ${lastReportAt}, "updatedAt" = ${change.now}
    WHERE "id" = ${task.id}`;
  return { ...task, status: change.status, percent: change.percent, completedAt: change.completedAt, lastReportAt, updatedAt: change.now };
}
