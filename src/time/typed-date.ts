import { z } from "zod";
import { dayOf, isRealDay, type Day, type LocalDate } from "./local-day.js";

/**
 * Dates typed by people, the one parser of the project. Vietnamese offices
 * write dd/mm/yyyy; phones also give d/m/yyyy and `-` or `.` as separators.
 * Parsing is strict: 31/02 or 29/02/2025 are refused, never rolled over into
 * March. Years outside 1900–2100 are typos (20026 cannot even match; 0226 can).
 */
const TYPED_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
/** yyyy-mm-dd, the form the bot itself writes in data files and some hints. */
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function checked(year: number, month: number, day: number): LocalDate | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR || !isRealDay(year, month, day)) return undefined;
  return { year, month, day };
}

export type TypedDate = { ok: true; date: LocalDate } | { ok: false; reason: "format" | "nonexistent" };

/** `20/03/2026` → {2026, 3, 20}, telling a malformed text ("format") from a day that does not exist ("nonexistent"). */
export function readTypedDate(text: string): TypedDate {
  const m = TYPED_DATE.exec(text.trim());
  if (!m) return { ok: false, reason: "format" };
  const date = checked(Number(m[3]), Number(m[2]), Number(m[1]));
  return date ? { ok: true, date } : { ok: false, reason: "nonexistent" };
}

/** `20/03/2026` → {2026, 3, 20}; undefined for a malformed or impossible date. */
export function parseTypedDate(text: string): LocalDate | undefined {
  const r = readTypedDate(text);
  return r.ok ? r.date : undefined;
}

/** dd/mm/yyyy or yyyy-mm-dd → "yyyy-MM-dd"; undefined when it is not a real day. */
export function parseTypedDay(text: string): Day | undefined {
  const s = text.trim();
  const iso = ISO_DATE.exec(s);
  const d = iso ? checked(Number(iso[1]), Number(iso[2]), Number(iso[3])) : parseTypedDate(s);
  return d ? dayOf(d) : undefined;
}

/** zod form of `parseTypedDate`: the issue's message is "date". */
export const typedDateSchema = z.string().transform((s, c): LocalDate => {
  const d = parseTypedDate(s);
  if (!d) {
    c.addIssue({ code: "custom", message: "date" });
    return z.NEVER;
  }
  return d;
});

/** zod form of `parseTypedDay`: the issue's message is "day". */
export const typedDaySchema = z.string().transform((s, c): Day => {
  const d = parseTypedDay(s);
  if (!d) {
    c.addIssue({ code: "custom", message: "day" });
    return z.NEVER;
  }
  return d;
});
