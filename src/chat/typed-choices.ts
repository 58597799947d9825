import { foldTyped } from "../format/typed-word.js";
import type { ChoiceGrid } from "./message.js";

/**
 * How choices are chosen by typing — the one rule, for every platform:
 *
 * - A choice that names its typed forms ("đồng ý", "50", "/baocao 12") is
 *   chosen by typing any of them (case, diacritics and spacing do not matter).
 * - A choice that names none is numbered: 1, 2, 3… in reading order, and
 *   typing its number chooses it.
 * - A step that also takes free numbers (a percent, a task number) says so
 *   (`takesNumbers`); then no choice may be numbered, because "12" must mean
 *   the step's own number. Such choices carry their own forms, which are the
 *   very numbers or words the step understands, so both readings agree.
 *   Asking to number a choice on such a step is a programming error, caught
 *   by the tests of that flow.
 *
 * Only the choices of the latest message(s) the bot sent in a private chat are
 * remembered, so an old list can never be chosen from by accident.
 */
export interface TypedChoice {
  label: string;
  action?: string;
  url?: string;
  /** What to type: the first is shown, all are accepted. */
  forms: string[];
}

export function typedChoicesOf(grid: ChoiceGrid, opts: { takesNumbers?: boolean } = {}): TypedChoice[] {
  let n = 0;
  const out: TypedChoice[] = [];
  for (const choice of grid.flat()) {
    if (choice.url) {
      out.push({ label: choice.label, url: choice.url, forms: [] });
      continue;
    }
    let forms = choice.typed?.filter((f) => f.trim()) ?? [];
    if (!forms.length) {
      if (opts.takesNumbers) throw new Error(`choice "${choice.label}" needs a typed form: this step takes free numbers`);
      forms = [String(++n)];
    }
    out.push({ label: choice.label, ...(choice.action ? { action: choice.action } : {}), forms });
  }
  return out;
}

/** The choice a typed text selects, if any. Commands (`/…`) are left to their handlers. */
export function matchTyped<T extends { forms: string[] }>(choices: readonly T[], text: string): T | undefined {
  const typed = foldTyped(text);
  if (!typed || text.trim().startsWith("/")) return undefined;
  return choices.find((c) => choosableForms(c.forms).some((f) => foldTyped(f) === typed));
}

/**
 * The forms by which typing can choose a choice: not its command forms
 * ("/tiendo 2"), which reach the command itself and never a remembered choice.
 */
export function choosableForms(forms: readonly string[]): string[] {
  return forms.filter((f) => !f.startsWith("/"));
}

/**
 * Whether a text reads as a numbered choice being answered ("1", "#2", "số 3",
 * "Trả lời số 1", "chọn 2"): a number of at most two digits, alone or after
 * the words people put before it. Anything longer ("1 người", "2026") is
 * something else. Groups remember no choices, so there this is answered with
 * where choosing by number works (src/bot/fallback.ts).
 */
export function looksLikeNumberedChoice(text: string): boolean {
  return /^(?:(?:tra loi|chon|xin chon|toi chon|em chon)\s*)?(?:(?:so|phuong an|lua chon|y)\s*)?#?\d{1,2}\s*[.!)]?$/.test(foldTyped(text));
}

const BULLET = "• ";
const SEP = " — ";

/**
 * Writes choices out under a text, for a platform without buttons:
 *
 *     Chọn bằng cách gõ:
 *     • 1 — Thư ký
 *     • đồng ý — Xác nhận
 *     • /baocao 12 — Báo cáo tiến độ
 *     • Mở tài liệu: https://…
 */
export function writeChoices(text: string, choices: readonly TypedChoice[], header: string): string {
  if (!choices.length) return text;
  const lines = choices.map((c) => (c.url ? `${BULLET}${c.label}: ${c.url}` : `${BULLET}${c.forms[0]}${SEP}${c.label}`));
  return `${text}\n\n${header}\n${lines.join("\n")}`;
}

/**
 * Reads back what `writeChoices` wrote: the label and what to type. Tests use
 * it to "press" a choice by typing, as a person reading the message would.
 */
export function readWrittenChoices(text: string): { typed: string; label: string }[] {
  const out: { typed: string; label: string }[] = [];
  for (const line of text.split("\n")) {
    if (!line.startsWith(BULLET)) continue;
    const body = line.slice(BULLET.length);
    const at = body.indexOf(SEP);
    if (at > 0) out.push({ typed: body.slice(0, at), label: body.slice(at + SEP.length) });
  }
  return out;
}

/** The choices of the bot's latest message(s) in a private chat, kept in the session so typing can choose them. */
export interface RememberedChoices {
  messageId?: number;
  items: { action: string; forms: string[] }[];
}
