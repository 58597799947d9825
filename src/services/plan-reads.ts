import { Prisma } from "../generated/prisma/client.js";
import type { Plan, PlanSection, Task } from "../generated/prisma/client.js";
import type { DbOrTx } from "../db/client.js";
import { OPEN_STATUSES } from "./task-rules.js";
import { TaskStatus } from "../generated/prisma/enums.js";

/**
 * The reads behind /tiendo, /kehoach and /nhiemvu as typed raw SQL (issue 15):
 * Prisma's model API spends ~0.5 ms of CPU per statement in its query compiler
 * and result mapping, more than the rest of such an update. The statements
 * select the model's own columns, so both drivers type them (DateTime → Date,
 * Int → number, enums → their names) and the rows equal the model types.
 * tests/db/plan-reads.test.ts checks every reader against the equivalent
 * model-API query on SQLite and PostgreSQL, so the lists cannot drift.
 */

/** The column list of a model, checked by the compiler to name every field (a new column fails to build here). */
function columnsOf<T>() {
  return <const L extends readonly (keyof T & string)[]>(list: L & (Exclude<keyof T, L[number]> extends never ? unknown : { missing: Exclude<keyof T, L[number]> })) => list;
}

const PLAN_COLUMNS = columnsOf<Plan>()(["id", "agencyId", "year", "title", "symbol", "issuedAt", "templateId", "createdById", "createdAt"]);
const SECTION_COLUMNS = columnsOf<PlanSection>()(["id", "planId", "code", "title", "order"]);
const TASK_COLUMNS = columnsOf<Task>()([
  "id", "agencyId", "planId", "sectionId", "number", "title", "description", "recurrence", "periodStart", "periodEnd",
  "dueDate", "status", "percent", "lastReportAt", "templateKey", "createdById", "createdAt", "updatedAt", "completedAt", "cancelledAt",
]);

/** `alias."col"` for each column, optionally renamed with a prefix (to tell a join's tables apart). */
function select(alias: string, cols: readonly string[], prefix = ""): Prisma.Sql {
  return Prisma.raw(cols.map((c) => `${alias}."${c}"${prefix ? ` AS "${prefix}${c}"` : ""}`).join(", "));
}

/** The statuses as SQL literals: PostgreSQL compares an enum column with a literal, not with a text parameter. */
function statusList(statuses: readonly TaskStatus[]): Prisma.Sql {
  return Prisma.raw(statuses.map((s) => `'${s}'`).join(", "));
}

/** An assignee as the overview shows one. */
export interface PlanAssignee {
  taskId: number;
  member: { id: number; fullName: string };
}

/** This year's plan of the agency, or else its most recent one: chosen by the database, one row. */
export async function readCurrentPlan(db: DbOrTx, agencyId: number, year: number): Promise<Plan | null> {
  const rows = await db.$queryRaw<Plan[]>`
    SELECT ${select("p", PLAN_COLUMNS)} FROM "Plan" p
    WHERE p."agencyId" = ${agencyId}
    ORDER BY CASE WHEN p."year" = ${year} THEN 0 ELSE 1 END, p."year" DESC
    LIMIT 1`;
  return rows[0] ?? null;
}

/** The plan's sections in their order. */
export function readSections(db: DbOrTx, planId: number): Promise<PlanSection[]> {
  return db.$queryRaw<PlanSection[]>`SELECT ${select("s", SECTION_COLUMNS)} FROM "PlanSection" s WHERE s."planId" = ${planId} ORDER BY s."order"`;
}

/** Every task of the plan, cancelled ones included, by number. */
export function readPlanTasks(db: DbOrTx, planId: number): Promise<Task[]> {
  return db.$queryRaw<Task[]>`SELECT ${select("t", TASK_COLUMNS)} FROM "Task" t WHERE t."planId" = ${planId} ORDER BY t."number"`;
}

/**
 * Who carries out the plan's tasks, with their names, by task then member. Only
 * members of the agency: a name is never shown across agencies.
 */
export async function readPlanAssignees(db: DbOrTx, planId: number, agencyId: number): Promise<PlanAssignee[]> {
  const rows = await db.$queryRaw<{ taskId: number; id: number; fullName: string }[]>`
    SELECT ta."taskId", m."id", m."fullName"
    FROM "TaskAssignee" ta JOIN "Task" t ON t."id" = ta."taskId" JOIN "Member" m ON m."id" = ta."memberId"
    WHERE t."planId" = ${planId} AND m."agencyId" = ${agencyId}
    ORDER BY ta."taskId", ta."memberId"`;
  return rows.map((r) => ({ taskId: r.taskId, member: { id: r.id, fullName: r.fullName } }));
}

const SECTION_PREFIX = "section.";

/**
 * A member's tasks with their sections, in one statement (by task number): the
 * open ones of any plan (last year's unfinished work still counts) and the
 * done ones of plans from `doneFromYear` on. Cancelled tasks never.
 */
export async function readMemberTasks(db: DbOrTx, q: { agencyId: number; memberId: number; doneFromYear: number }): Promise<(Task & { section: PlanSection })[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT ${select("t", TASK_COLUMNS)}, ${select("s", SECTION_COLUMNS, SECTION_PREFIX)}
    FROM "Task" t
      JOIN "TaskAssignee" ta ON ta."taskId" = t."id" AND ta."memberId" = ${q.memberId}
      JOIN "Plan" p ON p."id" = t."planId"
      JOIN "PlanSection" s ON s."id" = t."sectionId"
    WHERE t."agencyId" = ${q.agencyId}
      AND (t."status" IN (${statusList(OPEN_STATUSES)}) OR (t."status" = ${statusList([TaskStatus.DONE])} AND p."year" >= ${q.doneFromYear}))
    ORDER BY t."number"`;
  return rows.map((r) => {
    const task: Record<string, unknown> = {};
    const section: Record<string, unknown> = {};
    for (const c of TASK_COLUMNS) task[c] = r[c];
    for (const c of SECTION_COLUMNS) section[c] = r[`${SECTION_PREFIX}${c}`];
    return { ...(task as unknown as Task), section: section as unknown as PlanSection };
  });
}
