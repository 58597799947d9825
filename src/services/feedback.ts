import { enqueueGroupPost, hasGroupDestination } from "../messaging/group-posts.js";
import type { Clock } from "../clock.js";
import type { Db, DbOrTx, Tx } from "../db/client.js";
import type { Feedback, FeedbackReply, Member } from "../generated/prisma/client.js";
import { FeedbackCategory, FeedbackStatus } from "../generated/prisma/enums.js";
import { enqueueMessage } from "../messaging/outbox.js";
import { DomainError } from "./errors.js";
import { forgetWriteOrder } from "./forget-write-order.js";
import { canonicalReceiptCode, hashReceiptCode, newReceiptCode } from "./feedback-code.js";
import { AnonymousLimiter, type FeedbackLimits } from "./feedback-limits.js";
import { LEADER_ROLES } from "./roles.js";
import type { PlatformUser } from "./roster.js";
import { writeAudit, type AuditAction } from "./audit.js";
import { localDay } from "../time/local-day.js";

export { FeedbackCategory, FeedbackStatus };

export const FEEDBACK_MAX_CHARS = 2000;
/** A count by category and month is shown only when its bucket holds at least this many items. */
export const FEEDBACK_K_ANONYMITY = 3;
export const FEEDBACK_CATEGORIES: readonly FeedbackCategory[] = [
  FeedbackCategory.SUGGESTION,
  FeedbackCategory.COMPLAINT,
  FeedbackCategory.RECOMMENDATION,
  FeedbackCategory.OTHER,
];
export const FEEDBACK_STATUSES: readonly FeedbackStatus[] = [
  FeedbackStatus.NEW,
  FeedbackStatus.IN_PROGRESS,
  FeedbackStatus.ANSWERED,
  FeedbackStatus.CLOSED,
];

/** What the holder of a receipt code may see. */
export interface FeedbackView {
  number: number;
  category: FeedbackCategory;
  day: string;
  status: FeedbackStatus;
  replies: { text: string; day: string }[];
}

export type FeedbackWithReplies = Feedback & { replies: FeedbackReply[] };

export interface FeedbackStats {
  from: string;
  to: string;
  /** Buckets with at least FEEDBACK_K_ANONYMITY items, by month ("yyyy-MM") then category. */
  buckets: { month: string; category: FeedbackCategory; count: number }[];
  /** How many non-empty buckets were withheld (never their counts: totals would give them away). */
  hidden: number;
}

/**
 * Anonymous feedback (docs/anonymity.md). The sender appears in this service
 * only as a `PlatformUser` handed to the in-memory limiter, which keeps a
 * daily HMAC of it; no method writes anything derived from the sender.
 */
export class FeedbackService {
  readonly limiter: AnonymousLimiter;

  constructor(
    private readonly deps: { db: Db; clock: Clock; timezone: string },
    limits?: FeedbackLimits,
  ) {
    this.limiter = new AnonymousLimiter(deps.clock, deps.timezone, limits);
  }

  private get db() {
    return this.deps.db;
  }

  private today(): string {
    return localDay(this.deps.clock.now(), this.deps.timezone);
  }

  submissionsLeft(sender: PlatformUser): number {
    return this.limiter.submissionsLeft(this.limiter.tag(sender));
  }

  /** Validates the text as typed; returns it normalised. */
  checkText(raw: string): string {
    const text = raw.normalize("NFC").replace(/\r\n?/g, "\n").trim();
    if (text.length === 0) throw new DomainError("feedback-empty");
    if (text.length > FEEDBACK_MAX_CHARS) throw new DomainError("feedback-too-long", { max: FEEDBACK_MAX_CHARS, length: text.length });
    return text;
  }

  /**
   * Stores the feedback and returns its receipt code, which exists nowhere
   * else afterwards (only its hash is stored).
   */
  async submit(sender: PlatformUser, input: { agencyId: number; category: FeedbackCategory; text: string }): Promise<{ number: number; code: string }> {
    const text = this.checkText(input.text);
    const tag = this.limiter.tag(sender);
    if (this.limiter.submissionsLeft(tag) <= 0) throw new DomainError("feedback-quota", { max: this.limiter.limits.perDay });
    const code = newReceiptCode();
    const codeHash = hashReceiptCode(canonicalReceiptCode(code)!);
    const day = this.today();
    const created = await this.db.$transaction(async (tx) => {
      const last = await tx.feedback.findFirst({ where: { agencyId: input.agencyId }, orderBy: { number: "desc" }, select: { number: true } });
      return tx.feedback.create({
        data: { agencyId: input.agencyId, number: (last?.number ?? 0) + 1, category: input.category, text, day, codeHash },
        select: { number: true },
      });
    });
    this.limiter.countSubmission(tag);
    await forgetWriteOrder(this.db);
    return { number: created.number, code };
  }

