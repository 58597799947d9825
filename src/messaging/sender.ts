import { randomBytes } from "node:crypto";
import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logger.js";
import { OutboxStatus } from "../generated/prisma/enums.js";
import type { OutboxMessage } from "../generated/prisma/client.js";
import { RateLimiter } from "./rate-limiter.js";
import { DeliveryError, type Transport } from "./transport.js";
import { markReachable, markUnreachable } from "./unreachable.js";

export interface SenderOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  transport: Transport;
  /** Only rows of this platform are sent by this sender. */
  platform?: string;
  limiter?: RateLimiter;
  /** Injected so that tests run the loop in simulated time (e.g. advance a FakeClock). */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Quiet hours: the instant an agency's messages must wait for, or null to
   * send now. Checked when a message is about to go, so anything queued in
   * the evening (a feedback batch, a retry) waits for the morning too.
   */
  holdUntil?: (agencyId: number, now: Date) => Promise<Date | null>;
  /** How long a claimed message belongs to this process before another may take it. */
  leaseMs?: number;
  /** Network/server errors: attempts before the message is FAILED. */
  maxAttempts?: number;
  /** Longest nap when nothing is due (new rows are seen within this time). */
  idleMs?: number;
}

export const DEFAULT_LEASE_MS = 60_000;
export const DEFAULT_MAX_ATTEMPTS = 5;
const BACKOFF_BASE_MS = 5_000;
const BACKOFF_MAX_MS = 10 * 60_000;

/**
 * The one loop that delivers OutboxMessage rows, paced to Telegram's limits.
 *
 * Each round takes the oldest due message of every chat (so one busy group
 * cannot starve private reminders, and a chat's messages keep their order),
 * keeps those the rate limiter allows now, claims them with one atomic UPDATE
 * guarded by `status = PENDING AND lease free` plus a round token (two
 * processes on one database never both own a message), and sends them in
 * parallel — at most one per chat per round.
 */
