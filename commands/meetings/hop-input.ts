import { z } from "zod";
import { parseLocalDate, parseLocalTime } from "../../src/services/meeting-time.js";
import { MeetingKind } from "../../src/services/meetings.js";
import { foldTyped } from "../../src/format/typed-word.js";

/** dd/mm/yyyy, strictly (31/02 is refused, not rolled over). */
export const localDateSchema = z.string().transform((s, c) => {
  const d = parseLocalDate(s);
  if (!d) {
    c.addIssue({ code: "custom", message: "date" });
    return z.NEVER;
  }
  return d;
});

/** HH:mm, 24-hour (also 8:30 and 14h00, as people type them). */
export const localTimeSchema = z.string().transform((s, c) => {
  const t = parseLocalTime(s);
  if (!t) {
    c.addIssue({ code: "custom", message: "time" });
    return z.NEVER;
  }
  return t;
});

/** quy / dinhky → quarterly; batthuong / dotxuat → extraordinary (without diacritics, as typed on phones). */
export function parseKind(text: string): MeetingKind | undefined {
  const w = foldTyped(text, { squash: true });
  if (["quy", "dinhky", "dinhkyhangquy", "1"].includes(w)) return MeetingKind.QUARTERLY;
  if (["batthuong", "dotxuat", "2"].includes(w)) return MeetingKind.EXTRAORDINARY;
  return undefined;
}

/** Typed words that mean "no value" for an optional step. */
export function isTypedSkip(text: string): boolean {
  const t = text.normalize("NFC").trim().toLowerCase();
  return ["-", "bỏ qua", "bo qua", "không", "khong", "không có", "khong co"].includes(t);
}
