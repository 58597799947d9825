import type { Db } from "../db/client.js";
import type { StudyDocument } from "../generated/prisma/client.js";
import { DomainError } from "./errors.js";

export interface DocumentListRow {
  document: StudyDocument;
  recipients: number;
  confirmed: number;
  /** The latest deadline of its sendings; null when never sent. */
  deadline: Date | null;
}

export interface DepartmentProgress {
  /** null: people in no department. */
  departmentId: number | null;
  name: string | null;
  total: number;
  confirmed: number;
  /** Who has not confirmed, by name. */
  pending: { memberId: number; fullName: string }[];
}

export interface DocumentStatus {
  document: StudyDocument;
  total: number;
  confirmed: number;
  /** Departments it was sent to, by name; "no department" last. */
  departments: DepartmentProgress[];
  /** Departments (not counting "no department") where everyone confirmed. */
  departmentsDone: number;
  departmentsTotal: number;
  deadline: Date | null;
}

/**
 * What the secretary sees of the documents: the list with how many confirmed,
 * and for one document who has not confirmed, per department ("5/6 phòng đã
 * quán triệt"). A fixed number of queries whatever the number of people or
 * documents (bench/documents.bench.ts).
 */
export class DocumentStatusService {
  constructor(private readonly deps: { db: Db }) {}

  /** Every document with its counts: three queries. */
  async list(agencyId: number): Promise<DocumentListRow[]> {
    const db = this.deps.db;
    const [docs, totals, confirmed, deadlines] = await Promise.all([
      db.studyDocument.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
      db.documentRecipient.groupBy({ by: ["documentId"], where: { agencyId }, _count: { _all: true } }),
      db.documentRecipient.groupBy({ by: ["documentId"], where: { agencyId, confirmedAt: { not: null } }, _count: { _all: true } }),
      db.documentSend.groupBy({ by: ["documentId"], where: { agencyId }, _max: { deadline: true } }),
    ]);
    const total = new Map(totals.map((g) => [g.documentId, g._count._all]));
    const done = new Map(confirmed.map((g) => [g.documentId, g._count._all]));
    const due = new Map(deadlines.map((g) => [g.documentId, g._max.deadline]));
    return docs.map((document) => ({ document, recipients: total.get(document.id) ?? 0, confirmed: done.get(document.id) ?? 0, deadline: due.get(document.id) ?? null }));
  }

  /** One document: who has not confirmed, per department. Four queries. */
  async status(agencyId: number, documentId: number): Promise<DocumentStatus> {
    const db = this.deps.db;
    const [document, recipients, departments, deadline] = await Promise.all([
      db.studyDocument.findFirst({ where: { id: documentId, agencyId } }),
      db.documentRecipient.findMany({
        where: { documentId, agencyId },
        select: { memberId: true, departmentId: true, confirmedAt: true, member: { select: { fullName: true } } },
      }),
      db.department.findMany({ where: { agencyId }, select: { id: true, name: true } }),
      db.documentSend.aggregate({ where: { documentId, agencyId }, _max: { deadline: true } }),
    ]);
    if (!document) throw new DomainError("document-unknown", { id: String(documentId) });
    const names = new Map(departments.map((d) => [d.id, d.name]));
    const groups = new Map<number | null, DepartmentProgress>();
    for (const r of recipients) {
      let g = groups.get(r.departmentId);
      if (!g) groups.set(r.departmentId, (g = { departmentId: r.departmentId, name: r.departmentId === null ? null : (names.get(r.departmentId) ?? null), total: 0, confirmed: 0, pending: [] }));
      g.total++;
      if (r.confirmedAt) g.confirmed++;
      else g.pending.push({ memberId: r.memberId, fullName: r.member.fullName });
    }
    const collator = new Intl.Collator("vi");
    for (const g of groups.values()) g.pending.sort((a, b) => collator.compare(a.fullName, b.fullName));
    const list = [...groups.values()].sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : collator.compare(a.name, b.name)));
    const named = list.filter((g) => g.departmentId !== null);
    return {
      document,
      total: recipients.length,
      confirmed: recipients.filter((r) => r.confirmedAt).length,
      departments: list,
      departmentsDone: named.filter((g) => g.confirmed === g.total).length,
      departmentsTotal: named.length,
      deadline: deadline._max.deadline,
    };
  }
}
