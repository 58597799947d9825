/**
 * Small text rules for putting recorded phrases (task titles, members' words)
 * inside the report's own sentences. Pure functions, no data access.
 */

/**
 * Phrases that begin with a proper noun or an office title and keep their
 * capital inside a sentence ("Ban Chỉ đạo …", "Chánh Văn phòng …"); any other
 * title starts with a verb or a common noun ("Ban hành …", "Triển khai …") and
 * is lower-cased after "việc".
 */
const PROPER_STARTS = [
  "Ban Chỉ đạo",
  "Ban Thường vụ",
  "Ban Chấp hành",
  "Ban Tuyên giáo",
  "Chánh ",
  "Phó Chánh",
  "Trưởng ban",
  "Phó Trưởng ban",
  "Văn phòng",
  "Chi bộ",
  "Đảng ủy",
  "Công đoàn",
  "Thanh tra",
  "Luật ",
  "Nghị định",
  "Kế hoạch số",
  "Quy chế dân chủ",
  "Hội nghị",
  "UBND",
  "Ủy ban",
];

/** Lower-cases the first letter, unless the phrase starts with a name or an acronym (QCDC, CC, NLĐ). */
export function inSentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  if (PROPER_STARTS.some((p) => t.startsWith(p))) return t;
  const firstWord = t.split(/\s/, 1)[0]!;
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return t;
  return t.charAt(0).toLocaleLowerCase("vi") + t.slice(1);
}

/** One line of running text without its own closing punctuation, ready for "…: a; b." */
export function clause(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s.;,:!]+$/u, "");
}

/** A percent written by a member ("đạt 50%", "50 phần trăm"): the body never prints one. */
const PERCENT = /\d\s*%|%|phần trăm/iu;
/** Fewer words than this say nothing a reader can use ("Đang làm", "Xong"). */
const MIN_WORDS = 4;
/** Quotes per task: the report summarises, it does not reproduce every note. */
export const QUOTES_PER_TASK = 2;

/**
 * Chooses which of a task's recorded results the report quotes: the latest
 * ones (the input is oldest first), at most QUOTES_PER_TASK, skipping texts too
 * short to inform, texts with a percent and texts naming a person — the report
 * speaks for the agency and names nobody.
 */
export function selectQuotes(texts: readonly string[], names: readonly string[]): string[] {
  const lowered = names.map((n) => n.toLocaleLowerCase("vi")).filter((n) => n.length > 2);
  const picked: string[] = [];
  for (let i = texts.length - 1; i >= 0 && picked.length < QUOTES_PER_TASK; i--) {
    const c = clause(texts[i]!);
    if (c.split(" ").length < MIN_WORDS || PERCENT.test(c)) continue;
    const low = c.toLocaleLowerCase("vi");
    if (lowered.some((n) => low.includes(n))) continue;
    const s = inSentence(c);
    if (!picked.includes(s)) picked.unshift(s);
  }
  return picked;
}

/** List items of one enumeration: ";" after each, "." after the last, as an office writes them. */
export function enumerate(items: readonly string[]): string[] {
  return items.map((it, i) => `${clause(it)}${i === items.length - 1 ? "." : ";"}`);
}

/** Capitalises the first letter of a list item or a sentence. */
export function capital(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}