export class OutboxSender {
  private readonly limiter: RateLimiter;
  private readonly owner = randomBytes(6).toString("hex");
  private round = 0;
  private stopped = true;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly o: SenderOptions) {
    this.limiter = o.limiter ?? new RateLimiter();
  }

  private get db() {
    return this.o.db;
  }

  /** One round. Returns how long to wait before the next one (0 = go on at once). */
  async runOnce(): Promise<number> {
    const now = this.o.clock.now();
    const nowMs = now.getTime();
    const idleMs = this.o.idleMs ?? 1_000;
    const due = {
      status: OutboxStatus.PENDING,
      platform: this.o.platform ?? "telegram",
      notBefore: { lte: now },
      OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
    };
    const heads = await this.db.outboxMessage.groupBy({ by: ["chatId"], where: due, _min: { id: true } });
    if (!heads.length) {
      const next = await this.db.outboxMessage.aggregate({
        where: { status: OutboxStatus.PENDING, platform: due.platform },
        _min: { notBefore: true },
      });
      const nextAt = next._min.notBefore?.getTime();
      return nextAt === undefined ? idleMs : Math.max(1, Math.min(idleMs, nextAt - nowMs));
    }
    let candidates = await this.db.outboxMessage.findMany({
      where: { id: { in: heads.map((h) => h._min.id!) } },
      orderBy: [{ notBefore: "asc" }, { id: "asc" }],
    });
    candidates = await this.applyQuietHours(candidates, now);

    const picked: OutboxMessage[] = [];
    let minWait = idleMs;
    for (const m of candidates) {
      const wait = this.limiter.waitMs(m.chatId, nowMs);
      if (wait > 0) {
        minWait = Math.min(minWait, wait);
        continue;
      }
      this.limiter.record(m.chatId, nowMs);
      picked.push(m);
    }
    if (!picked.length) return Math.max(1, minWait);

    const token = `${this.owner}:${++this.round}`;
    await this.db.outboxMessage.updateMany({
      where: { ...due, id: { in: picked.map((m) => m.id) } },
      data: { leaseUntil: new Date(nowMs + (this.o.leaseMs ?? DEFAULT_LEASE_MS)), leaseOwner: token },
    });
    const claimed = await this.db.outboxMessage.findMany({ where: { leaseOwner: token, status: OutboxStatus.PENDING } });
    await Promise.all(claimed.map((m) => this.deliverOne(m, token)));
    this.limiter.prune(nowMs);
    return 0;
  }

  private async applyQuietHours(candidates: OutboxMessage[], now: Date): Promise<OutboxMessage[]> {
    const hold = this.o.holdUntil;
    if (!hold) return candidates;
    const agencyIds = [...new Set(candidates.map((m) => m.agencyId).filter((id): id is number => id !== null))];
    const held = new Map<number, Date>();
    for (const id of agencyIds) {
      const until = await hold(id, now);
      if (until && until > now) held.set(id, until);
    }
    if (!held.size) return candidates;
    for (const [agencyId, until] of held) {
      // Pushing notBefore (rather than skipping) keeps the next rounds from re-reading them all night.
      await this.db.outboxMessage.updateMany({
        where: { status: OutboxStatus.PENDING, agencyId, notBefore: { lt: until } },
        data: { notBefore: until },
      });
    }
    return candidates.filter((m) => m.agencyId === null || !held.has(m.agencyId));
  }

  private async deliverOne(m: OutboxMessage, token: string): Promise<void> {
    const mine = { id: m.id, leaseOwner: token };
    try {
      await this.o.transport.deliver({ id: m.id, chatId: m.chatId, kind: m.kind, text: m.text, payload: JSON.parse(m.payload) as Record<string, unknown> });
    } catch (err) {
      await this.onFailure(m, token, err instanceof DeliveryError ? err : new DeliveryError("transient", String(err)));
      return;
    }
    const payload = JSON.parse(m.payload) as Record<string, unknown>;
    const stripped = "photoBase64" in payload; // the picture was delivered; keep the row small
    delete payload.photoBase64;
    await this.db.outboxMessage.updateMany({
      where: mine,
      data: {
        status: OutboxStatus.SENT,
        sentAt: this.o.clock.now(),
        attempts: { increment: 1 },
        leaseUntil: null,
        lastError: null,
        ...(stripped ? { payload: JSON.stringify(payload) } : {}),
      },
    });
    // A private message got through: whatever blocked it before is over.
    if (m.memberId !== null) await markReachable(this.db, m.memberId);
  }

  private async onFailure(m: OutboxMessage, token: string, err: DeliveryError): Promise<void> {
    const now = this.o.clock.now();
    const mine = { id: m.id, leaseOwner: token };
    const log = { outboxId: m.id, chatId: m.chatId, kind: err.kind, error: err.message };
    switch (err.kind) {
      case "rate-limited": {
        // Not the message's fault: not counted as an attempt.
        const until = now.getTime() + (err.retryAfterSec ?? 5) * 1_000;
        this.limiter.pause(m.chatId, until);
        await this.db.outboxMessage.updateMany({ where: mine, data: { notBefore: new Date(until), leaseUntil: null, lastError: err.message } });
        this.o.logger.warn(log, "outbox: rate limited, retrying after retry_after");
        return;
      }
      case "transient": {
        const attempts = m.attempts + 1;
        if (attempts >= (this.o.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)) {
          await this.db.outboxMessage.updateMany({ where: mine, data: { status: OutboxStatus.FAILED, attempts, leaseUntil: null, lastError: err.message } });
          this.o.logger.error({ ...log, attempts }, "outbox: giving up after repeated errors");
          return;
        }
        const backoff = Math.min(BACKOFF_BASE_MS * 2 ** (attempts - 1), BACKOFF_MAX_MS);
        await this.db.outboxMessage.updateMany({
          where: mine,
          data: { attempts, notBefore: new Date(now.getTime() + backoff), leaseUntil: null, lastError: err.message },
        });
        this.o.logger.warn({ ...log, attempts, backoffMs: backoff }, "outbox: delivery failed, backing off");
        return;
      }
      case "blocked":
      case "permanent": {
        await this.db.outboxMessage.updateMany({
          where: mine,
          data: { status: OutboxStatus.FAILED, attempts: { increment: 1 }, leaseUntil: null, lastError: err.message },
        });
        this.o.logger.warn(log, "outbox: message cannot be delivered");
        if (err.kind === "blocked" && m.memberId !== null) await markUnreachable(this.db, m.memberId, now);
        return;
      }
    }
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.loop = (async () => {
      while (!this.stopped) {
        let wait: number;
        try {
          wait = await this.runOnce();
        } catch (err) {
          // A database hiccup (e.g. SQLITE_BUSY) must not kill the loop.
          this.o.logger.error({ err: String(err) }, "outbox: round failed");
          wait = 5_000;
        }
        if (wait > 0 && !this.stopped) await this.pause(wait);
      }
    })();
  }

  /** Finishes the round in flight (messages being sent get their outcome recorded), then stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    this.loop = undefined;
  }

  private pause(ms: number): Promise<void> {
    if (this.o.sleep) return this.o.sleep(ms);
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const self = this;
      function done() {
        clearTimeout(timer);
        self.wake = undefined;
        resolve();
      }
      this.wake = done;
    });
  }
}
