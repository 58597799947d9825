import { createHmac, randomBytes } from "node:crypto";
import type { Clock } from "../clock.js";
import type { PlatformUser } from "./roster.js";
import { localDay } from "../time/local-day.js";
import { setBounded } from "../security/bounded-map.js";

export interface FeedbackLimits {
  /** Submissions per person per local day. */
  perDay: number;
  /** Wrong receipt codes a person may try before being slowed down. */
  freeFailures: number;
  /** First pause after the free failures; doubles with each further failure. */
  firstPauseMs: number;
  maxPauseMs: number;
  /** Everyone together: wrong codes per hour before all lookups pause (many accounts guessing). */
  globalFailuresPerHour: number;
  /** People counted per map per day (default `MAX_COUNTED_PEOPLE`). */
  maxCountedPeople?: number;
}

export const DEFAULT_FEEDBACK_LIMITS: FeedbackLimits = {
  perDay: 5,
  freeFailures: 3,
  firstPauseMs: 30_000,
  maxPauseMs: 3_600_000,
  globalFailuresPerHour: 60,
};

/**
 * People counted at most per day (each map). Past it the least recently
 * counted are forgotten: a flood of fresh accounts could thus reset one
 * account's own pause, but the shared bucket (`globalFailuresPerHour`) still
 * slows them all down.
 */
export const MAX_COUNTED_PEOPLE = 50_000;

/**
 * Abuse limits without identity (docs/anonymity.md). A person is known here
 * only by an HMAC of their platform id under a random key that exists in this
 * process's memory alone and is replaced, with all counters, at local
 * midnight. Nothing of it is ever written to the database or the logs, so the
 * counters cannot be matched to people afterwards, and yesterday's tags cannot
 * be recomputed by anyone.
 */
export class AnonymousLimiter {
  #day = "";
  #key: Buffer = randomBytes(32);
  readonly #submissions = new Map<string, number>();
  readonly #failures = new Map<string, { count: number; blockedUntil: number }>();
  /** Leaky bucket shared by everyone: level in "failures", drains at the hourly rate. */
  #bucket = { level: 0, at: 0 };

  constructor(
    private readonly clock: Clock,
    private readonly timezone: string,
    readonly limits: FeedbackLimits = DEFAULT_FEEDBACK_LIMITS,
  ) {}

  /** The person's tag for today. Compute it per request: it changes at midnight. */
  tag(user: PlatformUser): string {
    this.#rotate();
    return createHmac("sha256", this.#key).update(`${user.platform}\u0000${user.userId}`).digest("base64url");
  }

  submissionsLeft(tag: string): number {
    this.#rotate();
    return Math.max(0, this.limits.perDay - (this.#submissions.get(tag) ?? 0));
  }

  countSubmission(tag: string): void {
    this.#rotate();
    setBounded(this.#submissions, tag, (this.#submissions.get(tag) ?? 0) + 1, this.#maxPeople);
  }

  /** Milliseconds to wait before this person may try a code again (0 = now). */
  codeLookupWaitMs(tag: string): number {
    this.#rotate();
    const now = this.clock.now().getTime();
    const own = Math.max(0, (this.#failures.get(tag)?.blockedUntil ?? 0) - now);
    const level = this.#drainedLevel(now);
    const global = level >= this.limits.globalFailuresPerHour ? Math.ceil((level - this.limits.globalFailuresPerHour + 1) * this.#drainMsPerFailure()) : 0;
    return Math.max(own, global);
  }

  /** A wrong (or unknown: the same thing to the caller) code was tried. */
  recordWrongCode(tag: string): void {
    this.#rotate();
    const now = this.clock.now().getTime();
    const entry = this.#failures.get(tag) ?? { count: 0, blockedUntil: 0 };
    entry.count++;
    const over = entry.count - this.limits.freeFailures;
    if (over > 0) entry.blockedUntil = now + Math.min(this.limits.maxPauseMs, this.limits.firstPauseMs * 2 ** (over - 1));
    setBounded(this.#failures, tag, entry, this.#maxPeople);
    this.#bucket = { level: this.#drainedLevel(now) + 1, at: now };
  }

  /** Counters held (the memory bound's test reads it). */
  get held(): number {
    return this.#submissions.size + this.#failures.size;
  }

  get #maxPeople(): number {
    return this.limits.maxCountedPeople ?? MAX_COUNTED_PEOPLE;
  }

  #drainMsPerFailure(): number {
    return 3_600_000 / this.limits.globalFailuresPerHour;
  }

  #drainedLevel(now: number): number {
    return Math.max(0, this.#bucket.level - (now - this.#bucket.at) / this.#drainMsPerFailure());
  }

  #rotate(): void {
    const day = localDay(this.clock.now(), this.timezone);
    if (day === this.#day) return;
    this.#day = day;
    this.#key = randomBytes(32);
    this.#submissions.clear();
    this.#failures.clear();
  }
}
