import cron, { type ScheduledTask } from "node-cron";
import type { AppDeps } from "../app.js";
import type { Agency } from "../generated/prisma/client.js";
import type { Occurrence, ScheduledJob } from "./job.js";

export interface SchedulerOptions {
  /**
   * How far back a tick looks for due work. Work older than this that never
   * ran (the bot was off for longer) is forgotten, not sent late; every job's
   * own `stillUseful` is the finer rule inside the window.
   */
  lookbackMs?: number;
  /** node-cron expression of the tick; every minute by default. */
  cronExpression?: string;
}

export const DEFAULT_LOOKBACK_MS = 8 * 24 * 3_600_000;

export interface TickReport {
  done: string[];
  skipped: string[];
  failed: string[];
  /** Another process recorded it first (unique-key conflict): nothing done here. */
  lost: string[];
}

/**
 * Durable schedules. The cron tick only asks "what is due?": the answer comes
 * from the database (the jobs' occurrences minus the JobRun rows), so a tick
 * missed while the bot was down is caught up by the next one (or at start-up).
 *
 * Exactly once: for each due occurrence one transaction inserts its JobRun row
 * FIRST (primary key = occurrence key) and then enqueues the messages. Another
 * process doing the same occurrence either waits for that transaction and then
 * hits the unique key (P2002 → it skips), or committed first (and we skip).
 * Either the JobRun row and its messages are committed together, or neither is.
 */
export class Scheduler {
  private task: ScheduledTask | undefined;
  private ticking: Promise<TickReport> | undefined;

  constructor(
    private readonly deps: AppDeps,
    private readonly jobs: readonly ScheduledJob[],
    private readonly opts: SchedulerOptions = {},
  ) {}

  /** Catches up at once, then ticks every minute in the agency time zone. */
  async start(): Promise<TickReport> {
    const first = await this.tickOnce();
    this.task = cron.schedule(this.opts.cronExpression ?? "* * * * *", () => void this.tickOnce(), {
      timezone: this.deps.timezone,
      name: "qcdc-scheduler",
      noOverlap: true,
    });
    return first;
  }

  async stop(): Promise<void> {
    await this.task?.stop();
    this.task = undefined;
    await this.ticking;
  }

  /** A tick that never overlaps another in this process (a slow tick is not run twice). */
  private tickOnce(): Promise<TickReport> {
    if (this.ticking) return this.ticking;
    this.ticking = this.tick().finally(() => (this.ticking = undefined));
    return this.ticking;
  }

  /** Does everything due up to `now`. Tests call it directly with a fake clock. */
  async tick(now: Date = this.deps.clock.now()): Promise<TickReport> {
    const report: TickReport = { done: [], skipped: [], failed: [], lost: [] };
    const from = new Date(now.getTime() - (this.opts.lookbackMs ?? DEFAULT_LOOKBACK_MS));
    const agencies = await this.deps.db.agency.findMany({ orderBy: { id: "asc" } });
    for (const agency of agencies) {
      for (const job of this.jobs) {
        // Nothing is owed for moments before the agency existed (no digest of the week before it joined).
        const since = agency.createdAt > from ? agency.createdAt : from;
        let occs: Occurrence[];
        try {
          occs = (await job.occurrences(this.deps, agency, since, now)).filter((o) => o.dueAt <= now && o.dueAt >= since);
        } catch (err) {
          this.deps.logger.error({ job: job.kind, agencyId: agency.id, err: String(err) }, "scheduler: listing occurrences failed");
          continue;
        }
        if (!occs.length) continue;
        const seen = await this.deps.db.jobRun.findMany({ where: { key: { in: occs.map((o) => o.key) } }, select: { key: true } });
        const done = new Set(seen.map((r) => r.key));
        for (const occ of occs.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())) {
          if (done.has(occ.key)) continue;
          const outcome = await this.runOccurrence(job, agency, occ, now);
          report[outcome].push(occ.key);
        }
      }
    }
    return report;
  }

  private async runOccurrence(job: ScheduledJob, agency: Agency, occ: Occurrence, now: Date): Promise<keyof TickReport> {
    const log = this.deps.logger;
    try {
      return await this.deps.db.$transaction(async (tx) => {
        // The insert comes first: it takes SQLite's write lock, so a second
        // process blocks here until we commit and then fails on the key.
        await tx.jobRun.create({ data: { key: occ.key, kind: job.kind, agencyId: agency.id, dueAt: occ.dueAt, ranAt: now } });
        let skipped: string | undefined;
        if (!job.stillUseful(occ, now)) skipped = "no longer useful after downtime";
        else skipped = (await job.run(tx, this.deps, agency, occ))?.skipped;
        if (skipped !== undefined) {
          await tx.jobRun.update({ where: { key: occ.key }, data: { outcome: "skipped" } });
          log.info({ key: occ.key, dueAt: occ.dueAt.toISOString(), reason: skipped }, "scheduler: skipped");
          return "skipped" as const;
        }
        log.info({ key: occ.key, dueAt: occ.dueAt.toISOString() }, "scheduler: done");
        return "done" as const;
      });
    } catch (err) {
      if (isUniqueViolation(err)) return "lost"; // another process did it
      // Rolled back: no JobRun row, so the next tick tries again.
      log.error({ key: occ.key, err: String(err) }, "scheduler: job failed");
      return "failed";
    }
  }
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "P2002";
}
