import { z } from "zod";
import { foldTyped } from "../../src/format/typed-word.js";
import { parseTypedDate as parseLocalDate } from "../../src/time/typed-date.js";
import { toInstant } from "../../src/time/local-time.js";
import { parseLocalTime } from "../../src/time/typed-time.js";
import { VoteKind } from "../../src/services/vote-rules.js";

/** Where no time is typed, a deadline is the end of the office day. */
export const DEFAULT_DEADLINE_TIME = "17:00";

/** "kín" / "bỏ phiếu kín" → secret; "công khai" → open; anything else undefined. */
export function parseBallot(text: string): boolean | undefined {
  const w = foldTyped(text, { squash: true });
  if (["kin", "bophieukin", "phieukin", "bimat"].includes(w)) return true;
  if (["congkhai", "giotay", "mo"].includes(w)) return false;
  return undefined;
}

/** "10/03/2026 17:00", "10/03/2026 17h", "10/03/2026" (17:00) → an instant in the agency's zone. */
export function parseDeadline(text: string, tz: string): Date | undefined {
  const [d = "", t = DEFAULT_DEADLINE_TIME, ...rest] = text.trim().split(/\s+/);
  if (rest.length) return undefined;
  const date = parseLocalDate(d);
  const time = parseLocalTime(t);
  return date && time ? toInstant(date, time, tz) : undefined;
}

/** The fields of `/bieuquyet moi <đối tượng> | <kín|công khai> | <hạn> | <câu hỏi> [| a; b; c]`. */
export const createLine = z
  .string()
  .transform((s) => s.split("|").map((p) => p.trim()))
  .pipe(z.array(z.string()).min(4).max(5))
  .transform(([audience, ballot, deadline, question, choices]) => ({
    audience: audience!,
    ballot: ballot!,
    deadline: deadline!,
    question: question!,
    kind: choices ? VoteKind.CHOICES : VoteKind.YES_NO,
    choices: choices ? choices.split(";").map((c) => c.trim()).filter(Boolean) : undefined,
  }));