  /**
   * Status and replies for a receipt code. A malformed, unknown or wrong code
   * all get the same error; repeated failures are slowed down per daily tag
   * and, for everyone together, by a leaky bucket.
   */
  async follow(caller: PlatformUser, typedCode: string): Promise<FeedbackView> {
    const tag = this.limiter.tag(caller);
    const wait = this.limiter.codeLookupWaitMs(tag);
    if (wait > 0) throw new DomainError("feedback-code-wait", { minutes: Math.max(1, Math.ceil(wait / 60_000)) });
    const canonical = canonicalReceiptCode(typedCode);
    const row = canonical
      ? await this.db.feedback.findUnique({
          where: { codeHash: hashReceiptCode(canonical) },
          include: { replies: { orderBy: { id: "asc" } } },
        })
      : null;
    if (!row) {
      this.limiter.recordWrongCode(tag);
      throw new DomainError("feedback-code-unknown");
    }
    return {
      number: row.number,
      category: row.category,
      day: row.day,
      status: row.status,
      replies: row.replies.map((r) => ({ text: r.text, day: r.day })),
    };
  }

  async list(actor: Member, statuses: readonly FeedbackStatus[]): Promise<FeedbackWithReplies[]> {
    assertLeader(actor);
    return this.db.feedback.findMany({
      // Only what a batch has delivered: an item listed seconds after it was sent would date it (docs/anonymity.md).
      where: { agencyId: actor.agencyId, status: { in: [...statuses] }, delivered: true },
      include: { replies: { orderBy: { id: "asc" } } },
      orderBy: { number: "asc" },
    });
  }

  async get(actor: Member, number: number): Promise<Feedback> {
    assertLeader(actor);
    return findByNumber(this.db, actor.agencyId, number);
  }

  /** Lookup by the global id carried in a button, checked against the actor's agency. */
  async getById(actor: Member, id: number): Promise<Feedback> {
    assertLeader(actor);
    const row = await this.db.feedback.findUnique({ where: { id } });
    if (!row || row.agencyId !== actor.agencyId || !row.delivered) throw new DomainError("feedback-unknown", { number: id });
    return row;
  }

  /** "Nhận xử lý": NEW → IN_PROGRESS. Returns false when it was already taken (or answered). */
  async take(actor: Member, number: number): Promise<{ feedback: Feedback; changed: boolean }> {
    assertLeader(actor);
    return this.db.$transaction(async (tx) => {
      const row = await findByNumber(tx, actor.agencyId, number);
      if (row.status === FeedbackStatus.CLOSED) throw new DomainError("feedback-closed", { number });
      if (row.status !== FeedbackStatus.NEW) return { feedback: row, changed: false };
      const feedback = await tx.feedback.update({ where: { id: row.id }, data: { status: FeedbackStatus.IN_PROGRESS } });
      await auditHandling(tx, actor, "feedback.take", { number: row.number }, this.deps.clock.now());
      return { feedback, changed: true };
    });
  }

  async close(actor: Member, number: number): Promise<{ feedback: Feedback; changed: boolean }> {
    assertLeader(actor);
    return this.db.$transaction(async (tx) => {
      const row = await findByNumber(tx, actor.agencyId, number);
      if (row.status === FeedbackStatus.CLOSED) return { feedback: row, changed: false };
      const feedback = await tx.feedback.update({ where: { id: row.id }, data: { status: FeedbackStatus.CLOSED } });
      await auditHandling(tx, actor, "feedback.close", { number: row.number }, this.deps.clock.now());
      return { feedback, changed: true };
    });
  }

