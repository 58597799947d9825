import type { Clock } from "../clock.js";
import type { Db, DbOrTx, Tx } from "../db/client.js";
import type { DocumentRecipient, DocumentSend, Member, StudyDocument } from "../generated/prisma/client.js";
import { formatDate } from "../format/date.js";
import { translate } from "../i18n/translator.js";
import { enqueueToMember, outboxChoices } from "../messaging/outbox.js";
import { audienceMembers, serializeAudience, type AudienceSpec } from "./audiences.js";
import { writeAudit } from "./audit.js";
import { assertManager } from "./authorization.js";
import { cleanDocumentInput, cleanNote, showDay, type DocumentInput } from "./documents-input.js";
import { templateDirectives } from "./documents-template.js";
import { DomainError } from "./errors.js";

/** Reminders go this many working days before the deadline unless the secretary sets another number. */
export const DEFAULT_REMINDER_LEAD_DAYS = 2;
export const MAX_REMINDER_LEAD_DAYS = 10;

/** "Chỉ thị số 30-CT/TW": how a document is named in lists and messages. */
export function documentLabel(d: Pick<StudyDocument, "number" | "title">): string {
  return `${d.number} — ${d.title}`;
}

/** The choice a recipient answers with; its typed form is a full command, as the outbox requires. */
export function confirmChoice(documentId: number) {
  return { label: translate("btn-document-confirm"), action: `qt:ok:${documentId}`, typed: [`/quantriet ${documentId}`] };
}

/**
 * Documents to study (quán triệt), plan §2.2 and §5: the secretary registers a
 * document, sends it to an audience with a deadline, and each recipient
 * confirms "đã đọc, đã quán triệt". Who has not confirmed, and the report's
 * figures, are in documents-status.ts.
 */
export class DocumentService {
  constructor(private readonly deps: { db: Db; clock: Clock; timezone: string }) {}

