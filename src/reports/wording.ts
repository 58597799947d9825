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
    selfAssessment: "BẢNG TỰ ĐÁNH GIÁ",
    /** "Kết quả thực hiện … 6 tháng đầu năm 2026", or "… về <topic> (<period>)" for a thematic report. */
    reportSummary: (kind: ReportKind, topic: string | null | undefined, period: string) =>
      kind === ReportKind.THEMATIC && topic ? `Kết quả thực hiện ${PURPOSE} về ${topic} (${period})` : `Kết quả thực hiện ${PURPOSE} ${period}`,
    selfAssessmentSummary: (year: number) => `Kết quả thực hiện ${PURPOSE} năm ${year}`,
  },

  /** The period as written in the title, the opening and the closing sentence. */
  period: {
    year: (year: number) => `năm ${year}`,
    firstHalf: (year: number) => `6 tháng đầu năm ${year}`,
    secondHalf: (year: number) => `6 tháng cuối năm ${year}`,
    /** Dates already formatted dd/MM/yyyy. */
    range: (from: string, to: string) => `từ ngày ${from} đến ngày ${to}`,
  },

  /** The opening paragraph: the bases ("Thực hiện …; Căn cứ …") then the announcement. */
  intro: {
    request: (docNumber: string, docDate: string | null) =>
      `Thực hiện văn bản số ${docNumber}${docDate ? ` ngày ${docDate}` : ""} của cơ quan cấp trên về việc báo cáo kết quả thực hiện ${PURPOSE}`,
    /** "Căn cứ" only when the plan is the first basis. */
    plan: (p: { first: boolean; symbol: string | null; issuedAt: string | null; year: number; agency: string }) =>
      `${p.first ? "Căn cứ " : ""}Kế hoạch${p.symbol ? ` số ${p.symbol}` : ""}${p.issuedAt ? ` ngày ${p.issuedAt}` : ""} thực hiện Quy chế dân chủ năm ${p.year} của ${p.agency}`,
    report: (bases: readonly string[], agency: string, period: string) =>
      `${bases.length ? `${bases.join("; ")}. ` : ""}${agency} báo cáo kết quả thực hiện ${PURPOSE} ${period} như sau:`,
    selfAssessment: (criteriaTitle: string, agency: string, year: number) =>
      `Căn cứ ${criteriaTitle}, ${agency} tự đánh giá, chấm điểm kết quả thực hiện ${PURPOSE} năm ${year} như sau:`,
  },

  /** Headings of the report's parts; plan sections are printed "<code>. <title>". */
  headings: {
    results: "I. KẾT QUẢ THỰC HIỆN",
    general: "1. Kết quả chung",
    planSection: (code: string, title: string) => `${code}. ${title}`,
    direction: "II. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
    proposals: "III. ĐỀ XUẤT, KIẾN NGHỊ",
  },

  /** The parts a secretary can add a paragraph to, besides the plan's sections (names as offered in /baocaoky). */
  supplementTargets: {
    general: "Kết quả chung",
    direction: "Phương hướng, nhiệm vụ kỳ tới",
    proposals: "Đề xuất, kiến nghị",
  },

  /** The lead-ins a)–đ) of each plan section, and the secretary's addition. */
  labels: {
    results: "a) Kết quả thực hiện",
    figures: "b) Số liệu",
    obstacles: "c) Khó khăn, vướng mắc và kết quả giải quyết",
    proposals: "d) Đề xuất",
    direction: "đ) Phương hướng kỳ tới",
    supplement: "Ý kiến bổ sung",
    conclusions: "Thực hiện các kết luận của Ban Chỉ đạo:",
  },

  /** Sentences printed when a part has nothing to report. */
  empty: {
    general: "Trong kỳ chưa có kế hoạch, nhiệm vụ hoặc báo cáo tiến độ nào được ghi nhận.",
    results: "Trong kỳ chưa có kết quả được báo cáo cho nội dung này.",
    obstacles: "Không phát sinh khó khăn, vướng mắc.",
    proposals: "Không có đề xuất.",
    sectionDone: "Các nhiệm vụ của nội dung này trong kỳ đã hoàn thành.",
    allDone: "Các nhiệm vụ trong kỳ đã hoàn thành; tiếp tục duy trì thực hiện Kế hoạch trong kỳ tới.",
    noProposals: "Không có đề xuất, kiến nghị.",
  },

  /** Sentences and list items built from the recorded data (dates already formatted). */
  body: {
    task: (number: number, title: string) => `Nhiệm vụ số ${number}: ${title}.`,
    result: (text: string, who: string, date: string, percent: number) => `${text} (${who}, ${date}, ${percent}%)`,
    /** An obstacle or a proposal, with who raised it and when. */
    attributed: (text: string, who: string, date: string) => `${text} (${who}, ${date})`,
    resolved: (head: string, date: string, resolution: string | null) => `${head}: đã giải quyết ngày ${date}${resolution ? ` – ${resolution}` : ""}`,
    unresolved: (head: string) => `${head}: chưa giải quyết`,
    openTask: (number: number, title: string, due: string | null) => `Nhiệm vụ số ${number}: ${title}${due ? ` (hạn ${due})` : ""}`,
    conclusion: (text: string, meetingDate: string) => `${text} (kết luận cuộc họp ngày ${meetingDate})`,
    continueOpen: (open: number, overdue: number) =>
      `Tiếp tục thực hiện ${open} nhiệm vụ chưa hoàn thành (nêu tại từng nội dung trên), trong đó ${overdue} nhiệm vụ quá hạn cần tập trung hoàn thành ngay.`,
    proposalsCount: (n: number) => `Trong kỳ có ${n} đề xuất của thành viên Ban Chỉ đạo (nêu tại từng nội dung trên).`,
  },

  /** Labels of the figures ("b) Số liệu" and the general results). */
  figures: {
    done: "Nhiệm vụ hoàn thành",
    inProgress: "Nhiệm vụ đang thực hiện",
    overdue: "Nhiệm vụ quá hạn",
    notStarted: "Nhiệm vụ chưa triển khai",
    sectionInProgress: "Đang thực hiện",
    sectionOverdue: "Quá hạn",
    meetingsHeld: "Số cuộc họp Ban Chỉ đạo đã tổ chức",
    disseminated: "Số văn bản, nội dung đã triển khai, quán triệt",
    feedbackReceived: "Góp ý, phản ánh, kiến nghị của CC, NLĐ đã tiếp nhận",
    feedbackAnswered: "Góp ý, phản ánh, kiến nghị đã trả lời",
    obstacles: "Vướng mắc phát sinh / đã giải quyết",
    /** Design §5: feedback totals of 1–2 are not printed exactly. */
    fewerThanThree: "dưới 3",
    pair: (a: number, b: number) => `${a} / ${b}`,
    /** A figure as a line of the chat preview. */
    line: (label: string, value: number | string) => `- ${label}: ${value}`,
  },

  /** The closing sentence, kept with the signature. */
  closing: {
    report: (period: string, agency: string) => `Trên đây là báo cáo kết quả thực hiện ${PURPOSE} ${period} của ${agency}./.`,
    selfAssessment: (year: number, agency: string) => `Trên đây là kết quả tự đánh giá thực hiện ${PURPOSE} năm ${year} của ${agency}./.`,
  },

  /** Ô 9: Nơi nhận. */
  recipients: {
    heading: "Nơi nhận:",
    /** The reference plan's list, used when a request does not give its own. */
    defaults: (agencyName: string): string[] => [
      "Ban Dân vận Tỉnh ủy (Ban CĐ QCDC tỉnh)",
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
