import { randomBytes } from "node:crypto";
import type { Clock } from "../clock.js";
import type { Db, Tx } from "../db/client.js";
import type { Logger } from "../logger.js";
import { OutboxStatus } from "../generated/prisma/enums.js";
import type { OutboxMessage } from "../generated/prisma/client.js";
import { claimSendable, nextWake, providerOf, type DbProvider } from "./claim.js";
import { OutcomeWriter } from "./outcome-writer.js";
import { TELEGRAM_LIMITS, type RateLimits } from "./rate-limiter.js";
import { DeliveryError, type Transport } from "./transport.js";
import { markUnreachable } from "./unreachable.js";

export interface SenderOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  transport: Transport;
  /** Only rows of this platform are sent by this sender. */
  platform?: string;
  /** Pacing windows, shared by all instances on the database (default: TELEGRAM_LIMITS). */
  limits?: RateLimits;
  /** Injected so that tests run the loop in simulated time (e.g. advance a FakeClock). */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Quiet hours: the instant an agency's messages must wait for, or null to
   * send now. Checked before every claim, so anything queued in the evening
   * (a feedback batch, a retry) waits for the morning too.
   */
  holdUntil?: (agencyId: number, now: Date) => Promise<Date | null>;
  /** How long a claimed message belongs to this process before another may take it. */
  leaseMs?: number;
  /** Network/server errors: attempts before the message is FAILED. */
  maxAttempts?: number;
  /** Longest nap when nothing is due (new rows are seen within this time). */
  idleMs?: number;
  /** Defaults to the client's own provider. */
  provider?: DbProvider;
  /**
   * A platform with a monthly quota (Zalo, docs/zalo-budget.md): the outbox
   * categories that may go now (none = hold everything); asked before every claim.
   */
  categories?: (now: Date) => Promise<readonly string[]>;
  /** The platform said its quota is used up (a `quota-exceeded` failure): hold and tell. */
  onQuotaExceeded?: (now: Date) => Promise<void>;
}

export const DEFAULT_LEASE_MS = 60_000;
export const DEFAULT_MAX_ATTEMPTS = 5;
const BACKOFF_BASE_MS = 5_000;
const BACKOFF_MAX_MS = 10 * 60_000;

/**
 * The one loop that delivers OutboxMessage rows, paced to Telegram's limits,
 * shared with any other instance on the same database.
 *
 * A round: (1) quiet hours push the held agencies' due rows to the morning;
 * (2) one claim transaction under the pacing lock selects what may go now and
 * stamps it with a lease, this claim's token and the attempt instant
 * (`claim.ts`), at most a fifth of the bot-wide rate at a time; (3) right after
 * the commit the messages go out in parallel, at most one per chat; (4) each outcome is written as soon as it is known, as a
 * compare-and-set on the token (`OutcomeWriter`).
 *
 * Exactly once, except one window that cannot be closed: Telegram accepted a
 * message and the process died before its SENT was committed (a few ms after
 * the answer). Another instance, or this one restarted, sends it again when the
 * lease expires. A delivery never outlives its lease (the transport's timeout
 * is checked against it), so a slow send is never taken over while it runs.
 */
