import type { Db } from "../db/client.js";
import { BODY } from "../reports/wording-body.js";
import { localDate as localDay } from "../time/local-day.js";

/**
 * The figures the periodic report takes from documents and the public register
 * (plan §2.2 and §2.3), for [from, to]: nothing is typed by hand. A document
 * counts in the period when it was sent in it; its recipients are those it was
 * sent to then, and "confirmed" means confirmed by the end of the period.
 */
export interface DocumentReportStats {
  /** Documents sent in the period, in the order first sent: "Chỉ thị số 30-CT/TW ngày 18/02/1998 của Bộ Chính trị". */
  documents: { number: string; title: string; issuer: string; issuedOn: string }[];
  recipients: number;
  confirmed: number;
  /** Departments reached, and those in which everyone confirmed. */
  departments: number;
  departmentsDone: number;
  /** Documents whose deadline has passed by `asOf` with someone not confirmed. */
  unstudied: { number: string; title: string }[];
  /** The public register in the period, oldest first. */
  disclosures: { content: string; form: string; disclosedOn: string }[];
}

export type DocumentReportFn = (agencyId: number, from: Date, to: Date, asOf: Date) => Promise<DocumentReportStats>;

/** Five queries whatever the number of documents or people. */
export function documentReportStats(db: Db, timezone: string): DocumentReportFn {
  return async (agencyId, from, to, asOf) => {
    const sentIn = { agencyId, send: { sentAt: { gte: from, lte: to } } };
    const day = (d: Date) => {
      const l = localDay(d, timezone);
      return `${l.year}-${String(l.month).padStart(2, "0")}-${String(l.day).padStart(2, "0")}`;
    };
    const [sends, all, confirmed, overdueOpen, disclosures] = await Promise.all([
      db.documentSend.findMany({ where: { agencyId, sentAt: { gte: from, lte: to } }, select: { documentId: true, document: { select: { number: true, title: true, issuer: true, issuedOn: true } } }, orderBy: { sentAt: "asc" } }),
      db.documentRecipient.groupBy({ by: ["departmentId"], where: sentIn, _count: { _all: true } }),
      db.documentRecipient.groupBy({ by: ["departmentId"], where: { ...sentIn, confirmedAt: { lte: to } }, _count: { _all: true } }),
      db.documentRecipient.groupBy({
        by: ["documentId"],
        where: { ...sentIn, send: { sentAt: { gte: from, lte: to }, deadline: { lte: asOf } }, OR: [{ confirmedAt: null }, { confirmedAt: { gt: asOf } }] },
        _count: { _all: true },
      }),
      db.publicDisclosure.findMany({ where: { agencyId, disclosedOn: { gte: day(from), lte: day(to) } }, orderBy: [{ disclosedOn: "asc" }, { id: "asc" }], select: { content: true, form: true, disclosedOn: true } }),
    ]);
    const docs = new Map<number, DocumentReportStats["documents"][number]>();
    for (const s of sends) if (!docs.has(s.documentId)) docs.set(s.documentId, s.document);
    const done = new Map(confirmed.map((g) => [g.departmentId, g._count._all]));
    const named = all.filter((g) => g.departmentId !== null);
    return {
      documents: [...docs.values()],
      recipients: all.reduce((n, g) => n + g._count._all, 0),
      confirmed: confirmed.reduce((n, g) => n + g._count._all, 0),
      departments: named.length,
      departmentsDone: named.filter((g) => (done.get(g.departmentId) ?? 0) === g._count._all).length,
      unstudied: overdueOpen.map((g) => docs.get(g.documentId)).filter((d) => d !== undefined).map((d) => ({ number: d.number, title: d.title })),
      disclosures,
    };
  };
}

/** The plan's sections the figures go in (the template's codes): dissemination, supervision. */
export const STUDY_SECTION = "2.2";
export const DISCLOSURE_SECTION = "2.3";

export interface DocumentSectionFacts {
  /** Per plan section code, the facts to add to it. */
  byCode: Map<string, { studied?: SectionStudied; disclosed?: string[] }>;
  unstudied: string[];
}

type SectionStudied = { documents: string[]; recipients: number; confirmed: number; departments: { done: number; total: number } | null };

/** The report's sentences' material from the stats: dates as dd/MM/yyyy, forms as words. */
export function documentSectionFacts(stats: DocumentReportStats | null): DocumentSectionFacts {
  const wording = { doc: BODY.section.studiedDocument, item: BODY.section.disclosedItem, forms: BODY.section.disclosureForms };
  const byCode: DocumentSectionFacts["byCode"] = new Map();
  if (!stats) return { byCode, unstudied: [] };
  const show = (day: string) => day.split("-").reverse().join("/");
  const strip = (t: string) => t.replace(/\s+/g, " ").trim().replace(/[\s.;,:!]+$/u, "");
  if (stats.documents.length && stats.recipients) {
    byCode.set(STUDY_SECTION, {
      studied: {
        documents: stats.documents.map((d) => wording.doc(strip(d.title), d.number, show(d.issuedOn), d.issuer)),
        recipients: stats.recipients,
        confirmed: stats.confirmed,
        departments: stats.departments ? { done: stats.departmentsDone, total: stats.departments } : null,
      },
    });
  }
  if (stats.disclosures.length) {
    byCode.set(DISCLOSURE_SECTION, { disclosed: stats.disclosures.map((d) => wording.item(strip(d.content), wording.forms[d.form] ?? d.form, show(d.disclosedOn))) });
  }
  return { byCode, unstudied: stats.unstudied.map((d) => `${d.number} (${strip(d.title)})`) };
}
