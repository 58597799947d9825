import { foldTyped } from "../../src/format/typed-word.js";

/** The four parts of the /doithoai_moi form, as typed (validated by the service and parseAudience). */
export interface ScheduleForm {
  topic?: string;
  when?: string;
  place?: string;
  audience?: string;
}

const LABELS: Record<string, keyof ScheduleForm> = {
  "chu de": "topic",
  "noi dung": "topic",
  "thoi gian": "when",
  ngay: "when",
  "dia diem": "place",
  "doi tuong": "audience",
  "thanh phan": "audience",
};

/**
 * Reads the labelled lines of `/doithoai_moi` (labels matched without accents
 * or case, as in /layykien):
 *   Chủ đề: …   Thời gian: dd/mm/yyyy HH:mm   Địa điểm: …   Đối tượng: …
 */
export function parseScheduleForm(text: string): ScheduleForm {
  const form: ScheduleForm = {};
  for (const line of text.normalize("NFC").split(/\r?\n/)) {
    const m = /^\s*([^:]{1,25}):\s*(.*)$/.exec(line);
    const field = m ? LABELS[foldTyped(m[1]!)] : undefined;
    if (m && field) form[field] = m[2]!.trim();
  }
  return form;
}

/** "15/12/2026 14:00" (also "14h00", "lúc") → its two parts, or undefined. */
export function splitWhen(text: string): { date: string; time: string } | undefined {
  const m = /^(\S+)\s+(?:lúc\s+|luc\s+)?(\d{1,2}[:hH]\d{2})$/u.exec(text.trim());
  if (m) return { date: m[1]!, time: m[2]! };
  const r = /^(\d{1,2}[:hH]\d{2})\s+(?:ngày\s+|ngay\s+)?(\S+)$/u.exec(text.trim());
  return r ? { date: r[2]!, time: r[1]! } : undefined;
}
