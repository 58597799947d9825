import type { MiddlewareFn } from "grammy";
import type { BotContext } from "./context.js";
import { setBounded } from "../security/bounded-map.js";
import { providerOf } from "../messaging/claim.js";
import { sqlOf } from "../db/direct-sql.js";
import { Prisma } from "../generated/prisma/client.js";
import { dedupeKey, updateStart } from "./update-start.js";

const KEEP_DAYS = 3;
const PRUNE_EVERY = 500;
/**
 * Anonymous updates are remembered in memory only (docs/anonymity.md): a row
 * would put their update ids, consecutive with the sender's logged ones, on
 * disk. Telegram redelivers within minutes or after a restart (memory gone,
 * the anonymous flow is in memory too), so a bounded recent set is enough.
 */
const ANONYMOUS_KEEP = 10_000;

/**
 * Handles each update once. Telegram redelivers an update when a webhook
 * answer was lost or polling restarted before the offset was confirmed.
 *
 * The row is written once the update is handled (even if it failed): an
 * update interrupted by a crash has no row, so its redelivery after the
 * restart is handled, not skipped (updates are confirmed to Telegram only
 * once handled, docs/architecture.md). A copy arriving while the first is
 * still being handled is skipped by the in-memory set of updates in flight.
 *
 * Only the update id and the day are stored (no exact time). Anonymous
 * updates get no row at all, only an entry in memory (docs/anonymity.md).
 */
export function dedupeUpdates(): MiddlewareFn<BotContext> {
  let seen = 0;
  const inFlight = new Set<string>();
  const anonymousHandled = new Map<string, true>();
  return async (ctx, next) => {
    const { db, clock, logger } = ctx.app;
    const key = dedupeKey(ctx);
    if (ctx.anonymous) {
      if (inFlight.has(key) || anonymousHandled.has(key)) return;
      inFlight.add(key);
      try {
        await next();
      } finally {
        inFlight.delete(key);
        setBounded(anonymousHandled, key, true, ANONYMOUS_KEEP);
      }
      return;
    }
    if (inFlight.has(key) || (await updateStart(ctx)).seen) {
      if (!ctx.anonymous) logger.debug({ update_id: ctx.update.update_id }, "duplicate update skipped");
      return;
    }
    inFlight.add(key);
    try {
      await next();
    } finally {
      inFlight.delete(key);
      await markHandled(db, key, startOfUtcDay(clock.now()));
    }
    if (++seen % PRUNE_EVERY === 0) {
      const before = new Date(startOfUtcDay(clock.now()).getTime() - KEEP_DAYS * 86_400_000);
      await db.processedUpdate.deleteMany({ where: { createdAt: { lt: before } } });
    }
  };
}

/**
 * A raw insert that ignores a row already there (a copy handled by another
 * instance meanwhile): one statement, without the model API's query compiler
 * and its RETURNING, on the driver adapter directly (issue 15,
 * src/db/direct-sql.ts). The day is bound as the text Prisma itself stores on
 * SQLite, so the pruning below compares like with like.
 */
async function markHandled(db: BotContext["app"]["db"], key: string, day: Date): Promise<void> {
  const at = providerOf(db) === "postgresql" ? day : day.toISOString().replace("Z", "+00:00");
  await sqlOf(db).execute(Prisma.sql`INSERT INTO "ProcessedUpdate" ("key", "createdAt") VALUES (${key}, ${at}) ON CONFLICT ("key") DO NOTHING`);
}

function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2002";
}
