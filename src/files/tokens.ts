import { createHash, randomBytes } from "node:crypto";

/**
 * The secret of a download link: 32 random bytes (256 bits, twice the 128
 * that make guessing hopeless), written base64url (43 characters, safe in a
 * path). Only its SHA-256 is stored: a database copy or backup opens no link,
 * and a plain hash suffices because the token is random, not a password.
 */
export const TOKEN_BYTES = 32;
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
