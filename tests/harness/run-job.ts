import type { Occurrence, ScheduledJob } from "../../src/scheduler/job.js";
import type { TestBot } from "./test-bot.js";

/**
 * Runs a scheduled job the way the scheduler contract describes (src/scheduler/job.ts):
 * for each agency, the occurrences due in [from, to], each in its own
 * transaction with its JobRun row. Lets a test say "it is now 16:00" without
 * depending on the scheduler's tick loop.
 */
export async function runJobNow(t: TestBot, job: ScheduledJob, from: Date, to: Date = t.clock.now()): Promise<Occurrence[]> {
  const ran: Occurrence[] = [];
  for (const agency of await t.db.agency.findMany({ orderBy: { id: "asc" } })) {
    for (const occ of await job.occurrences(t.deps, agency, from, to)) {
      const done = await t.db.jobRun.findUnique({ where: { key: occ.key } });
      if (done) continue;
      await t.db.$transaction(async (tx) => {
        await tx.jobRun.create({ data: { key: occ.key, kind: job.kind, agencyId: agency.id, dueAt: occ.dueAt, ranAt: t.clock.now() } });
        await job.run(tx, t.deps, agency, occ);
      });
      ran.push(occ);
    }
  }
  return ran;
}
