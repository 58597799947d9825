import { z } from "zod";
import { ConsultationAnswerKind, ConsultationUptake } from "../generated/prisma/enums.js";
import { foldTyped } from "../format/typed-word.js";
import { DomainError } from "./errors.js";

export { ConsultationAnswerKind, ConsultationUptake };

export const TITLE_MAX = 200;
export const DRAFT_MAX = 20_000;
export const COMMENT_MAX = 2_000;
export const NOTE_MAX = 1_000;

/** An answer as typed: "đồng ý", "không có ý kiến", or the comment itself. */
export interface ParsedAnswer {
  kind: ConsultationAnswerKind;
  text: string | null;
}

const AGREE_WORDS = new Set(["dong y", "dongy", "nhat tri", "nhattri"]);
const NO_OPINION_WORDS = new Set(["khong co y kien", "khongcoykien", "khong y kien", "khong"]);

/**
 * Reads a typed answer. Only the exact words count as "đồng ý" / "không có ý
 * kiến": "Đồng ý, nhưng đề nghị sửa Điều 3" is a comment, and is kept whole.
 */
export function parseAnswer(raw: string): ParsedAnswer {
  const text = raw.normalize("NFC").trim();
  if (!text) throw new DomainError("consult-answer-empty");
  const word = foldTyped(text).replace(/[.!]+$/, "");
  if (AGREE_WORDS.has(word)) return { kind: ConsultationAnswerKind.AGREE, text: null };
  if (NO_OPINION_WORDS.has(word)) return { kind: ConsultationAnswerKind.NO_OPINION, text: null };
  if (text.length < 3 || !/\p{L}/u.test(text)) throw new DomainError("consult-answer-short");
  if (text.length > COMMENT_MAX) throw new DomainError("consult-answer-long", { max: COMMENT_MAX, length: text.length });
  return { kind: ConsultationAnswerKind.COMMENT, text };
}

/** "tiếp thu" / "giải trình", typed or from the command name. */
export function parseUptake(word: string): ConsultationUptake | undefined {
  const w = foldTyped(word, { squash: true });
  if (w === "tiepthu") return ConsultationUptake.ACCEPTED;
  if (w === "giaitrinh") return ConsultationUptake.EXPLAINED;
  return undefined;
}

const titleSchema = z
  .string()
  .transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(z.string().min(5).max(TITLE_MAX).regex(/\p{L}/u));

const linkSchema = z.string().trim().url().regex(/^https?:\/\//i).max(500);

export interface CheckedDraft {
  title: string;
  draftText: string | null;
  draftLink: string | null;
}

/**
 * The title and the draft of a consultation. The draft is a text, or a link
 * (a message that is only a web address), never empty.
 */
export function checkDraft(title: string, draft: string): CheckedDraft {
  const t = titleSchema.safeParse(title);
  if (!t.success) throw new DomainError("consult-title", { max: TITLE_MAX });
  const body = draft.normalize("NFC").trim();
  if (!body) throw new DomainError("consult-draft-empty");
  if (body.length > DRAFT_MAX) throw new DomainError("consult-draft-long", { max: DRAFT_MAX });
  if (/^\S+$/.test(body) && /^https?:/i.test(body)) {
    if (!linkSchema.safeParse(body).success) throw new DomainError("consult-draft-link");
    return { title: t.data, draftText: null, draftLink: body };
  }
  if (body.length < 20 || !/\p{L}/u.test(body)) throw new DomainError("consult-draft-short");
  return { title: t.data, draftText: body, draftLink: null };
}

/** The note of a tiếp thu / giải trình: what was changed, or why not. */
export function checkNote(raw: string): string {
  const note = raw.normalize("NFC").replace(/[ \t]+/g, " ").trim();
  if (note.length < 3 || !/\p{L}/u.test(note)) throw new DomainError("consult-note-empty");
  if (note.length > NOTE_MAX) throw new DomainError("consult-note-long", { max: NOTE_MAX });
  return note;
}
