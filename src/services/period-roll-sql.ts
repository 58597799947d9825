import { Prisma } from "../generated/prisma/client.js";
import type { Db } from "../db/client.js";
import { sqlOf } from "../db/direct-sql.js";
import type { Task } from "../generated/prisma/client.js";

export type EndedPeriod = Pick<Task, "id" | "recurrence" | "periodEnd" | "planId">;

/**
 * Recurring tasks whose period has ended (`TaskService.rollPeriods`). It runs
 * before every /baocao, /tiendo, /nhiemvu and /kehoach and nearly always finds
 * nothing, so it is one raw statement on the (status, periodEnd) index rather
 * than a model-API query compiled anew each time (issue 15), run on the driver
 * adapter directly (src/db/direct-sql.ts). tests/services/plan.test.ts covers
 * the roll on both databases.
 */
export function endedPeriods(db: Db, now: Date, agencyId?: number): Promise<EndedPeriod[]> {
  const agency = agencyId !== undefined ? Prisma.sql`AND "agencyId" = ${agencyId}` : Prisma.empty;
  return sqlOf(db).query<EndedPeriod>(Prisma.sql`
    SELECT "id", "recurrence", "periodEnd", "planId" FROM "Task"
    WHERE "status" <> 'CANCELLED' AND "periodEnd" < ${now} AND "recurrence" <> 'NONE' ${agency}`);
}
