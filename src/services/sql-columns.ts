import { Prisma } from "../generated/prisma/client.js";
import type { Plan, PlanSection, ProgressReport, Task } from "../generated/prisma/client.js";
import type { TaskStatus } from "../generated/prisma/enums.js";

/**
 * Column lists and small SQL pieces shared by the raw-SQL readers and writers
 * of the hot paths (plan-reads.ts, progress-sql.ts; issue 15). A list names a
 * model's columns in its order, so a row selected with it equals the model
 * API's; the compiler checks that every field is named (a new column fails to
 * build here), and the readers' tests compare rows with the model API's on
 * both databases.
 */

/** The column list of a model, checked by the compiler to name every field. */
function columnsOf<T>() {
  return <const L extends readonly (keyof T & string)[]>(list: L & (Exclude<keyof T, L[number]> extends never ? unknown : { missing: Exclude<keyof T, L[number]> })) => list;
}

export const PLAN_COLUMNS = columnsOf<Plan>()(["id", "agencyId", "year", "title", "symbol", "issuedAt", "templateId", "createdById", "createdAt"]);
export const SECTION_COLUMNS = columnsOf<PlanSection>()(["id", "planId", "code", "title", "order"]);
export const TASK_COLUMNS = columnsOf<Task>()([
  "id", "agencyId", "planId", "sectionId", "number", "title", "description", "recurrence", "periodStart", "periodEnd",
  "dueDate", "status", "percent", "lastReportAt", "templateKey", "createdById", "createdAt", "updatedAt", "completedAt", "cancelledAt",
]);
export const REPORT_COLUMNS = columnsOf<ProgressReport>()(["id", "agencyId", "taskId", "memberId", "periodStart", "periodEnd", "percent", "result", "obstacles", "proposals", "createdAt", "editedAt"]);

/** `alias."col"` for each column, optionally renamed with a prefix (to tell a join's tables apart). */
export function select(alias: string, cols: readonly string[], prefix = ""): Prisma.Sql {
  return Prisma.raw(cols.map((c) => `${alias}."${c}"${prefix ? ` AS "${prefix}${c}"` : ""}`).join(", "));
}

/** Splits a joined row back into the objects `select(…, prefix)` named; the row's other columns are ignored. */
export function pick<T>(row: Record<string, unknown>, cols: readonly string[], prefix = ""): T {
  const o: Record<string, unknown> = {};
  for (const c of cols) o[c] = row[`${prefix}${c}`];
  return o as T;
}

/**
 * Task statuses as SQL literals, on both databases: PostgreSQL compares and
 * assigns an enum column with a literal, where a text parameter would need a
 * cast. The values are the enum's own names, never user input.
 */
export function statusList(statuses: readonly TaskStatus[]): Prisma.Sql {
  return Prisma.raw(statuses.map((s) => `'${s}'`).join(", "));
}
