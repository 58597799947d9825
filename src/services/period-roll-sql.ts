import { Prisma } from "../generated/prisma/client.js";
import type { Db } from "../db/client.js";
import type { Task } from "../generated/prisma/client.js";

export type EndedPeriod = Pick<Task, "id" | "recurrence" | "periodEnd" | "planId">;

/**
 * Recurring tasks whose period has ended (`TaskService.rollPeriods`). It runs
 * before every /baocao, /tiendo, /nhiemvu and /kehoach and nearly always finds
 * nothing, so it is one raw statement on the (status, periodEnd) index rather
 * than a model-API query compiled anew each time (issue 15: ~0.6 ms against
 * ~0.1 ms of CPU). tests/services/plan.test.ts covers the roll on both databases.
 */
export function endedPeriods(db: Db, now: Date, agencyId?: number): Promise<EndedPeriod[]> {
  const agency = agencyId !== undefined ? Prisma.sql`AND "agencyId" = ${agencyId}` : Prisma.empty;
  return db.$queryRaw<EndedPeriod[]>`
    SELECT "id", "recurrence", "periodEnd", "planId" FROM "Task"
    WHERE "status" <> 'CANCELLED' AND "periodEnd" < ${now} AND "recurrence" <> 'NONE' ${agency}`;
}
