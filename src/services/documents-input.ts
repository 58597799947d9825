import { z } from "zod";
import { foldTyped } from "../format/typed-word.js";
import { DomainError } from "./errors.js";
import { isRealDay } from "../time/local-day.js";

/**
 * The rules a document's fields follow (register and template alike). Each
 * broken rule has its own Vietnamese answer (`err-document-<rule>`), so the
 * secretary learns which field to fix.
 */
export const DOCUMENT_LIMITS = { number: 40, title: 300, issuer: 150, summary: 1000, link: 500, note: 500 } as const;

export interface DocumentInput {
  number: string;
  title: string;
  issuer: string;
  /** "yyyy-MM-dd" */
  issuedOn: string;
  summary: string;
  link?: string | null;
  templateKey?: string | null;
}

const oneLine = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();

/** Checks and cleans what the secretary typed; throws the DomainError of the first broken rule. */
export function cleanDocumentInput(input: DocumentInput): DocumentInput & { numberKey: string } {
  const number = oneLine(input.number);
  if (!/^[\p{L}\d][\p{L}\d/.\-]{0,39}$/u.test(number) || !/\d/.test(number)) throw new DomainError("document-bad-number");
  const title = oneLine(input.title);
  if (!title || !/\p{L}/u.test(title)) throw new DomainError("document-empty-title");
  if (title.length > DOCUMENT_LIMITS.title) throw new DomainError("document-too-long", { field: "title", max: DOCUMENT_LIMITS.title });
  const issuer = oneLine(input.issuer);
  if (issuer.length < 2 || !/\p{L}/u.test(issuer)) throw new DomainError("document-empty-issuer");
  if (issuer.length > DOCUMENT_LIMITS.issuer) throw new DomainError("document-too-long", { field: "issuer", max: DOCUMENT_LIMITS.issuer });
  const [y, m, d] = input.issuedOn.split("-").map(Number) as [number, number, number];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.issuedOn) || !isRealDay(y, m, d)) throw new DomainError("document-bad-date");
  const summary = input.summary.normalize("NFC").trim();
  if (summary.length > DOCUMENT_LIMITS.summary) throw new DomainError("document-too-long", { field: "summary", max: DOCUMENT_LIMITS.summary });
  const link = input.link ? input.link.trim() : null;
  if (link && (link.length > DOCUMENT_LIMITS.link || !z.url({ protocol: /^https?$/ }).safeParse(link).success)) throw new DomainError("document-bad-link");
  return { number, numberKey: documentNumberKey(number), title, issuer, issuedOn: input.issuedOn, summary, link, templateKey: input.templateKey ?? null };
}

/** The key a document number is unique on: "30-CT/TW", "30 ct/tw" and "30-ct/tw" are one document. */
export function documentNumberKey(number: string): string {
  return foldTyped(number, { squash: true });
}

/** A typed day "dd/mm/yyyy" (or d/m/yyyy, `-` or `.`) as "yyyy-MM-dd"; null when it is not a real day. */
export function typedDay(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDay(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "yyyy-MM-dd" → "dd/MM/yyyy", as every date is shown. */
export function showDay(day: string): string {
  return day.split("-").reverse().join("/");
}

/** A confirmation note: one paragraph, bounded; empty means none. */
export function cleanNote(note: string | null | undefined): string | null {
  const n = (note ?? "").normalize("NFC").trim();
  if (!n) return null;
  if (n.length > DOCUMENT_LIMITS.note) throw new DomainError("document-too-long", { field: "note", max: DOCUMENT_LIMITS.note });
  return n;
}
