import { randomBytes } from "node:crypto";
import type { AppDeps } from "../../src/app.js";
import type { Clock } from "../../src/clock.js";
import type { FeedbackCategory } from "../../src/services/feedback.js";
import type { PlatformUser } from "../../src/services/roster.js";
import { setBounded } from "../../src/security/bounded-map.js";

export const DRAFT_IDLE_MINUTES = 30;

/** The key of a person's draft: platform and id ("telegram:123"), so two platforms never share one. */
export function draftKey(user: PlatformUser): string {
  return `${user.platform}:${user.userId}`;
}
const DRAFT_IDLE_MS = DRAFT_IDLE_MINUTES * 60_000;
/** How long an expired draft is remembered (content-free) so its late continuation is recognised. */
const TOMBSTONE_MS = 2 * 3_600_000;
const SWEEP_EVERY_MS = 60_000;
/**
 * At most this many drafts (and as many expiry markers) in memory: far above
 * the staff of the agencies one bot serves, so only a flood of accounts ever
 * reaches it; then the least recently started drafts are dropped.
 */
export const MAX_DRAFTS = 10_000;

export type DraftStep = "category" | "text" | "preview";

export interface Draft {
  /** Random per draft: buttons of an older draft are recognised as stale. */
  nonce: string;
  agencyId: number;
  step: DraftStep;
  category?: FeedbackCategory;
  text?: string;
  /** Messages of this dialogue (both sides), deleted from the chat when it ends. */
  messageIds: number[];
  touchedAt: number;
}

/**
 * Feedback drafts in progress, in this process's memory only: never in the
 * session table, never on disk (docs/anonymity.md). A restart loses them; the
 * intro says so. Keyed by the platform and the person's id there
 * (`draftKey`), which is unavoidable while a dialogue is in progress and
 * never leaves memory.
 */
export class FeedbackDrafts {
  readonly #drafts = new Map<string, Draft>();
  /** People whose draft expired: draft key → when it expired. */
  readonly #expired = new Map<string, number>();
  #lastSweep = 0;

  constructor(private readonly clock: Clock) {}

  get(key: string): Draft | undefined {
    this.#sweep();
    return this.#drafts.get(key);
  }

  /** A live draft, or an expired one whose continuation should be explained. */
  isActive(key: string): boolean {
    this.#sweep();
    return this.#drafts.has(key) || this.#expired.has(key);
  }

  /** True once after a draft expired (the caller explains it). */
  takeExpired(key: string): boolean {
    return this.#expired.delete(key);
  }

  start(key: string, agencyId: number): Draft {
    this.#expired.delete(key);
    const draft: Draft = { nonce: randomBytes(4).toString("hex"), agencyId, step: "category", messageIds: [], touchedAt: this.#now() };
    setBounded(this.#drafts, key, draft, MAX_DRAFTS);
    return draft;
  }

  touch(draft: Draft): void {
    draft.touchedAt = this.#now();
  }

  /** Forgets the draft and any expiry marker. */
  discard(key: string): Draft | undefined {
    const draft = this.#drafts.get(key);
    this.#drafts.delete(key);
    this.#expired.delete(key);
    return draft;
  }

  get size(): number {
    return this.#drafts.size;
  }

  /** Drafts and expiry markers held (the memory bound's test reads it). */
  get held(): number {
    return this.#drafts.size + this.#expired.size;
  }

  #now(): number {
    return this.clock.now().getTime();
  }

  #sweep(): void {
    const now = this.#now();
    if (now - this.#lastSweep < SWEEP_EVERY_MS && now >= this.#lastSweep) return;
    this.#lastSweep = now;
    for (const [user, d] of this.#drafts) {
      if (now - d.touchedAt > DRAFT_IDLE_MS) {
        this.#drafts.delete(user);
        setBounded(this.#expired, user, now, MAX_DRAFTS);
      }
    }
    for (const [user, at] of this.#expired) if (now - at > TOMBSTONE_MS) this.#expired.delete(user);
  }
}

/** One store per running app (per TestBot in tests); a new process starts empty. */
const stores = new WeakMap<AppDeps, FeedbackDrafts>();

export function draftsOf(app: AppDeps): FeedbackDrafts {
  let store = stores.get(app);
  if (!store) {
    store = new FeedbackDrafts(app.clock);
    stores.set(app, store);
  }
  return store;
}
