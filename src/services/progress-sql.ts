import { Prisma } from "../generated/prisma/client.js";
import type { ProgressReport, Task } from "../generated/prisma/client.js";
import type { TaskStatus } from "../generated/prisma/enums.js";
import type { Sql } from "../db/direct-sql.js";
import { REPORT_COLUMNS, TASK_COLUMNS, pick, select, statusList } from "./sql-columns.js";

/**
 * The statements of a one-line `/baocao` (issue 15), in raw SQL on both
 * databases, run on the driver adapter directly inside the report's
 * transaction (src/db/direct-sql.ts). Through Prisma's model API the same work
 * took seven statements, each compiled by its WebAssembly query compiler, and
 * was most of what a report cost. The columns are the models' own lists
 * (sql-columns.ts), so rows come back with Dates and numbers as the model API
 * gives them; tests/services/progress-sql.test.ts compares them on SQLite and
 * PostgreSQL. Everything else about reports stays on the model API.
 */

export interface ReportTarget {
  task: Task;
  /** The member is one of the task's assignees. */
  mine: boolean;
  /** The year of the task's plan (recurring periods end with it). */
  planYear: number;
  /** The task's latest report by anyone (the replay check looks at it). */
  latest: ProgressReport | null;
}

const REPORT_PREFIX = "r_";

/** A task by its number or id in the agency, with what a report on it needs, in one statement. */
export async function readReportTarget(sql: Sql, q: { agencyId: number; memberId: number; ref: { id: number } | { number: number } }): Promise<ReportTarget | null> {
  const match = "id" in q.ref ? Prisma.sql`t."id" = ${q.ref.id}` : Prisma.sql`t."number" = ${q.ref.number}`;
  const rows = await sql.query(Prisma.sql`
    SELECT ${select("t", TASK_COLUMNS)}, p."year" AS "planYear",
      (SELECT COUNT(*) FROM "TaskAssignee" a WHERE a."taskId" = t."id" AND a."memberId" = ${q.memberId}) AS "mine",
      ${select("r", REPORT_COLUMNS, REPORT_PREFIX)}
    FROM "Task" t
    JOIN "Plan" p ON p."id" = t."planId"
    LEFT JOIN "ProgressReport" r ON r."id" = (
      SELECT r2."id" FROM "ProgressReport" r2 WHERE r2."taskId" = t."id" ORDER BY r2."createdAt" DESC, r2."id" DESC LIMIT 1)
    WHERE t."agencyId" = ${q.agencyId} AND ${match}
    LIMIT 1`);
  const row = rows[0];
  if (!row) return null;
  return {
    task: pick<Task>(row, TASK_COLUMNS),
    mine: Number(row.mine) > 0,
    planYear: Number(row.planYear),
    latest: row[`${REPORT_PREFIX}id`] === null ? null : pick<ProgressReport>(row, REPORT_COLUMNS, REPORT_PREFIX),
  };
}

/** Writes a new report and returns it as the model API would. */
export async function insertReport(sql: Sql, data: Omit<ProgressReport, "id" | "editedAt">): Promise<ProgressReport> {
  const rows = await sql.query<{ id: unknown }>(Prisma.sql`
    INSERT INTO "ProgressReport" ("agencyId", "taskId", "memberId", "periodStart", "periodEnd", "percent", "result", "obstacles", "proposals", "createdAt")
    VALUES (${data.agencyId}, ${data.taskId}, ${data.memberId}, ${data.periodStart}, ${data.periodEnd}, ${data.percent}, ${data.result}, ${data.obstacles}, ${data.proposals}, ${data.createdAt})
    RETURNING "id"`);
  return { id: Number(rows[0]!.id), ...data, editedAt: null };
}

/** A task's status after a report or an edit (docs/tasks.md); returns the task as it now is. */
export async function writeTaskProgress(
  sql: Sql,
  task: Task,
  change: { status: TaskStatus; percent: number; completedAt: Date | null; lastReportAt?: Date; now: Date },
): Promise<Task> {
  const lastReportAt = change.lastReportAt ?? task.lastReportAt;
  await sql.execute(Prisma.sql`
    UPDATE "Task" SET "status" = ${statusList([change.status])}, "percent" = ${change.percent}, "completedAt" = ${change.completedAt},
      "lastReportAt" = ${lastReportAt}, "updatedAt" = ${change.now}
    WHERE "id" = ${task.id}`);
  return { ...task, status: change.status, percent: change.percent, completedAt: change.completedAt, lastReportAt, updatedAt: change.now };
}
