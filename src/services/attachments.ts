import type { Db } from "../db/client.js";
import type { Clock } from "../clock.js";
import type { Member } from "../generated/prisma/client.js";
import { z } from "zod";
import { ConsultationStatus, MemberStatus } from "../generated/prisma/enums.js";
import { translate } from "../i18n/translator.js";
import { enqueueToMember } from "../messaging/outbox.js";
import { DOCUMENT_LIMITS } from "./documents-input.js";
import { writeAudit } from "./audit.js";
import { assertManager } from "./authorization.js";
import { DomainError } from "./errors.js";
import { MANAGER_ROLES } from "./roles.js";

/**
 * Files attached by the secretary to a document to study or a consultation
 * draft (docs/documents.md, "Attached files"). Only what an office circulates is
 * accepted: PDF, Word, Excel and their OpenDocument forms, at most 10 MB
 * (Telegram lets a bot download 20 MB; a directive or a draft is well under 10).
 * The type is decided from the name's extension AND the file's first bytes, so
 * a renamed executable is refused; the MIME type stored is ours, not the sender's.
 */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

type Magic = "pdf" | "zip" | "ole";
const TYPES: Record<string, { mime: string; magic: Magic }> = {
  pdf: { mime: "application/pdf", magic: "pdf" },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", magic: "zip" },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", magic: "zip" },
  odt: { mime: "application/vnd.oasis.opendocument.text", magic: "zip" },
  ods: { mime: "application/vnd.oasis.opendocument.spreadsheet", magic: "zip" },
  doc: { mime: "application/msword", magic: "ole" },
  xls: { mime: "application/vnd.ms-excel", magic: "ole" },
};
export const ATTACHMENT_EXTENSIONS = Object.keys(TYPES);

const MAGIC: Record<Magic, number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46], // %PDF
  zip: [0x50, 0x4b, 0x03, 0x04], // PK..
  ole: [0xd0, 0xcf, 0x11, 0xe0], // OLE compound file
};

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

export interface StoredFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

