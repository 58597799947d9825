import path from "node:path";
import type { AppDeps } from "../../app.js";
import type { Agency } from "../../generated/prisma/client.js";
import { backupDatabase, backupFileName, databaseKind, NIGHTLY_PREFIX, pruneNightlyBackups } from "../../ops/backup.js";
import type { Occurrence, ScheduledJob } from "../job.js";
import { DAY_MS } from "./common.js";
import { addDays, localDay } from "../../time/local-day.js";
import { atLocal } from "../../time/local-time.js";

/**
 * The nightly backup (BACKUP_TIME, default 02:30 local; BACKUP_TIME=off turns
 * it off), then retention (BACKUP_KEEP_DAYS). See docs/deploy.md.
 *
 * Once per night, across restarts and instances: the occurrence key is the
 * night (`nightly-backup:2026-12-01`), not per agency, and the scheduler's
 * JobRun row makes it run once. The scheduler asks per agency; only the
 * agency with the lowest id answers, so the key is asked for once per tick.
 *
 * The copy is made AFTER the JobRun transaction, not inside it: that
 * transaction holds the database's write lock, and a copy of a large database
 * would keep every other writer waiting (and failing after the busy timeout).
 * The price: a process killed in the middle of the copy loses that night's
 * backup (at most once, not at least once); the failure is logged at error level.
 */
export const nightlyBackupJob: ScheduledJob = {
  kind: "nightly-backup",

  async occurrences(deps: AppDeps, agency: Agency, from: Date, to: Date): Promise<Occurrence[]> {
    const at = deps.backup?.nightlyAt;
    if (!at) return [];
    const first = await deps.db.agency.findFirst({ orderBy: { id: "asc" }, select: { id: true } });
    if (first?.id !== agency.id) return [];
    // Only the latest night in range: after a long outage one backup is enough.
    let day = localDay(to, deps.timezone);
    if (atLocal(day, at, deps.timezone) > to) day = addDays(day, -1);
    const dueAt = atLocal(day, at, deps.timezone);
    return dueAt >= from ? [{ key: `nightly-backup:${day}`, dueAt }] : [];
  },

  stillUseful(occ: Occurrence, now: Date): boolean {
    return now.getTime() - occ.dueAt.getTime() < DAY_MS;
  },

  async run(_tx, deps): Promise<void> {
    const settings = deps.backup!;
    const started = runNightlyBackup(deps).catch((err: unknown) =>
      deps.logger.error({ err: String(err), dir: settings.dir }, "nightly backup failed"),
    );
    inFlight = started.finally(() => (inFlight = undefined));
  },
};

let inFlight: Promise<void> | undefined;

/** The nightly backup started by the last run, if it is still going (tests and shutdown wait on it). */
export function nightlyBackupInFlight(): Promise<void> {
  return inFlight ?? Promise.resolve();
}

async function runNightlyBackup(deps: AppDeps): Promise<void> {
  const settings = deps.backup!;
  // A turn of the event loop first, so the scheduler's transaction has committed.
  await new Promise((r) => setImmediate(r));
  const now = deps.clock.now();
  const file = path.join(settings.dir, backupFileName(databaseKind(settings.databaseUrl), now, NIGHTLY_PREFIX));
  const r = await backupDatabase(settings.databaseUrl, file);
  const removed = pruneNightlyBackups(settings.dir, settings.keepDays, now);
  deps.logger.info({ file: r.file, bytes: r.bytes, ms: Math.round(r.ms), removed: removed.length }, "nightly backup written");
}
