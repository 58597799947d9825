import { z } from "zod";
import { MeetingKind } from "../../src/services/meetings.js";
import { foldTyped } from "../../src/format/typed-word.js";

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
