import { createHash } from "node:crypto";
import { canonicalReceiptCode, newReceiptCode } from "./feedback-code.js";

/**
 * Receipt codes of anonymous questions to a dialogue: `DT-7KQ2-M9XD-4TFA`.
 * The same 60 random bits and forgiving reading as the receipt codes of
 * /gopy (feedback-code.ts), under their own prefix and their own hash domain,
 * so that a code of one kind is never mistaken for the other.
 */
const PREFIX = "DT";

export function newQuestionCode(): string {
  return `${PREFIX}-${newReceiptCode().slice(3)}`;
}

/** The 12 canonical symbols of a typed code, or undefined if it cannot be one. */
export function canonicalQuestionCode(typed: string): string | undefined {
  const s = typed.normalize("NFC").toUpperCase().replace(/[\s\-–—._]/g, "");
  return canonicalReceiptCode(s.startsWith(PREFIX) && s.length === 12 + PREFIX.length ? s.slice(PREFIX.length) : s);
}

/** What is stored instead of the code (the reasons are those of feedback-code.ts). */
export function hashQuestionCode(canonical: string): string {
  return createHash("sha256").update(`qcdc-dialogue-receipt:${canonical}`).digest("hex");
}
