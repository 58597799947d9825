import type { Db, Tx } from "../db/client.js";
import { dbProviderOf, type DbProvider } from "../db/provider.js";
import { OutboxStatus } from "../generated/prisma/enums.js";
import type { OutboxMessage } from "../generated/prisma/client.js";
import { Prisma } from "../generated/prisma/client.js";
import { enforcedSpan, windowBounds, type RateLimits } from "./rate-limiter.js";

export type { DbProvider } from "../db/provider.js";

/** Which database the client talks to (the generated client's own provider field). */
export function providerOf(db: Db): DbProvider {
  return dbProviderOf(db);
}

/**
 * Serialises claims across every bot instance on the database: the only
 * provider-specific SQL of the sender.
 * - PostgreSQL: a row lock on the platform's OutboxPacer row (`FOR UPDATE`),
 *   held until the claim commits. Other instances' claims wait for it; in READ
 *   COMMITTED their next statements then see this claim's leases and attempts.
 * - SQLite: a write as the transaction's first statement takes the database's
 *   write lock at once (waiting busy_timeout for another process), so no other
 *   claim can read the same pending rows or the same recent attempts meanwhile.
 * A single lock rather than `SKIP LOCKED` on the messages: the pacing decision
 * needs every instance's recent sends, so claims must be serialised anyway;
 * a claim takes a few milliseconds, at most a few dozen times per second.
 */
export async function lockPacing(tx: Tx, provider: DbProvider, platform: string): Promise<void> {
  await tx.$executeRaw`INSERT INTO "OutboxPacer" ("platform") VALUES (${platform}) ON CONFLICT ("platform") DO NOTHING`;
  if (provider === "postgresql") await tx.$queryRaw`SELECT "platform" FROM "OutboxPacer" WHERE "platform" = ${platform} FOR UPDATE`;
}

/** The bot-wide window is full of sends still in flight: look again this soon (they answer within a round trip). */
const IN_FLIGHT_POLL_MS = 25;

export interface ClaimRequest {
  platform: string;
  provider: DbProvider;
  limits: RateLimits;
  leaseMs: number;
  /** Unique per claim; stored in `leaseOwner` and required by every later write. */
  token: string;
  /**
   * At most this many rows per claim. A crash between Telegram's answers and
   * their commit duplicates what the process had in flight, so smaller batches
   * bound that loss (and spread the sends within the second).
   */
  maxPerClaim: number;
  now: () => Date;
  /**
   * Only rows of these categories (a platform with a monthly quota, Zalo:
   * docs/zalo-budget.md); absent = every row. Held rows do not block the
   * chat's later rows of an allowed category.
   */
  categories?: readonly string[];
}

export interface ClaimResult {
  rows: OutboxMessage[];
  leaseUntil?: Date;
  /** Nothing claimed: the bot-wide window is full for this long; null = no chat has a sendable message (ask `nextWake`). */
  waitMs?: number | null;
}

/**
 * One claim, in one transaction under the pacing lock: counts the recent
 * attempts of all instances, selects only the messages that may go now (at most
 * the bot-wide budget), and stamps them with the lease, the token and the
 * attempt instant. The caller sends right after the commit.
 */
export async function claimSendable(db: Db, r: ClaimRequest): Promise<ClaimResult> {
  return db.$transaction(async (tx) => {
    await lockPacing(tx, r.provider, r.platform);
    const nowMs = r.now().getTime();
    const { global } = r.limits;
    const g = windowBounds(global, r.limits, nowMs);
    const recent = await tx.outboxMessage.findMany({
      where: { platform: r.platform, attemptedAt: { gt: g.since, lte: g.until } },
      select: { attemptedAt: true },
      orderBy: { attemptedAt: "desc" },
      take: global.max,
    });
    if (recent.length >= global.max) {
      // The oldest of the last `max` attempts must leave the window first.
      return { rows: [], waitMs: recent.at(-1)!.attemptedAt!.getTime() + enforcedSpan(global, r.limits) - nowMs };
    }
    if (r.categories?.length === 0) return { rows: [], waitMs: null };
    // Sends still in flight (any instance) whose recorded start has left the
    // window: their arrival at the API is unknown until they answer, so they
    // still count (rate-limiter.ts, "when a send arrives").
    const inFlight = await tx.outboxMessage.count({
      where: { platform: r.platform, status: OutboxStatus.PENDING, leaseUntil: { gte: new Date(nowMs) }, attemptedAt: { lte: g.since } },
    });
    const room = global.max - recent.length - inFlight;
    if (room <= 0) return { rows: [], waitMs: IN_FLIGHT_POLL_MS };
    const ids = await selectSendable(tx, r, nowMs, Math.min(room, r.maxPerClaim));
    if (!ids.length) return { rows: [], waitMs: null };
    // The attempt instant as late as possible: right before the commit and the HTTP calls.
    const at = new Date(Math.max(r.now().getTime(), nowMs));
    const leaseUntil = new Date(at.getTime() + r.leaseMs);
    await tx.outboxMessage.updateMany({
      where: { id: { in: ids }, status: OutboxStatus.PENDING, OR: [{ leaseUntil: null }, { leaseUntil: { lt: new Date(nowMs) } }] },
      data: { leaseOwner: r.token, leaseUntil, attemptedAt: at },
    });
    const rows = await tx.outboxMessage.findMany({ where: { leaseOwner: r.token, status: OutboxStatus.PENDING }, orderBy: { id: "asc" } });
    return { rows, leaseUntil };
  });
}

