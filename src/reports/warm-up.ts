import type { PeriodicReportModel } from "./model.js";

/**
 * Renders a small sample report once, in the background some time after the
 * bot has started, and throws it away (issue 15: "the first report after a
 * start within 2× a warm one").
 *
 * Why: the first .docx a process renders pays for loading the docx library and
 * for V8 compiling its code paths (layout, tables, the zip), which made the
 * first annual report after a start 2.5× slower than the next ones: the
 * secretary who asks first after a restart waited for it. The sample touches
 * every kind of block the real reports use, so those paths are compiled before
 * anyone asks. The cost is the library staying loaded (measured in
 * docs/performance.md), paid once, after start-up, never on the way to the first poll.
 */
export async function warmReportRendering(): Promise<void> {
  const { renderPeriodicReportDocx } = await import("./docx/periodic-report.js");
  for (let i = 0; i < 2; i++) await renderPeriodicReportDocx(SAMPLE);
}

/** After start-up, so the first poll and the scheduler's catch-up go first. */
export const WARM_UP_AFTER_MS = 20_000;

const paragraph = (text: string) => ({ kind: "paragraph" as const, text });

const SAMPLE: PeriodicReportModel = {
  frame: {
    parentAgency: "UBND TỈNH MẪU",
    agencyName: "CƠ QUAN MẪU",
    numberLine: "Số:      /BC-CQ",
    place: "Mẫu",
    date: { day: 1, month: 1, year: 2026 },
    kindTitle: "BÁO CÁO",
    summary: "Kết quả thực hiện Quy chế dân chủ ở cơ sở (bản mẫu, không lưu)",
    recipients: ["Ban Chỉ đạo tỉnh;", "Lưu: VT."],
    signature: { authorityLine: "TM. BAN CHỈ ĐẠO", title: "TRƯỞNG BAN", signerName: "Người ký" },
  },
  intro: ["Thực hiện Kế hoạch năm, cơ quan báo cáo như sau:"],
  sections: [
    { heading: "I. KẾT QUẢ THỰC HIỆN", level: 1, blocks: [paragraph("Nội dung mẫu.")] },
    {
      heading: "1.1. Công tác lãnh đạo, chỉ đạo",
      level: 2,
      blocks: [
        { kind: "label", text: "Kết quả:" },
        { kind: "figures", items: Array.from({ length: 6 }, (_, i) => ({ label: `Chỉ tiêu ${i + 1}`, value: i * 7 })) },
        { kind: "list", items: ["Việc thứ nhất.", "Việc thứ hai."] },
        paragraph("Đánh giá chung."),
      ],
    },
    { heading: "II. PHƯƠNG HƯỚNG, NHIỆM VỤ", level: 1, blocks: [{ kind: "list", items: ["Tiếp tục thực hiện."] }] },
  ],
  closing: "Trên đây là báo cáo mẫu./.",
};
