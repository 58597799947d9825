import { Prisma } from "../generated/prisma/client.js";
import type { PlanSection, Task } from "../generated/prisma/client.js";
import { TaskStatus } from "../generated/prisma/enums.js";
import type { DbOrTx } from "../db/client.js";
import { sqlOf } from "../db/direct-sql.js";
import { OPEN_STATUSES } from "./task-rules.js";
import { SECTION_COLUMNS, pick, select, statusList } from "./sql-columns.js";

/**
 * What /tiendo shows, counted and chosen by the database (issue 15): the
 * states per section as sums, and only the overdue tasks with their owners,
 * instead of every task of the plan with every column and every assignee
 * (at 200 tasks, reading and converting those rows was a quarter of the
 * command). The states are taskState's (task-rules.ts): cancelled tasks do not
 * count; done; overdue = open with a due date before now; else in progress or
 * not started. tests/db/plan-reads.test.ts compares both with PlanService.overview
 * on SQLite and PostgreSQL. Dates compare as bound, like the period roll.
 */

export interface SectionCounts {
  section: PlanSection;
  done: number;
  inProgress: number;
  overdue: number;
  notStarted: number;
  total: number;
}

export type OverdueTask = Pick<Task, "id" | "number" | "title" | "dueDate" | "percent"> & { assignees: { member: { id: number; fullName: string } }[] };

/** Each section of the plan (in its order) with its tasks counted by state. */
export async function readSectionCounts(db: DbOrTx, planId: number, now: Date): Promise<SectionCounts[]> {
  const overdue = Prisma.sql`t."status" IN (${statusList(OPEN_STATUSES)}) AND t."dueDate" < ${now}`;
  const rows = await sqlOf(db).query(Prisma.sql`
    SELECT ${select("s", SECTION_COLUMNS)},
      COUNT(t."id") AS "total",
      COALESCE(SUM(CASE WHEN t."status" = ${statusList([TaskStatus.DONE])} THEN 1 ELSE 0 END), 0) AS "done",
      COALESCE(SUM(CASE WHEN ${overdue} THEN 1 ELSE 0 END), 0) AS "overdue",
      COALESCE(SUM(CASE WHEN t."status" = ${statusList([TaskStatus.IN_PROGRESS])} AND NOT (${overdue}) THEN 1 ELSE 0 END), 0) AS "inProgress"
    FROM "PlanSection" s
      LEFT JOIN "Task" t ON t."sectionId" = s."id" AND t."planId" = s."planId" AND t."status" <> ${statusList([TaskStatus.CANCELLED])}
    WHERE s."planId" = ${planId}
    GROUP BY s."id"
    ORDER BY s."order"`);
  return rows.map((r) => {
    const [total, done, late, inProgress] = [r.total, r.done, r.overdue, r.inProgress].map(Number) as [number, number, number, number];
    return { section: pick<PlanSection>(r, SECTION_COLUMNS), done, inProgress, overdue: late, notStarted: total - done - late - inProgress, total };
  });
}

/**
 * The plan's overdue tasks, earliest due first (then by number), each with
 * its owners of the agency (a name is never shown across agencies), in one
 * statement: a row per task and owner.
 */
export async function readOverdueWithOwners(db: DbOrTx, q: { planId: number; agencyId: number; now: Date }): Promise<OverdueTask[]> {
  const rows = await sqlOf(db).query<{ id: number; number: number; title: string; dueDate: Date; percent: number; memberId: number | null; fullName: string | null }>(Prisma.sql`
    SELECT t."id", t."number", t."title", t."dueDate", t."percent", m."id" AS "memberId", m."fullName"
    FROM "Task" t
      LEFT JOIN "TaskAssignee" ta ON ta."taskId" = t."id"
      LEFT JOIN "Member" m ON m."id" = ta."memberId" AND m."agencyId" = ${q.agencyId}
    WHERE t."planId" = ${q.planId} AND t."status" IN (${statusList(OPEN_STATUSES)}) AND t."dueDate" < ${q.now}
    ORDER BY t."dueDate", t."number", ta."memberId"`);
  const tasks: OverdueTask[] = [];
  for (const r of rows) {
    let last = tasks.at(-1);
    if (last?.id !== r.id) tasks.push((last = { id: r.id, number: r.number, title: r.title, dueDate: r.dueDate, percent: r.percent, assignees: [] }));
    if (r.memberId !== null) last.assignees.push({ member: { id: r.memberId, fullName: r.fullName! } });
  }
  return tasks;
}
