import { Prisma } from "../generated/prisma/client.js";
import type { Plan, PlanSection, Task } from "../generated/prisma/client.js";
import type { DbOrTx } from "../db/client.js";
import { sqlOf } from "../db/direct-sql.js";
import { PLAN_COLUMNS, SECTION_COLUMNS, TASK_COLUMNS, pick, select, statusList } from "./sql-columns.js";
import { OPEN_STATUSES } from "./task-rules.js";
import { TaskStatus } from "../generated/prisma/enums.js";

/**
 * The reads behind /tiendo, /kehoach and /nhiemvu as typed raw SQL (issue 15):
 * Prisma's model API spends ~0.5 ms of CPU per statement in its query compiler
 * and result mapping, more than the rest of such an update. The statements
 * select the model's own columns (sql-columns.ts), so both drivers type them
 * (DateTime → Date, Int → number, enums → their names) and the rows equal the
 * model types. They run on the driver adapter directly (src/db/direct-sql.ts).
 * tests/db/plan-reads.test.ts checks every reader against the equivalent
 * model-API query on SQLite and PostgreSQL, so the lists cannot drift.
 */

/** An assignee as the overview shows one. */
export interface PlanAssignee {
  taskId: number;
  member: { id: number; fullName: string };
}

/** This year's plan of the agency, or else its most recent one: chosen by the database, one row. */
export async function readCurrentPlan(db: DbOrTx, agencyId: number, year: number): Promise<Plan | null> {
  const rows = await sqlOf(db).query<Plan>(Prisma.sql`
    SELECT ${select("p", PLAN_COLUMNS)} FROM "Plan" p
    WHERE p."agencyId" = ${agencyId}
    ORDER BY CASE WHEN p."year" = ${year} THEN 0 ELSE 1 END, p."year" DESC
    LIMIT 1`);
  return rows[0] ?? null;
}

/** The plan's sections in their order. */
export function readSections(db: DbOrTx, planId: number): Promise<PlanSection[]> {
  return sqlOf(db).query<PlanSection>(Prisma.sql`SELECT ${select("s", SECTION_COLUMNS)} FROM "PlanSection" s WHERE s."planId" = ${planId} ORDER BY s."order"`);
}

/** Every task of the plan, cancelled ones included, by number. */
export function readPlanTasks(db: DbOrTx, planId: number): Promise<Task[]> {
  return sqlOf(db).query<Task>(Prisma.sql`SELECT ${select("t", TASK_COLUMNS)} FROM "Task" t WHERE t."planId" = ${planId} ORDER BY t."number"`);
}

/**
 * Who carries out the plan's tasks, with their names, by task then member. Only
 * members of the agency: a name is never shown across agencies.
 */
export async function readPlanAssignees(db: DbOrTx, planId: number, agencyId: number): Promise<PlanAssignee[]> {
  const rows = await sqlOf(db).query<{ taskId: number; id: number; fullName: string }>(Prisma.sql`
    SELECT ta."taskId", m."id", m."fullName"
    FROM "TaskAssignee" ta JOIN "Task" t ON t."id" = ta."taskId" JOIN "Member" m ON m."id" = ta."memberId"
    WHERE t."planId" = ${planId} AND m."agencyId" = ${agencyId}
    ORDER BY ta."taskId", ta."memberId"`);
  return rows.map((r) => ({ taskId: r.taskId, member: { id: r.id, fullName: r.fullName } }));
}

const SECTION_PREFIX = "section.";

/**
 * A member's tasks with their sections, in one statement (by task number): the
 * open ones of any plan (last year's unfinished work still counts) and the
 * done ones of plans from `doneFromYear` on. Cancelled tasks never.
 */
export async function readMemberTasks(db: DbOrTx, q: { agencyId: number; memberId: number; doneFromYear: number }): Promise<(Task & { section: PlanSection })[]> {
  const rows = await sqlOf(db).query(Prisma.sql`
    SELECT ${select("t", TASK_COLUMNS)}, ${select("s", SECTION_COLUMNS, SECTION_PREFIX)}
    FROM "Task" t
      JOIN "TaskAssignee" ta ON ta."taskId" = t."id" AND ta."memberId" = ${q.memberId}
      JOIN "Plan" p ON p."id" = t."planId"
      JOIN "PlanSection" s ON s."id" = t."sectionId"
    WHERE t."agencyId" = ${q.agencyId}
      AND (t."status" IN (${statusList(OPEN_STATUSES)}) OR (t."status" = ${statusList([TaskStatus.DONE])} AND p."year" >= ${q.doneFromYear}))
    ORDER BY t."number"`);
  return rows.map((r) => ({ ...pick<Task>(r, TASK_COLUMNS), section: pick<PlanSection>(r, SECTION_COLUMNS, SECTION_PREFIX) }));
}
