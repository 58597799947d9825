import { ReportKind } from "../generated/prisma/enums.js";

/**
 * The fixed wording of the official documents (periodic report, self-assessment
 * table), in one place.
 *
 * Why a TypeScript module and not a Fluent file like the chat texts
 * (src/locales/{vi,en}/*.ftl):
 * - the official document is Vietnamese by Decree 30/2020/NĐ-CP whatever the
 *   reader's language: there is no English version to keep in step, and an
 *   `en` locale must not change a word of it;
 * - it is not a chat message: its phrases are assembled into sentences, list
 *   items and table cells by the compiler, with typed values (dates already
 *   formatted, counts, names), which typed functions express and check;
 * - the phrases are grouped by document part (header, body labels a)–đ),
 *   figures, closing, Nơi nhận, signature, self-assessment table) so that the
 *   office reviews them as one piece of text, in the order they are printed.
 *
 * Everything here is printed byte for byte in the .docx and the chat preview;
 * the tests read the generated documents back and compare these texts.
 */

/** A calendar day in the agency's time zone (as `localDay` returns it). */
export interface DocDay {
  day: number;
  month: number;
  year: number;
}

const PURPOSE = "Quy chế dân chủ ở cơ sở";
const TOTAL = "Tổng cộng";
const BAND = "Xếp loại";
const UNBANDED = "chưa xếp loại";

function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object") {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

