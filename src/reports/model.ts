/**
 * Plain view models of the documents the committee sends upwards. The compiler
 * (src/services/periodic-report.ts) fills them from the database; the renderers
 * (src/reports/docx/*, src/reports/text.ts) turn them into a .docx or a chat
 * preview. Nothing here knows about Prisma or Telegram.
 */

/** The official frame of Decree 30/2020/NĐ-CP shared by every document we produce. */
export interface OfficialFrame {
  /** Cơ quan chủ quản, printed above the agency name (e.g. "UBND TỈNH TÂY NINH"); optional. */
  parentAgency?: string;
  agencyName: string;
  /** The whole number line, e.g. "Số:      /BC-TTr" (the number is often written in at signing). */
  numberLine: string;
  /** "Tây Ninh" — the place written before the date. */
  place: string;
  /** Calendar date of the document in the agency time zone. */
  date: { day: number; month: number; year: number };
  /** Kind word printed as the title, e.g. "BÁO CÁO". */
  kindTitle: string;
  /** The summary line under the title (trích yếu). */
  summary: string;
  recipients: string[];
  signature: SignatureBlock;
}

export interface SignatureBlock {
  /** "KT. CHÁNH THANH TRA" / "TM. BAN CHỈ ĐẠO" — the line above the title when signing on behalf. */
  authorityLine?: string;
  /** "CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA" … */
  title: string;
  /** Printed under the space left for the signature and seal. */
  signerName?: string;
}

export interface Figure {
  label: string;
  value: number | string;
}

export type Block =
  | { kind: "paragraph"; text: string }
  /** A bold-italic lead-in ("Kết quả:") followed by nothing: the next blocks explain it. */
  | { kind: "label"; text: string }
  | { kind: "figures"; items: Figure[] }
  | { kind: "list"; items: string[] };

export interface ReportSection {
  /** Printed heading, e.g. "2.1. Công tác lãnh đạo, chỉ đạo …" or "II. PHƯƠNG HƯỚNG …". */
  heading: string;
  /** 1 = a part (I., II.), 2 = a plan section inside a part. */
  level: 1 | 2;
  blocks: Block[];
}

export interface PeriodicReportModel {
  frame: OfficialFrame;
  /** Paragraphs before the first section ("Thực hiện Công văn số …"). */
  intro: string[];
  sections: ReportSection[];
  /** The closing line ("Trên đây là báo cáo …/."). */
  closing: string;
}

export interface AssessmentRow {
  code: string;
  title: string;
  maxPoints: number;
  proposed: number | null;
  confirmed: number | null;
  evidence: string;
}

/**
 * The self-assessment is an appendix of the annual report (Decree 30/2020, Appendix I, part II.2):
 * "Phụ lục", its title and "(Kèm theo Báo cáo số …)" instead of a header, number, Nơi nhận and
 * signature of its own. Exported alone it is the same page, a draft to check before signing.
 */
export interface SelfAssessmentModel {
  appendix: { heading: string; title: string[]; attachedTo: string };
  intro: string[];
  rows: AssessmentRow[];
  maxTotal: number;
  /** Total of confirmed scores (proposed where not yet confirmed is NOT counted). */
  total: number;
  /** Ranking band label, e.g. "Tốt"; null when not every criterion is confirmed. */
  band: string | null;
}
