import type { Clock } from "../clock.js";
import type { Db, Tx } from "../db/client.js";
import type { AgencyReportProfile, Consultation, Member } from "../generated/prisma/client.js";
import { ConsultationAnswerKind, ConsultationStatus, ConsultationUptake, MemberStatus } from "../generated/prisma/enums.js";
import { enqueueToMember } from "../messaging/outbox.js";
import { audienceWhere, serializeAudience, type AudienceSpec, type DepartmentRef } from "./audiences.js";
import { consultationReport, type ConsultationReport } from "./consultation-report.js";
import { listConsultations, notAnswered, openFor, type ConsultationLine, type NotAnsweredGroup } from "./consultation-views.js";
import { writeAudit } from "./audit.js";
import { assertManager } from "./authorization.js";
import { actorLabel } from "./task-rules.js";
import { deliverPending, sendBatch, type DeliveredAnswer } from "./consultation-delivery.js";
import { checkDraft, checkNote, type ParsedAnswer } from "./consultation-input.js";
import { answerPayload, noticeText } from "./consultation-notice.js";
import { DomainError } from "./errors.js";
import { forgetWriteOrder } from "./forget-write-order.js";
import { MANAGER_ROLES } from "./roles.js";

export { ConsultationAnswerKind, ConsultationStatus, ConsultationUptake };

export interface OpenInput {
  title: string;
  /** The draft as typed: a text, or a single link. */
  draft: string;
  audience: AudienceSpec;
  deadline: Date;
}

export interface Deps {
  db: Db;
  clock: Clock;
  timezone: string;
  /** How the agency's documents are headed and signed (ReportService.profile). */
  profile: (agencyId: number) => Promise<AgencyReportProfile>;
}

/**
 * Consultations on drafts (docs/consultations.md). Named and anonymous answers
 * share one rule, one answer per person, kept by the recipient's `answered`
 * mark; the anonymous answer itself is written without anything that points
 * back at the mark it set (docs/anonymity.md).
 */
export class ConsultationService {
  constructor(private readonly deps: Deps) {}

  private get db() {
    return this.deps.db;
  }

  /** Opens a consultation: the row, one recipient row per person and their notices, in one transaction. */
  async open(actor: Member, input: OpenInput): Promise<{ consultation: Consultation; recipients: number }> {
    assertManager(actor);
    const draft = checkDraft(input.title, input.draft);
    const now = this.deps.clock.now();
    if (input.deadline.getTime() <= now.getTime()) throw new DomainError("consult-deadline-past");
    return this.db.$transaction(async (tx) => {
      const members = await tx.member.findMany({
        where: audienceWhere(actor.agencyId, input.audience),
        select: { id: true, agencyId: true, platform: true, platformUserId: true },
        orderBy: [{ fullName: "asc" }, { id: "asc" }],
      });
      if (!members.length) throw new DomainError("consult-audience-empty");
      const last = await tx.consultation.findFirst({ where: { agencyId: actor.agencyId }, orderBy: { number: "desc" }, select: { number: true } });
      const consultation = await tx.consultation.create({
        data: {
          agencyId: actor.agencyId,
          number: (last?.number ?? 0) + 1,
          ...draft,
          audience: serializeAudience(input.audience),
          deadline: input.deadline,
          createdById: actor.id,
          createdAt: now,
        },
      });
      await tx.consultationRecipient.createMany({ data: members.map((m) => ({ consultationId: consultation.id, memberId: m.id })) });
      const text = noticeText(consultation, this.deps.timezone, "consult-notice");
      const payload = answerPayload(consultation.number);
      for (const m of members) {
        await enqueueToMember(tx, m, { text, payload, dedupeKey: `consult-open:${consultation.id}:m=${m.id}` }, now);
      }
      await this.audit(tx, actor, "consultation.open", { number: consultation.number, recipients: members.length });
      return { consultation, recipients: members.length };
    });
  }

  /** The agency's consultation by its number, or a refusal that names it. */
  async byNumber(agencyId: number, number: number, db: Db | Tx = this.db): Promise<Consultation> {
    const c = await db.consultation.findUnique({ where: { agencyId_number: { agencyId, number } } });
    if (!c) throw new DomainError("consult-unknown", { number });
    return c;
  }

  /** A named answer. A second answer (named or anonymous) is refused: see docs/consultations.md. */
  async answer(member: Member, number: number, answer: ParsedAnswer): Promise<Consultation> {
    return this.db.$transaction(async (tx) => {
      const c = await this.markAnswered(tx, member, number);
      await tx.consultationAnswer.create({ data: { consultationId: c.id, memberId: member.id, kind: answer.kind, text: answer.text } });
      return c;
    });
  }

  /**
   * An anonymous answer: the mark and the answer in one transaction (one
   * answer per person), the answer row with no member, no time and no day.
   * On SQLite the write-ahead log, which keeps the pages of that transaction
   * side by side, is then checkpointed and truncated at once.
   */
  async answerAnonymously(member: Pick<Member, "id" | "agencyId" | "status">, number: number, answer: ParsedAnswer): Promise<Consultation> {
    const c = await this.db.$transaction(async (tx) => {
      const found = await this.markAnswered(tx, member, number);
      await tx.consultationAnonymousAnswer.create({ data: { consultationId: found.id, kind: answer.kind, text: answer.text } });
      return found;
    });
    await forgetWriteOrder(this.db);
    return c;
  }

