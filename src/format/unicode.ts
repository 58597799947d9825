import { z } from "zod";

/**
 * Well-formed UTF-16 (docs/architecture.md, "Untrusted text"). A lone
 * surrogate (half of an emoji cut by a client, or sent on purpose) is not
 * text: Prisma's engine refuses it with an exception, and other systems store
 * it garbled. Incoming text is repaired once, centrally (`normalizeInput`),
 * by replacing each lone surrogate with U+FFFD, the Unicode replacement
 * character; repairing rather than refusing keeps a person whose name holds
 * one able to use the bot. The replacement is one UTF-16 unit for one, so
 * Telegram's entity offsets stay right.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function isWellFormed(s: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return !LONE_SURROGATE.test(s);
}

export function toWellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, "\uFFFD");
}

/** A zod string that must be well-formed UTF-16 (for input that did not come through the bot's middleware). */
export function wellFormedString(message = "ill-formed UTF-16 (lone surrogate)") {
  return z.string().refine(isWellFormed, { error: message });
}

/** Repairs every string inside a JSON-like value in place; returns how many were repaired. */
export function repairStrings(value: unknown, depth = 0): number {
  if (depth > 32 || value === null || typeof value !== "object") return 0;
  let repaired = 0;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, v] of entries) {
    if (typeof v === "string") {
      if (!isWellFormed(v)) {
        (value as Record<string | number, unknown>)[key] = toWellFormed(v);
        repaired++;
      }
    } else repaired += repairStrings(v, depth + 1);
  }
  return repaired;
}
