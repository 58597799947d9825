import { ReportKind } from "../../src/generated/prisma/enums.js";
import type { LocalDate } from "../../src/time/local-day.js";
import { typedDateSchema } from "../../src/time/typed-date.js";

/** Parsing shared by /yeucau, /baocaoky and /tudanhgia: typed words, no diacritics needed. */

const KIND_WORDS: Record<string, ReportKind> = {
  "6thang": ReportKind.SIX_MONTH,
  "6t": ReportKind.SIX_MONTH,
  nam: ReportKind.ANNUAL,
  năm: ReportKind.ANNUAL,
  chuyende: ReportKind.THEMATIC,
  "chuyên đề": ReportKind.THEMATIC,
  cd: ReportKind.THEMATIC,
};

export function parseKind(word: string): ReportKind | undefined {
  return KIND_WORDS[word.normalize("NFC").toLowerCase()];
}

export type RequestArgs =
  | { ok: true; kind: ReportKind; from: LocalDate; to: LocalDate; deadline: LocalDate; docNumber?: string; docDate?: LocalDate; topic?: string }
  | { ok: false; error: "usage" | "no-deadline" | "date" | "kind" | "topic" };

/**
 * `6thang 01/01/2026-30/06/2026 han 20/06/2026 [so 125-CV/BDVTU ngay 01/06/2026] [chude <chủ đề>]`.
 * Keywords are accepted with or without diacritics (hạn/han, số/so, ngày/ngay, chủ đề/chude).
 */
export function parseRequestArgs(text: string): RequestArgs {
  const norm = text.normalize("NFC").trim();
  const topicMatch = /\s(?:chude|chủ đề|chu de)\s+(.+)$/iu.exec(norm);
  const head = topicMatch ? norm.slice(0, topicMatch.index) : norm;
  const words = head.split(/\s+/);
  const kind = parseKind(words[0] ?? "");
  if (!kind) return { ok: false, error: "kind" };
  const range = /^(\S+)\s*[-–]\s*(\S+)$/.exec(words[1] ?? "") ?? (words[2] === "-" ? [null, words[1], words[3]] : null);
  if (!range) return { ok: false, error: "usage" };
  const from = typedDateSchema.safeParse(range[1]);
  const to = typedDateSchema.safeParse(range[2]);
  if (!from.success || !to.success) return { ok: false, error: "date" };
  const rest = words.slice(words[2] === "-" ? 4 : 2);
  const take = (keys: string[]): string | undefined => {
    const i = rest.findIndex((w) => keys.includes(w.toLowerCase()));
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const deadlineText = take(["han", "hạn"]);
  if (!deadlineText) return { ok: false, error: "no-deadline" };
  const deadline = typedDateSchema.safeParse(deadlineText);
  if (!deadline.success) return { ok: false, error: "date" };
  const docNumber = take(["so", "số"]);
  const docDateText = take(["ngay", "ngày"]);
  const docDate = docDateText ? typedDateSchema.safeParse(docDateText) : undefined;
  if (docDate && !docDate.success) return { ok: false, error: "date" };
  if (kind === ReportKind.THEMATIC && !topicMatch) return { ok: false, error: "topic" };
  return {
    ok: true,
    kind,
    from: from.data,
    to: to.data,
    deadline: deadline.data,
    ...(docNumber ? { docNumber: docNumber.slice(0, 60) } : {}),
    ...(docDate?.success ? { docDate: docDate.data } : {}),
    ...(topicMatch ? { topic: topicMatch[1]!.trim().slice(0, 200) } : {}),
  };
}
