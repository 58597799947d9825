import { foldTyped } from "../../src/format/typed-word.js";

/** The four parts of the /layykien form, as typed (validated by the service and parseAudience). */
export interface OpenForm {
  title?: string;
  audience?: string;
  deadline?: string;
  draft?: string;
}

const LABELS: Record<string, keyof OpenForm> = {
  "tieu de": "title",
  ten: "title",
  "doi tuong": "audience",
  "gui toi": "audience",
  han: "deadline",
  "han lay y kien": "deadline",
  "du thao": "draft",
  "noi dung": "draft",
};

/**
 * Reads the labelled lines of `/layykien`:
 *   Tiêu đề: …   Đối tượng: …   Hạn: dd/mm/yyyy   Dự thảo: … (to the end, several lines)
 * Labels are matched without accents or case. Everything after "Dự thảo:" is
 * the draft, so a draft may itself contain lines with colons.
 */
export function parseOpenForm(text: string): OpenForm {
  const form: OpenForm = {};
  const lines = text.normalize("NFC").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*([^:]{1,25}):\s*(.*)$/.exec(lines[i]!);
    const field = m ? LABELS[foldTyped(m[1]!)] : undefined;
    if (!m || !field) continue;
    if (field === "draft") {
      form.draft = [m[2]!, ...lines.slice(i + 1)].join("\n").trim();
      break;
    }
    form[field] = m[2]!.trim();
  }
  return form;
}
