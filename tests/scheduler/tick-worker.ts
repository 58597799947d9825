/**
 * A second process for the "two instances on one database" test: opens the
 * database file, waits for a shared start instant (so both processes race),
 * runs one scheduler tick at a fixed simulated time and prints its report.
 * Usage: node --import tsx tick-worker.ts <databaseUrl> <simulatedNowIso> <startAtEpochMs>
 */
import { FakeClock } from "../../src/clock.js";
import { createDb } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { createServices } from "../../src/services/index.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { deadlineRemindersJob } from "../../src/scheduler/jobs/deadline-reminders.js";
import { overdueListJob } from "../../src/scheduler/jobs/overdue-list.js";
import { weeklyDigestJob } from "../../src/scheduler/jobs/weekly-digest.js";
import { reportDeadlinesJob } from "../../src/scheduler/jobs/report-deadlines.js";
import { quarterlySummaryJob } from "../../src/scheduler/jobs/quarterly-summary.js";

const [url, nowIso, startAt] = process.argv.slice(2) as [string, string, string];
const db = createDb(url);
const clock = new FakeClock(nowIso);
const timezone = "Asia/Ho_Chi_Minh";
const deps = {
  db,
  clock,
  logger: createLogger("silent"),
  services: createServices({ db, clock, timezone }),
  adminIds: new Set<string>(),
  timezone,
};
const scheduler = new Scheduler(deps, [deadlineRemindersJob, overdueListJob, weeklyDigestJob, reportDeadlinesJob, quarterlySummaryJob]);
await db.$queryRawUnsafe("SELECT 1"); // connect before the barrier
while (Date.now() < Number(startAt)) await new Promise((r) => setTimeout(r, 5));
const report = await scheduler.tick();
process.stdout.write(JSON.stringify(report));
await db.$disconnect();