/** A file name without a path or control characters, at most 120 characters, keeping its extension. */
function cleanName(raw: string): string {
  const base = raw.normalize("NFC").split(/[\\/]/).at(-1)!.replace(/[\p{Cc}\p{Cf}"]/gu, "").trim();
  return base.length <= 120 ? base : `${base.slice(0, 110)}${base.slice(base.lastIndexOf("."))}`;
}

/** Checks a file before anything is written: its size, its extension and that its bytes are of that type. */
export function checkAttachment(file: IncomingFile): StoredFile {
  const name = cleanName(file.name);
  if (file.bytes.length === 0) throw new DomainError("attachment-empty");
  if (file.bytes.length > ATTACHMENT_MAX_BYTES) throw new DomainError("attachment-too-big", { max: "10" });
  const ext = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1).toLowerCase() : "";
  const type = TYPES[ext];
  if (!type || !MAGIC[type.magic].every((b, i) => file.bytes[i] === b)) throw new DomainError("attachment-bad-type", { types: ATTACHMENT_EXTENSIONS.map((e) => `.${e}`).join(", ") });
  return { name, mime: type.mime, bytes: file.bytes };
}

const addressSelect = { id: true, agencyId: true, platform: true, platformUserId: true, status: true } as const;

export type AttachmentTarget = { documentId: number } | { consultationNumber: number };

export class AttachmentService {
  constructor(private readonly deps: { db: Db; clock: Clock }) {}

  /** Attaches (or replaces) the file of a document or of an open consultation, with its audit entry, in one transaction. */
  async attach(actor: Member, target: AttachmentTarget, incoming: IncomingFile): Promise<{ name: string; size: number; notified: number }> {
    assertManager(actor);
    const file = checkAttachment(incoming);
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      let owner: { documentId: number } | { consultationId: number };
      if ("documentId" in target) {
        const doc = await tx.studyDocument.findFirst({ where: { id: target.documentId, agencyId: actor.agencyId }, select: { id: true } });
        if (!doc) throw new DomainError("document-unknown", { id: String(target.documentId) });
        owner = { documentId: doc.id };
      } else {
        const c = await tx.consultation.findUnique({ where: { agencyId_number: { agencyId: actor.agencyId, number: target.consultationNumber } }, select: { id: true, status: true } });
        if (!c) throw new DomainError("consult-unknown", { number: target.consultationNumber });
        if (c.status !== ConsultationStatus.OPEN) throw new DomainError("consult-closed", { number: target.consultationNumber });
        owner = { consultationId: c.id };
      }
      await tx.attachment.deleteMany({ where: owner });
      const data = { ...owner, agencyId: actor.agencyId, name: file.name, mime: file.mime, size: file.bytes.length, bytes: Buffer.from(file.bytes), createdById: actor.id, createdAt: now };
      const row = await tx.attachment.create({ data, select: { id: true } });
      // Those the document or draft already reached are told, in the same transaction (the outbox).
      const people =
        "documentId" in owner
          ? await tx.documentRecipient.findMany({ where: { documentId: owner.documentId }, select: { member: { select: addressSelect } } })
          : await tx.consultationRecipient.findMany({ where: { consultationId: owner.consultationId }, select: { member: { select: addressSelect } } });
      const text =
        "documentId" in owner
          ? translate("attachment-notice-document", { id: String(owner.documentId), name: file.name })
          : translate("attachment-notice-consultation", { number: String((target as { consultationNumber: number }).consultationNumber), name: file.name });
      for (const { member } of people) {
        if (member.status !== MemberStatus.ACTIVE) continue;
        await enqueueToMember(tx, member, { text, dedupeKey: `attachment:${row.id}:m=${member.id}` }, now);
      }
      await writeAudit(tx, { agencyId: actor.agencyId, actorMemberId: actor.id, actorLabel: `member:${actor.id}`, action: "attachment.add", details: { ...owner, name: file.name, size: file.bytes.length }, at: now });
      return { name: file.name, size: file.bytes.length, notified: people.filter((p) => p.member.status === MemberStatus.ACTIVE).length };
    });
  }

  /** The link form (`/vanban link`): where a file cannot be sent (Zalo), the document points to where it is kept. */
  async setDocumentLink(actor: Member, documentId: number, link: string): Promise<{ id: number; link: string }> {
    assertManager(actor);
    const clean = link.trim();
    if (clean.length > DOCUMENT_LIMITS.link || !z.url({ protocol: /^https?$/ }).safeParse(clean).success) throw new DomainError("document-bad-link");
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const doc = await tx.studyDocument.findFirst({ where: { id: documentId, agencyId: actor.agencyId }, select: { id: true } });
      if (!doc) throw new DomainError("document-unknown", { id: String(documentId) });
      await tx.studyDocument.update({ where: { id: doc.id }, data: { link: clean } });
      await writeAudit(tx, { agencyId: actor.agencyId, actorMemberId: actor.id, actorLabel: `member:${actor.id}`, action: "attachment.add", details: { documentId: doc.id, link: clean }, at: now });
      return { id: doc.id, link: clean };
    });
  }

  /** The name of the file of each document or consultation given (one query), for lists and notices. */
  async names(ids: { documentIds?: number[]; consultationIds?: number[] }): Promise<{ documents: Map<number, string>; consultations: Map<number, string> }> {
    const rows = await this.deps.db.attachment.findMany({
      where: { OR: [{ documentId: { in: ids.documentIds ?? [] } }, { consultationId: { in: ids.consultationIds ?? [] } }] },
      select: { documentId: true, consultationId: true, name: true },
    });
    const documents = new Map<number, string>();
    const consultations = new Map<number, string>();
    for (const r of rows) {
      if (r.documentId !== null) documents.set(r.documentId, r.name);
      if (r.consultationId !== null) consultations.set(r.consultationId, r.name);
    }
    return { documents, consultations };
  }

  /** The file of a document, for a manager or someone it was sent to; null when it has none. */
  async ofDocument(member: Member, documentId: number): Promise<StoredFile | null> {
    const doc = await this.deps.db.studyDocument.findFirst({ where: { id: documentId, agencyId: member.agencyId }, select: { id: true } });
    if (!doc) throw new DomainError("document-unknown", { id: String(documentId) });
    if (!MANAGER_ROLES.includes(member.role)) {
      const sent = await this.deps.db.documentRecipient.findUnique({ where: { documentId_memberId: { documentId, memberId: member.id } }, select: { id: true } });
      if (!sent) throw new DomainError("attachment-not-sent-to-you", { id: String(documentId) });
    }
    return this.deps.db.attachment.findUnique({ where: { documentId }, select: { name: true, mime: true, bytes: true } });
  }

  /** The draft's file of a consultation the member may read (ConsultationService.readable has checked it). */
  ofConsultation(consultationId: number): Promise<StoredFile | null> {
    return this.deps.db.attachment.findUnique({ where: { consultationId }, select: { name: true, mime: true, bytes: true } });
  }
}