  async register(actor: Member, input: DocumentInput): Promise<StudyDocument> {
    assertManager(actor);
    const clean = cleanDocumentInput(input);
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const existing = await tx.studyDocument.findUnique({ where: { agencyId_numberKey: { agencyId: actor.agencyId, numberKey: clean.numberKey } } });
      if (existing) throw new DomainError("document-exists", { number: existing.number, id: String(existing.id) });
      const doc = await tx.studyDocument.create({ data: { ...clean, agencyId: actor.agencyId, createdById: actor.id, createdAt: now } });
      await audit(tx, actor, "document.register", { documentId: doc.id, number: doc.number }, now);
      return doc;
    });
  }

  /** Registers, in one step, the template's directives the agency does not have yet. */
  async registerFromTemplate(actor: Member): Promise<{ created: StudyDocument[]; existing: StudyDocument[] }> {
    assertManager(actor);
    const directives = templateDirectives().map((d) => cleanDocumentInput(d));
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const have = await tx.studyDocument.findMany({ where: { agencyId: actor.agencyId, numberKey: { in: directives.map((d) => d.numberKey) } } });
      const haveKeys = new Set(have.map((d) => d.numberKey));
      const created: StudyDocument[] = [];
      for (const d of directives.filter((x) => !haveKeys.has(x.numberKey))) {
        created.push(await tx.studyDocument.create({ data: { ...d, agencyId: actor.agencyId, createdById: actor.id, createdAt: now } }));
      }
      if (created.length) await audit(tx, actor, "document.register", { fromTemplate: true, documentIds: created.map((d) => d.id) }, now);
      return { created, existing: have };
    });
  }

  async get(agencyId: number, documentId: number, db: DbOrTx = this.deps.db): Promise<StudyDocument> {
    const doc = await db.studyDocument.findFirst({ where: { id: documentId, agencyId } });
    if (!doc) throw new DomainError("document-unknown", { id: String(documentId) });
    return doc;
  }

  /**
   * Sends a document to an audience: the recipients are written as rows and
   * each gets a private notice through the outbox, all in one transaction.
   * People it was already sent to are not sent it again (their first deadline stands).
   */
  async send(actor: Member, documentId: number, audience: AudienceSpec, deadline: Date): Promise<{ send: DocumentSend; recipients: number; already: number }> {
    assertManager(actor);
    const now = this.deps.clock.now();
    if (deadline.getTime() <= now.getTime()) throw new DomainError("document-deadline-past");
    return this.deps.db.$transaction(async (tx) => {
      const doc = await this.get(actor.agencyId, documentId, tx);
      const members = await audienceMembers(tx, actor.agencyId, audience);
      const had = await tx.documentRecipient.findMany({ where: { documentId: doc.id, memberId: { in: members.map((m) => m.id) } }, select: { memberId: true } });
      const hadIds = new Set(had.map((r) => r.memberId));
      const fresh = members.filter((m) => !hadIds.has(m.id));
      if (!fresh.length) throw new DomainError(members.length ? "document-all-sent" : "document-no-recipients");
      const send = await tx.documentSend.create({
        data: { agencyId: actor.agencyId, documentId: doc.id, audience: serializeAudience(audience), deadline, sentById: actor.id, sentAt: now },
      });
      await tx.documentRecipient.createMany({
        data: fresh.map((m) => ({ agencyId: actor.agencyId, documentId: doc.id, sendId: send.id, memberId: m.id, departmentId: m.departmentId })),
      });
      const addresses = await tx.member.findMany({ where: { id: { in: fresh.map((m) => m.id) } }, select: { id: true, agencyId: true, platform: true, platformUserId: true } });
      const text = [
        translate("document-notice-head", { label: documentLabel(doc), issuer: doc.issuer, date: showDay(doc.issuedOn), summary: doc.summary || "—" }),
        doc.link ? translate("document-notice-link", { link: doc.link }) : "",
        (await tx.attachment.findUnique({ where: { documentId: doc.id }, select: { id: true } })) ? translate("attachment-notice-in-document", { id: String(doc.id) }) : "",
        translate("document-notice-tail", { deadline: formatDate(deadline, this.deps.timezone), id: String(doc.id) }),
      ].filter(Boolean).join("\n");
      const payload = outboxChoices([[confirmChoice(doc.id)]]);
      for (const to of addresses) await enqueueToMember(tx, to, { text, payload, dedupeKey: `document-sent:send=${send.id}:m=${to.id}` }, now);
      await audit(tx, actor, "document.send", { documentId: doc.id, sendId: send.id, audience, recipients: fresh.length, deadline: deadline.toISOString() }, now);
      return { send, recipients: fresh.length, already: hadIds.size };
    });
  }

  /**
   * A recipient confirms "đã đọc, đã quán triệt", with an optional note. A
   * document not sent to this person is refused and writes nothing; a second
   * confirmation changes nothing and says so.
   */
  async confirm(actor: Member, documentId: number, note?: string | null): Promise<{ document: StudyDocument; already: boolean; recipient: DocumentRecipient }> {
    const clean = cleanNote(note);
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const row = await tx.documentRecipient.findUnique({ where: { documentId_memberId: { documentId, memberId: actor.id } }, include: { document: true } });
      if (!row || row.agencyId !== actor.agencyId) throw new DomainError("document-not-sent-to-you", { id: String(documentId) });
      if (row.confirmedAt) return { document: row.document, already: true, recipient: row };
      // Guarded: two confirmations racing (a button and a typed command) write once.
      await tx.documentRecipient.updateMany({ where: { id: row.id, confirmedAt: null }, data: { confirmedAt: now, note: clean } });
      const recipient = await tx.documentRecipient.findUniqueOrThrow({ where: { id: row.id } });
      return { document: row.document, already: false, recipient };
    });
  }

  /** What this person still has to confirm, nearest deadline first. */
  async pendingFor(member: Member) {
    return this.deps.db.documentRecipient.findMany({
      where: { memberId: member.id, agencyId: member.agencyId, confirmedAt: null },
      include: { document: true, send: { select: { deadline: true } } },
      orderBy: [{ send: { deadline: "asc" } }, { id: "asc" }],
    });
  }

  async reminderLeadDays(agencyId: number, db: DbOrTx = this.deps.db): Promise<number> {
    const row = await db.documentSettings.findUnique({ where: { agencyId } });
    return row?.reminderLeadDays ?? DEFAULT_REMINDER_LEAD_DAYS;
  }

  async setReminderLeadDays(actor: Member, days: number): Promise<number> {
    assertManager(actor);
    if (!Number.isInteger(days) || days < 0 || days > MAX_REMINDER_LEAD_DAYS) throw new DomainError("document-bad-lead-days", { max: MAX_REMINDER_LEAD_DAYS });
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      await tx.documentSettings.upsert({ where: { agencyId: actor.agencyId }, create: { agencyId: actor.agencyId, reminderLeadDays: days, updatedAt: now }, update: { reminderLeadDays: days, updatedAt: now } });
      await audit(tx, actor, "document.settings", { reminderLeadDays: days }, now);
      return days;
    });
  }
}

function audit(tx: Tx, actor: Member, action: "document.register" | "document.send" | "document.settings", details: Record<string, unknown>, at: Date) {
  return writeAudit(tx, { agencyId: actor.agencyId, actorMemberId: actor.id, actorLabel: `member:${actor.id}`, action, details, at });
}