export class OutboxSender {
  private readonly instance = randomBytes(6).toString("hex");
  private readonly limits: RateLimits;
  private readonly provider: DbProvider;
  private readonly outcomes: OutcomeWriter;
  private round = 0;
  private stopped = true;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly o: SenderOptions) {
    this.limits = o.limits ?? TELEGRAM_LIMITS;
    this.provider = o.provider ?? providerOf(o.db);
    this.outcomes = new OutcomeWriter(o.db, () => o.clock.now());
    const timeout = o.transport.timeoutMs ?? 0;
    if (timeout * 2 >= this.leaseMs) throw new Error(`outbox: the lease (${this.leaseMs} ms) must be more than twice the send timeout (${timeout} ms)`);
  }

  private get db() {
    return this.o.db;
  }

  private get leaseMs() {
    return this.o.leaseMs ?? DEFAULT_LEASE_MS;
  }

  private get platform() {
    return this.o.platform ?? "telegram";
  }

  /** One round. Returns how long to wait before the next one (0 = go on at once). */
  async runOnce(): Promise<number> {
    const idleMs = this.o.idleMs ?? 1_000;
    await this.applyQuietHours(this.o.clock.now());
    const token = `${this.instance}:${++this.round}`;
    const categories = await this.o.categories?.(this.o.clock.now());
    const claim = await claimSendable(this.db, {
      ...(categories ? { categories } : {}),
      platform: this.platform,
      provider: this.provider,
      limits: this.limits,
      leaseMs: this.leaseMs,
      token,
      maxPerClaim: Math.max(1, Math.ceil(this.limits.global.max / 5)),
      now: () => this.o.clock.now(),
    });
    if (!claim.rows.length) {
      if (typeof claim.waitMs === "number") return Math.max(1, claim.waitMs);
      return nextWake(this.db, this.platform, this.limits, this.o.clock.now().getTime(), idleMs);
    }
    await Promise.all(claim.rows.map((m) => this.deliverOne(m, token, claim.leaseUntil!)));
    return 0;
  }

  /** Pushing notBefore (rather than skipping) keeps the next rounds from re-reading them all night. */
  private async applyQuietHours(now: Date): Promise<void> {
    const hold = this.o.holdUntil;
    if (!hold) return;
    const agencies = await this.db.outboxMessage.groupBy({
      by: ["agencyId"],
      where: { status: OutboxStatus.PENDING, platform: this.platform, notBefore: { lte: now }, agencyId: { not: null } },
    });
    for (const { agencyId } of agencies) {
      const until = await hold(agencyId!, now);
      if (!until || until <= now) continue;
      await this.db.outboxMessage.updateMany({
        where: { status: OutboxStatus.PENDING, platform: this.platform, agencyId, notBefore: { lt: until } },
        data: { notBefore: until },
      });
    }
  }

  private async deliverOne(m: OutboxMessage, token: string, leaseUntil: Date): Promise<void> {
    const mine = { id: m.id, leaseOwner: token, status: OutboxStatus.PENDING };
    const timeout = this.o.transport.timeoutMs ?? 0;
    if (this.o.clock.now().getTime() + timeout >= leaseUntil.getTime()) {
      // Only after a long stall between the claim and here: a send that could
      // outlive the lease might be taken over and sent twice. Give it back.
      await this.outcomes.write((tx) => tx.outboxMessage.updateMany({ where: mine, data: { leaseUntil: null, attemptedAt: null } }).then(() => {}));
      this.o.logger.warn({ outboxId: m.id }, "outbox: lease too short to send, released");
      return;
    }
    const payload = JSON.parse(m.payload) as Record<string, unknown>;
    try {
      await this.o.transport.deliver({ id: m.id, chatId: m.chatId, kind: m.kind, text: m.text, payload: { ...payload } });
    } catch (err) {
      await this.onFailure(m, token, err instanceof DeliveryError ? err : new DeliveryError("transient", String(err)));
      return;
    }
    const stripped = "photoBase64" in payload; // the picture was delivered; keep the row small
    delete payload.photoBase64;
    const kept = await this.outcomes.markSent({ id: m.id, token, memberId: m.memberId, ...(stripped ? { payload: JSON.stringify(payload) } : {}) });
    if (!kept) this.o.logger.error({ outboxId: m.id }, "outbox: claim lost before the message was marked sent; it may be sent again");
  }

  private async onFailure(m: OutboxMessage, token: string, err: DeliveryError): Promise<void> {
    const now = this.o.clock.now();
    const mine = { id: m.id, leaseOwner: token, status: OutboxStatus.PENDING };
    const log = { outboxId: m.id, chatId: m.chatId, kind: err.kind, error: err.message };
    const write = (fn: (tx: Tx) => Promise<unknown>) => this.outcomes.write(async (tx) => void (await fn(tx)));
    switch (err.kind) {
      case "rate-limited": {
        // Not the message's fault: not counted as an attempt. The whole chat
        // waits, for every instance: its other rows are pushed too.
        const until = new Date(now.getTime() + (err.retryAfterSec ?? 5) * 1_000);
        await write(async (tx) => {
          await tx.outboxMessage.updateMany({ where: mine, data: { notBefore: until, leaseUntil: null, attemptedAt: now, lastError: err.message } });
          await tx.outboxMessage.updateMany({
            where: { platform: this.platform, chatId: m.chatId, status: OutboxStatus.PENDING, notBefore: { lt: until } },
            data: { notBefore: until },
          });
        });
        this.o.logger.warn(log, "outbox: rate limited, retrying after retry_after");
        return;
      }
      case "transient": {
        // A timeout may hide a request that did reach Telegram; the retry is then a
        // duplicate (docs/scheduling.md). Refusing to retry would lose messages instead.
        const attempts = m.attempts + 1;
        if (attempts >= (this.o.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)) {
          await write((tx) => tx.outboxMessage.updateMany({ where: mine, data: { status: OutboxStatus.FAILED, attempts, leaseUntil: null, attemptedAt: now, lastError: err.message } }));
          this.o.logger.error({ ...log, attempts }, "outbox: giving up after repeated errors");
          return;
        }
        const backoff = Math.min(BACKOFF_BASE_MS * 2 ** (attempts - 1), BACKOFF_MAX_MS);
        await write((tx) =>
          tx.outboxMessage.updateMany({ where: mine, data: { attempts, notBefore: new Date(now.getTime() + backoff), leaseUntil: null, attemptedAt: now, lastError: err.message } }),
        );
        this.o.logger.warn({ ...log, attempts, backoffMs: backoff }, "outbox: delivery failed, backing off");
        return;
      }
      case "quota-exceeded": {
        // Not the message's fault and not lost: it stays PENDING, uncounted, and the
        // hold keeps this platform's claims empty until the next month or a raised limit.
        await write((tx) => tx.outboxMessage.updateMany({ where: mine, data: { leaseUntil: null, attemptedAt: null, lastError: err.message } }));
        await this.o.onQuotaExceeded?.(now);
        this.o.logger.warn(log, "outbox: the platform's monthly quota is used up; its messages are held");
        return;
      }
      case "blocked":
      case "permanent": {
        await write((tx) =>
          tx.outboxMessage.updateMany({ where: mine, data: { status: OutboxStatus.FAILED, attempts: { increment: 1 }, leaseUntil: null, attemptedAt: now, lastError: err.message } }),
        );
        this.o.logger.warn(log, "outbox: message cannot be delivered");
        if (err.kind === "blocked" && m.memberId !== null) await markUnreachable(this.db, m.memberId, now, { platform: m.platform, chatId: m.chatId });
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
    await this.outcomes.idle();
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