  private async markAnswered(tx: Tx, member: Pick<Member, "id" | "agencyId" | "status">, number: number): Promise<Consultation> {
    if (member.status !== MemberStatus.ACTIVE) throw new DomainError("forbidden");
    const c = await this.byNumber(member.agencyId, number, tx);
    if (c.status !== ConsultationStatus.OPEN || c.deadline.getTime() < this.deps.clock.now().getTime()) {
      throw new DomainError("consult-closed", { number });
    }
    const marked = await tx.consultationRecipient.updateMany({ where: { consultationId: c.id, memberId: member.id, answered: false }, data: { answered: true } });
    if (marked.count === 1) return c;
    const row = await tx.consultationRecipient.findUnique({ where: { consultationId_memberId: { consultationId: c.id, memberId: member.id } } });
    throw new DomainError(row ? "consult-already-answered" : "consult-not-recipient", { number });
  }

  /**
   * Closes early (the secretary) or at the deadline (the batch job, with
   * `actor` null): whatever waited is delivered with the closing message.
   */
  async close(actor: Member | null, number: number, agencyId: number, key?: string): Promise<{ consultation: Consultation; delivered: DeliveredAnswer[] }> {
    if (actor) assertManager(actor);
    const now = this.deps.clock.now();
    return this.db.$transaction(async (tx) => {
      const c = await this.byNumber(agencyId, number, tx);
      if (c.status !== ConsultationStatus.OPEN) throw new DomainError("consult-closed", { number });
      return this.closeIn(tx, c, actor, key ?? `consult-close:${c.id}`, now);
    });
  }

  /** Inside a transaction: close, deliver, tell the drafting side. */
  async closeIn(tx: Tx, c: Consultation, actor: Member | null, key: string, now: Date): Promise<{ consultation: Consultation; delivered: DeliveredAnswer[] }> {
    const closed = await tx.consultation.update({ where: { id: c.id }, data: { status: ConsultationStatus.CLOSED, closedAt: now } });
    const delivered = await deliverPending(tx, closed);
    const fresh = await tx.consultation.findUniqueOrThrow({ where: { id: c.id } });
    await sendBatch(tx, fresh, delivered, true, key, now);
    if (actor) await this.audit(tx, actor, "consultation.close", { number: c.number });
    return { consultation: fresh, delivered };
  }

  /** Records how comment N was taken up (tiếp thu / giải trình) with a note; typing it again replaces it. */
  async respond(actor: Member, number: number, comment: number, uptake: ConsultationUptake, rawNote: string): Promise<void> {
    assertManager(actor);
    const note = checkNote(rawNote);
    await this.db.$transaction(async (tx) => {
      const c = await this.byNumber(actor.agencyId, number, tx);
      const data = { uptake, responseNote: note, respondedById: actor.id };
      const where = { consultationId_number: { consultationId: c.id, number: comment } };
      const named = await tx.consultationAnswer.findUnique({ where, select: { id: true } });
      if (named) await tx.consultationAnswer.update({ where: { id: named.id }, data });
      else {
        const anon = await tx.consultationAnonymousAnswer.findUnique({ where, select: { id: true } });
        if (!anon) throw new DomainError("consult-comment-unknown", { number, comment, last: c.commentCount });
        await tx.consultationAnonymousAnswer.update({ where: { id: anon.id }, data });
      }
      await this.audit(tx, actor, "consultation.respond", { number, comment, uptake });
    });
  }

  /** The agency's current departments, for reading a typed audience. */
  departments(agencyId: number): Promise<DepartmentRef[]> {
    return this.db.department.findMany({ where: { agencyId, removedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  }

  list(agencyId: number): Promise<ConsultationLine[]> {
    return listConsultations(this.db, agencyId);
  }

  /** Counts and who has not answered, by department (the marks, shown at once: they carry no answer). */
  async detail(agencyId: number, number: number): Promise<{ consultation: Consultation; asked: number; answered: number; notAnswered: NotAnsweredGroup[] }> {
    const consultation = await this.byNumber(agencyId, number);
    const [asked, answered, missing] = await Promise.all([
      this.db.consultationRecipient.count({ where: { consultationId: consultation.id } }),
      this.db.consultationRecipient.count({ where: { consultationId: consultation.id, answered: true } }),
      notAnswered(this.db, consultation.id),
    ]);
    return { consultation, asked, answered, notAnswered: missing };
  }

  /** The draft, for a person it was sent to (or the drafting side). */
  async readable(member: Member, number: number): Promise<Consultation> {
    const c = await this.byNumber(member.agencyId, number);
    if (MANAGER_ROLES.includes(member.role)) return c;
    const asked = await this.db.consultationRecipient.findUnique({ where: { consultationId_memberId: { consultationId: c.id, memberId: member.id } }, select: { id: true } });
    if (!asked) throw new DomainError("consult-not-recipient", { number });
    return c;
  }

  /** What is waiting for this member's answer. */
  openFor(member: Pick<Member, "id">): Promise<Consultation[]> {
    return openFor(this.db, member.id, this.deps.clock.now());
  }

  /** The "Báo cáo tổng hợp ý kiến" (.docx) of consultation `number`. */
  async report(actor: Member, number: number): Promise<ConsultationReport> {
    assertManager(actor);
    const profile = await this.deps.profile(actor.agencyId);
    return consultationReport(this.db, { agencyId: actor.agencyId, number, profile, now: this.deps.clock.now(), timezone: this.deps.timezone });
  }

  private audit(tx: Tx, actor: Member, action: "consultation.open" | "consultation.close" | "consultation.respond", details: Record<string, unknown>) {
    return writeAudit(tx, { agencyId: actor.agencyId, actorMemberId: actor.id, actorLabel: actorLabel(actor), action, details, at: this.deps.clock.now() });
  }
}
