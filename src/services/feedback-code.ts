import { createHash, randomBytes } from "node:crypto";

/**
 * Receipt codes for anonymous feedback: `GY-7KQ2-M9XD-4TFA`.
 *
 * 12 symbols of Crockford's base32 = exactly 60 random bits. The alphabet has
 * no I, L, O or U, and reading is forgiving (O→0, I/L→1, lower case, missing
 * dashes or prefix), because people copy the code by hand from a phone.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const SYMBOLS = 12;
const PREFIX = "GY";

export function newReceiptCode(): string {
  // 8 random bytes = 64 bits; the first 60 are used, 5 bits per symbol.
  let bits = randomBytes(8).readBigUInt64BE();
  let symbols = "";
  for (let i = 0; i < SYMBOLS; i++) {
    symbols += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return `${PREFIX}-${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8, 12)}`;
}

/** The 12 canonical symbols of a typed code, or undefined if it cannot be one. */
export function canonicalReceiptCode(typed: string): string | undefined {
  let s = typed.normalize("NFC").toUpperCase().replace(/[\s\-–—._]/g, "");
  if (s.startsWith(PREFIX) && s.length === SYMBOLS + PREFIX.length) s = s.slice(PREFIX.length);
  s = s.replace(/O/g, "0").replace(/[IL]/g, "1");
  if (s.length !== SYMBOLS) return undefined;
  for (const ch of s) if (!ALPHABET.includes(ch)) return undefined;
  return s;
}

/**
 * What is stored instead of the code. A plain SHA-256 is enough (no salt, no
 * slow hash): the code carries 60 random bits, so there is no dictionary to
 * try, and a cracked code would only reveal what the database already shows
 * (status and replies), never who sent the feedback (docs/anonymity.md).
 */
export function hashReceiptCode(canonical: string): string {
  return createHash("sha256").update(`qcdc-feedback-receipt:${canonical}`).digest("hex");
}
