import type { MiddlewareFn } from "grammy";
import type { BotContext } from "./context.js";

const KEEP_DAYS = 3;
const PRUNE_EVERY = 500;

/**
 * Handles each update once. Telegram redelivers an update when a webhook
 * answer was lost or polling restarted before the offset was confirmed.
 *
 * Only the update id and the day are stored (no exact time), so the table
 * cannot date an anonymous feedback submission (docs/anonymity.md).
 */
export function dedupeUpdates(): MiddlewareFn<BotContext> {
  let seen = 0;
  return async (ctx, next) => {
    const { db, clock, logger } = ctx.app;
    const key = `telegram:${ctx.me.id}:${ctx.update.update_id}`;
    const day = startOfUtcDay(clock.now());
    try {
      await db.processedUpdate.create({ data: { key, createdAt: day } });
    } catch (err) {
      if (isUniqueViolation(err)) {
        if (!ctx.anonymous) logger.debug({ update_id: ctx.update.update_id }, "duplicate update skipped");
        return;
      }
      throw err;
    }
    if (++seen % PRUNE_EVERY === 0) {
      const before = new Date(day.getTime() - KEEP_DAYS * 86_400_000);
      await db.processedUpdate.deleteMany({ where: { createdAt: { lt: before } } });
    }
    await next();
  };
}

function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2002";
}