export const DOC = deepFreeze({
  /** Ô 1–5 of the decree's layout. */
  header: {
    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    /** The number is left blank: the office's register gives it at signing. */
    numberLine: (docType: string, symbolSuffix: string) => `Số:        /${docType}-${symbolSuffix}`,
    /** Decree: days below 10 and months below 3 are written with a leading zero. */
    dateLine: (place: string, d: DocDay) =>
      `${place}, ngày ${String(d.day).padStart(2, "0")} tháng ${d.month < 3 ? String(d.month).padStart(2, "0") : String(d.month)} năm ${d.year}`,
  },

  /** Ô 5b: kind of document and summary line (trích yếu). */
  title: {
    report: "BÁO CÁO",
    /** The appendix of the annual report (Decree 30/2020: "Phụ lục", then the title, then "Kèm theo …"). */
    appendix: "Phụ lục",
    /** Two lines, broken where the phrase breaks rather than where the page width falls. */
    selfAssessment: (year: number) => ["BẢNG TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN", `QUY CHẾ DÂN CHỦ Ở CƠ SỞ NĂM ${year}`] as string[],
    /** The report's number and date are given at signing: left blank, like the report's own number line. */
    attachedTo: (symbolSuffix: string, year: number, agency: string) =>
      `(Kèm theo Báo cáo số        /BC-${symbolSuffix} ngày      tháng      năm ${year} của ${agency})`,
    /** "Kết quả thực hiện … 6 tháng đầu năm 2026", or "… về <topic> (<period>)" for a thematic report. */
    reportSummary: (kind: ReportKind, topic: string | null | undefined, period: string) =>
      kind === ReportKind.THEMATIC && topic ? `Kết quả thực hiện ${PURPOSE} về ${topic} (${period})` : `Kết quả thực hiện ${PURPOSE} ${period}`,
  },

  /** The period as written in the title, the opening and the closing sentence. */
  period: {
    year: (year: number) => `năm ${year}`,
    firstHalf: (year: number) => `6 tháng đầu năm ${year}`,
    secondHalf: (year: number) => `6 tháng cuối năm ${year}`,
    /** Dates already formatted dd/MM/yyyy. */
    range: (from: string, to: string) => `từ ngày ${from} đến ngày ${to}`,
  },

  /**
   * The opening paragraph. Implementing one's own plan is "Thực hiện Kế hoạch số …"
   * ("Căn cứ" introduces legal bases, not the agency's own plan); the higher level's
   * written request, when recorded, follows.
   */
  intro: {
    report: (
      plan: { symbol: string | null; issuedAt: string | null; year: number } | null,
      request: { number: string; date: string | null } | null,
      agency: string,
      period: string,
    ) => {
      const bases: string[] = [];
      if (plan)
        bases.push(
          `Kế hoạch${plan.symbol ? ` số ${plan.symbol}` : ""}${plan.issuedAt ? ` ngày ${plan.issuedAt}` : ""} của ${agency} về thực hiện ${PURPOSE} năm ${plan.year}`,
        );
      if (request) bases.push(`Văn bản số ${request.number}${request.date ? ` ngày ${request.date}` : ""} của cơ quan cấp trên về việc báo cáo kết quả thực hiện ${PURPOSE}`);
      const lead = bases.length ? `Thực hiện ${bases.join(" và ")}, ` : "";
      return `${lead}${agency} báo cáo kết quả thực hiện ${PURPOSE} ${period} như sau:`;
    },
    /** "Căn cứ" only for criteria the higher level issued; the agency's own working list is not a legal basis. */
    selfAssessment: (criteria: { title: string; official: boolean }, agency: string, year: number) =>
      criteria.official
        ? `Căn cứ ${criteria.title}, ${agency} tự đánh giá, chấm điểm kết quả thực hiện ${PURPOSE} năm ${year} như sau:`
        : `Trên cơ sở ${criteria.title.charAt(0).toLocaleLowerCase("vi")}${criteria.title.slice(1)}, ${agency} tự đánh giá, chấm điểm như sau:`,
  },

  /** The parts a secretary can add to or rewrite, besides the plan's sections (names as offered in /baocaoky). */
  supplementTargets: {
    general: "Kết quả chung (đoạn mở đầu Mục I)",
    strengths: "Đánh giá chung — Ưu điểm (thay đoạn dự thảo)",
    weaknesses: "Đánh giá chung — Hạn chế, tồn tại (thay đoạn dự thảo)",
    causes: "Đánh giá chung — Nguyên nhân (thay đoạn dự thảo)",
    direction: "Phương hướng, nhiệm vụ kỳ tới",
    proposals: "Đề xuất, kiến nghị",
  },

  figures: {
    /** Design §5: feedback totals of 1–2 are not printed exactly. */
    fewerThanThree: "dưới 3",
    /** A figure as a line of the chat preview. */
    line: (label: string, value: number | string) => `- ${label}: ${value}`,
  },

  /** The closing sentence, kept with the signature. */
  closing: {
    report: (period: string, agency: string) => `Trên đây là báo cáo kết quả thực hiện ${PURPOSE} ${period} của ${agency}./.`,
  },

  /** Ô 9: Nơi nhận. */
  recipients: {
    heading: "Nơi nhận:",
    /** The reference plan's list, used when a request does not give its own. */
    defaults: (agencyName: string): string[] => [
      // Since 2025 the provincial Ban Dân vận is part of the Ban Tuyên giáo và Dân vận Tỉnh ủy,
      // which serves the provincial steering committee for grassroots democracy.
      "Ban Tuyên giáo và Dân vận Tỉnh ủy (Ban Chỉ đạo QCDC tỉnh)",
      "Sở Nội vụ",
      "Liên đoàn Lao động tỉnh",
      `LĐ ${agencyName}`,
      "Lưu: VT, VP",
    ],
  },

  /**
   * The agency's document settings before /mauvb changes them. Prisma cannot import these, so
   * prisma/schema/reports.prisma repeats them as @default; tests/unit/wording.test.ts keeps both in step.
   */
  profileDefaults: {
    place: "Tây Ninh",
    symbolSuffix: "TTr",
    signerTitle: "CHÁNH THANH TRA",
  },

  /** The self-assessment table and its verdict. */
  selfAssessment: {
    /** STT, criterion, max, proposed, confirmed, evidence: the column order of the table. */
    columns: ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thống nhất", "Minh chứng"],
    total: TOTAL,
    /** Lead-in of the verdict under the table (bold, then the band). */
    bandLead: `${BAND}: `,
    unbandedWhy: `${UNBANDED} (còn tiêu chí chưa được thống nhất điểm)`,
    /** Chat preview lines. */
    row: (index: number, title: string, max: number, proposed: number | string, confirmed: number | string) =>
      `${index}. ${title} (tối đa ${max}): tự chấm ${proposed}, thống nhất ${confirmed}`,
    evidence: (text: string) => `   Minh chứng: ${text}`,
    totalLine: (total: number, max: number) => `${TOTAL}: ${total}/${max}`,
    bandLine: (band: string | null) => `${BAND}: ${band ?? UNBANDED}`,
  },
} as const);