/**
 * Ids of the messages that may be sent now, oldest due first, at most `budget`:
 * the oldest due message of its chat (a chat's messages keep their order),
 * nothing of that chat in flight (leased by any instance), and room in the
 * chat's own window (group or private, by the row's `chatKind`). Only ids: the full rows are read for
 * the few claimed ones.
 */
async function selectSendable(tx: Tx, r: ClaimRequest, nowMs: number, budget: number): Promise<number[]> {
  const now = new Date(nowMs);
  const grp = windowBounds(r.limits.group, r.limits, nowMs);
  const prv = windowBounds(r.limits.private, r.limits, nowMs);
  const only = (col: string) => (r.categories ? Prisma.sql`AND ${Prisma.raw(col)} IN (${Prisma.join(r.categories)})` : Prisma.empty);
  const rows = await tx.$queryRaw<{ id: number | bigint }[]>`
    SELECT m."id" FROM "OutboxMessage" m
    WHERE m."status" = 'PENDING' AND m."platform" = ${r.platform} AND m."notBefore" <= ${now}
      AND (m."leaseUntil" IS NULL OR m."leaseUntil" < ${now}) ${only('m."category"')}
      AND NOT EXISTS (SELECT 1 FROM "OutboxMessage" o
        WHERE o."chatId" = m."chatId" AND o."status" = 'PENDING' AND o."platform" = m."platform"
          AND o."id" < m."id" AND o."notBefore" <= ${now} ${only('o."category"')})
      AND NOT EXISTS (SELECT 1 FROM "OutboxMessage" o
        WHERE o."chatId" = m."chatId" AND o."status" = 'PENDING' AND o."platform" = m."platform"
          AND o."leaseUntil" >= ${now})
      AND (
        (m."chatKind" = 'group' AND (SELECT COUNT(*) FROM "OutboxMessage" o
          WHERE o."chatId" = m."chatId" AND o."platform" = m."platform"
            AND o."attemptedAt" > ${grp.since} AND o."attemptedAt" <= ${grp.until}) < ${r.limits.group.max})
        OR (m."chatKind" <> 'group' AND (SELECT COUNT(*) FROM "OutboxMessage" o
          WHERE o."chatId" = m."chatId" AND o."platform" = m."platform"
            AND o."attemptedAt" > ${prv.since} AND o."attemptedAt" <= ${prv.until}) < ${r.limits.private.max})
      )
    ORDER BY m."notBefore", m."id"
    LIMIT ${budget}`;
  return rows.map((row) => Number(row.id));
}

/**
 * Nothing could be claimed: milliseconds until something may change — a
 * message falls due, a lease (of a crashed instance) expires, or a chat with a
 * due message gets room in its window — at most `idleMs`.
 */
export async function nextWake(db: Db, platform: string, limits: RateLimits, nowMs: number, idleMs: number): Promise<number> {
  const now = new Date(nowMs);
  const grp = windowBounds(limits.group, limits, nowMs);
  const prv = windowBounds(limits.private, limits, nowMs);
  const [row] = await db.$queryRaw<{ due: unknown; lease: unknown; grp: unknown; prv: unknown }[]>`
    SELECT
      (SELECT MIN("notBefore") FROM "OutboxMessage" WHERE "status" = 'PENDING' AND "platform" = ${platform} AND "notBefore" > ${now}) AS "due",
      (SELECT MIN("leaseUntil") FROM "OutboxMessage" WHERE "status" = 'PENDING' AND "platform" = ${platform} AND "leaseUntil" >= ${now}) AS "lease",
      (SELECT MIN(o."attemptedAt") FROM "OutboxMessage" o
        WHERE o."platform" = ${platform} AND o."chatKind" = 'group' AND o."attemptedAt" > ${grp.since} AND o."attemptedAt" <= ${now}
          AND EXISTS (SELECT 1 FROM "OutboxMessage" p WHERE p."chatId" = o."chatId" AND p."status" = 'PENDING' AND p."notBefore" <= ${now})) AS "grp",
      (SELECT MIN(o."attemptedAt") FROM "OutboxMessage" o
        WHERE o."platform" = ${platform} AND o."chatKind" <> 'group' AND o."attemptedAt" > ${prv.since} AND o."attemptedAt" <= ${now}
          AND EXISTS (SELECT 1 FROM "OutboxMessage" p WHERE p."chatId" = o."chatId" AND p."status" = 'PENDING' AND p."notBefore" <= ${now})) AS "prv"`;
  const at = (v: unknown, plus = 0) => (v === null || v === undefined ? Infinity : new Date(v as string | Date).getTime() + plus);
  const wake = Math.min(
    nowMs + idleMs,
    at(row?.due),
    at(row?.lease, 1),
    at(row?.grp, enforcedSpan(limits.group, limits)),
    at(row?.prv, enforcedSpan(limits.private, limits)),
  );
  return Math.max(1, wake - nowMs);
}