  /**
   * The committee answers. A public answer is also queued for the group, in
   * the same transaction, as rendered by the caller ("Trả lời góp ý số N").
   */
  async reply(
    actor: Member,
    number: number,
    rawText: string,
    opts: { public: boolean; groupPost?: (number: number, text: string) => string },
  ): Promise<{ feedback: Feedback; reply: FeedbackReply; posted: boolean }> {
    assertLeader(actor);
    const text = rawText.normalize("NFC").replace(/\r\n?/g, "\n").trim();
    if (!text) throw new DomainError("feedback-reply-empty");
    if (text.length > FEEDBACK_MAX_CHARS) throw new DomainError("feedback-too-long", { max: FEEDBACK_MAX_CHARS, length: text.length });
    const now = this.deps.clock.now();
    const day = localDay(now, this.deps.timezone);
    return this.db.$transaction(async (tx) => {
      const row = await findByNumber(tx, actor.agencyId, number);
      if (row.status === FeedbackStatus.CLOSED) throw new DomainError("feedback-closed", { number });
      const reply = await tx.feedbackReply.create({ data: { feedbackId: row.id, text, public: opts.public, day, authorId: actor.id } });
      const feedback = await tx.feedback.update({ where: { id: row.id }, data: { status: FeedbackStatus.ANSWERED } });
      await auditHandling(tx, actor, "feedback.reply", { number: row.number, public: opts.public }, now);
      let posted = false;
      if (opts.public) {
        if (!(await hasGroupDestination(tx, actor.agencyId))) throw new DomainError("feedback-no-group");
        const post = { text: opts.groupPost ? opts.groupPost(row.number, text) : text, dedupeKey: `feedback-reply:${reply.id}` };
        posted = (await enqueueGroupPost(tx, actor.agencyId, post, now)) > 0;
      }
      return { feedback, reply, posted };
    });
  }

  /**
   * Counts by month and category between two instants (inclusive, by local
   * day), withholding every bucket smaller than FEEDBACK_K_ANONYMITY: a
   * category with one item in a month could point at the one person who
   * raised that subject. For the periodic reports and /gopy_ds.
   */
  async feedbackStats(agencyId: number, from: Date, to: Date): Promise<FeedbackStats> {
    const fromDay = localDay(from, this.deps.timezone);
    const toDay = localDay(to, this.deps.timezone);
    const rows = await this.db.feedback.groupBy({
      by: ["day", "category"],
      where: { agencyId, day: { gte: fromDay, lte: toDay }, delivered: true },
      _count: { _all: true },
    });
    const counts = new Map<string, number>();
    for (const r of rows) {
      const key = `${r.day.slice(0, 7)}|${r.category}`;
      counts.set(key, (counts.get(key) ?? 0) + r._count._all);
    }
    const buckets: FeedbackStats["buckets"] = [];
    let hidden = 0;
    for (const [key, count] of counts) {
      const [month, category] = key.split("|") as [string, FeedbackCategory];
      if (count >= FEEDBACK_K_ANONYMITY) buckets.push({ month, category, count });
      else hidden++;
    }
    buckets.sort((a, b) => a.month.localeCompare(b.month) || FEEDBACK_CATEGORIES.indexOf(a.category) - FEEDBACK_CATEGORIES.indexOf(b.category));
    return { from: fromDay, to: toDay, buckets, hidden };
  }
}

/**
 * For the batch job: the agency's feedback not yet posted to the group, marked
 * as delivered in the caller's transaction (which also enqueues the message).
 */
export async function takeUndeliveredFeedback(tx: Tx, agencyId: number): Promise<Feedback[]> {
  const rows = await tx.feedback.findMany({ where: { agencyId, delivered: false }, orderBy: { number: "asc" } });
  if (rows.length) await tx.feedback.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { delivered: true } });
  return rows;
}

/**
 * The committee's lookups know an item only once its batch delivered it: until
 * then it is "unknown", so neither a list, a count nor a (public) answer can
 * show or act on it before the time the introduction promises.
 */
async function findByNumber(db: DbOrTx, agencyId: number, number: number): Promise<Feedback> {
  const row = await db.feedback.findUnique({ where: { agencyId_number: { agencyId, number } } });
  if (!row || !row.delivered) throw new DomainError("feedback-unknown", { number });
  return row;
}

function assertLeader(actor: Member): void {
  if (!LEADER_ROLES.includes(actor.role)) throw new DomainError("feedback-leaders-only");
}

/**
 * The committee's handling is audited like any other change (who, what, when).
 * Only the handler and the feedback's short number are recorded: nothing here
 * concerns, or could point at, the person who sent it.
 */
async function auditHandling(tx: Tx, actor: Member, action: AuditAction, details: Record<string, unknown>, at: Date): Promise<void> {
  await writeAudit(tx, { agencyId: actor.agencyId, actorMemberId: actor.id, actorLabel: `member:${actor.id}`, action, details, at });
}
