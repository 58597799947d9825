import type { Db, Tx } from "../db/client.js";
import { OutboxStatus } from "../generated/prisma/enums.js";

type Write = (tx: Tx) => Promise<void>;

/** A delivered message, to be marked SENT if its claim (token) is still its own. */
export interface SentMark {
  id: number;
  token: string;
  memberId: number | null;
  /** The payload without the photo bytes, when they were stripped. */
  payload?: string;
}

interface Pending<T> {
  item: T;
  done: (err: unknown, result?: boolean) => void;
}

/**
 * Records the outcome of sends as soon as they are known, committing together
 * whatever arrived while the previous commit ran ("group commit"). Why: a
 * message Telegram accepted but not yet marked SENT is resent after a crash;
 * with one commit per message, the last of 25 parallel answers waited for 24
 * commits (and for the event loop, which better-sqlite3 blocks while it
 * writes). Now an answer waits for at most the commit in progress and its own,
 * and the SENT marks of a batch are one UPDATE per claim token.
 *
 * Every write is a compare-and-set on the claim token. A failing batch is
 * retried whole; after the last attempt the error goes to the callers.
 */
export class OutcomeWriter {
  private sent: Pending<SentMark>[] = [];
  private writes: Pending<Write>[] = [];
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly attempts = 3,
  ) {}

  /** Resolves true when marked SENT, false when the claim was no longer this token's. */
  markSent(mark: SentMark): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      this.sent.push({ item: mark, done: (err, ok) => (err === undefined ? resolve(ok ?? false) : reject(err as Error)) });
      this.flushing ??= this.flush();
    });
  }

  write(write: Write): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.writes.push({ item: write, done: (err) => (err === undefined ? resolve() : reject(err as Error)) });
      this.flushing ??= this.flush();
    });
  }

  /** Resolves once everything queued so far is committed (or has failed). */
  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    try {
      while (this.sent.length || this.writes.length) {
        const sent = this.sent.splice(0);
        const writes = this.writes.splice(0);
        let error: unknown;
        let marked = new Set<number>();
        for (let i = 0; i < this.attempts; i++) {
          try {
            marked = await this.db.$transaction(async (tx) => {
              const ok = await markAll(tx, sent.map((s) => s.item), this.now());
              for (const w of writes) await w.item(tx);
              return ok;
            });
            error = undefined;
            break;
          } catch (err) {
            error = err ?? new Error("outcome write failed");
          }
        }
        for (const s of sent) s.done(error, marked.has(s.item.id));
        for (const w of writes) w.done(error);
      }
    } finally {
      this.flushing = undefined;
    }
  }
}

/** One UPDATE per claim token (compare-and-set), then reads back which rows are now SENT under that token. */
async function markAll(tx: Tx, marks: SentMark[], now: Date): Promise<Set<number>> {
  const marked = new Set<number>();
  if (!marks.length) return marked;
  const byToken = new Map<string, SentMark[]>();
  for (const m of marks) byToken.set(m.token, [...(byToken.get(m.token) ?? []), m]);
  for (const [token, group] of byToken) {
    const ids = group.map((m) => m.id);
    const done = await tx.outboxMessage.updateMany({
      where: { id: { in: ids }, leaseOwner: token, status: OutboxStatus.PENDING },
      // attemptedAt moves to the answer: the message reached the API before it (rate-limiter.ts).
      data: { status: OutboxStatus.SENT, sentAt: now, attemptedAt: now, attempts: { increment: 1 }, leaseUntil: null, lastError: null },
    });
    const rows =
      done.count === ids.length
        ? group
        : await tx.outboxMessage.findMany({ where: { id: { in: ids }, leaseOwner: token, status: OutboxStatus.SENT }, select: { id: true } });
    for (const r of rows) marked.add(r.id);
  }
  // The picture was delivered; keep the row small.
  for (const m of marks) if (m.payload !== undefined && marked.has(m.id)) await tx.outboxMessage.update({ where: { id: m.id }, data: { payload: m.payload } });
  // A private message got through: whatever blocked it before is over.
  const members = [...new Set(marks.filter((m) => marked.has(m.id) && m.memberId !== null).map((m) => m.memberId!))];
  if (members.length) await tx.member.updateMany({ where: { id: { in: members }, unreachableAt: { not: null } }, data: { unreachableAt: null } });
  return marked;
}
