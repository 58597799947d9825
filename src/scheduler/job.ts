import type { Tx } from "../db/client.js";
import type { AppDeps } from "../app.js";
import type { Agency } from "../generated/prisma/client.js";

/**
 * One moment at which a piece of scheduled work is due, for one agency.
 * `key` is unique for "what + for which moment" (e.g.
 * `meeting-reminder:7d:meeting=12`), and becomes the JobRun primary key.
 */
export interface Occurrence {
  key: string;
  dueAt: Date;
  /** JSON-safe data the job needs to run (ids, labels). */
  data?: Record<string, unknown>;
}

/**
 * A kind of scheduled work. The scheduler (src/scheduler/) only ticks: on each
 * tick it asks every job which occurrences are due up to now and not yet in
 * JobRun, then for each one opens a transaction, inserts the JobRun row
 * (a unique-key conflict means another process did it: skip) and calls `run`,
 * which enqueues messages with `enqueueMessage(tx, …)` in that same transaction.
 */
export interface ScheduledJob {
  kind: string;
  /** Occurrences for this agency whose due time lies in [from, to]. */
  occurrences(deps: AppDeps, agency: Agency, from: Date, to: Date): Promise<Occurrence[]>;
  /**
   * After downtime: is an occurrence that fell due at `occ.dueAt` still worth
   * doing at `now`? (A reminder for a meeting that has not happened yet: yes.
   * A reminder for yesterday's meeting: no — it is recorded as skipped.)
   */
  stillUseful(occ: Occurrence, now: Date): boolean;
  /**
   * Does the work. May return `{ skipped: reason }` when, looking at the data
   * inside the transaction, there turned out to be nothing worth sending (the
   * task was finished meanwhile, the kind of message is switched off): the
   * JobRun is then recorded with outcome "skipped" and the reason logged.
   */
  run(tx: Tx, deps: AppDeps, agency: Agency, occ: Occurrence): Promise<void | RunResult>;
}

export interface RunResult {
  skipped: string;
}
