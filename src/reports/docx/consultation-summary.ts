import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType, type FileChild } from "docx";
import type { Block, OfficialFrame } from "../model.js";
import { TEXT_WIDTH, bodyParagraph, closingParagraph, closingTable, headerTable, packDocument, run, sized, titleBlock } from "./frame.js";
import { renderBlock } from "./periodic-report.js";

/** One row of the "bảng tổng hợp, tiếp thu, giải trình" table. */
export interface CommentRow {
  number: number;
  text: string;
  /** "Đ/c Nguyễn Văn An (Văn phòng)" or "Ý kiến ẩn danh". */
  from: string;
  /** "Tiếp thu: …" / "Giải trình: …" / "Chưa xử lý". */
  response: string;
}

export interface CommentGroup {
  heading: string;
  rows: CommentRow[];
}

/** The "Báo cáo tổng hợp ý kiến" of a consultation, as plain strings (src/services/consultation-report.ts fills it). */
export interface ConsultationReportModel {
  frame: OfficialFrame;
  intro: string[];
  sections: { heading: string; blocks: Block[] }[];
  /** The heading of the table part and its column titles. */
  tableHeading: string;
  columns: [string, string, string, string];
  groups: CommentGroup[];
  /** Said instead of the table when there is no comment. */
  noComments: string;
  closing: string;
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE } as const;
/** STT, the comment, who gave it, how it was taken up. */
const WIDTHS = [0.08, 0.4, 0.2, 0.32].map((s) => Math.round(TEXT_WIDTH * s));

function tcell(i: number, text: string, opts: { bold?: boolean; center?: boolean; span?: number } = {}): TableCell {
  const width = opts.span ? WIDTHS.slice(i, i + opts.span).reduce((a, b) => a + b, 0) : WIDTHS[i]!;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 40, bottom: 40 },
    children: text.split("\n").map(
      (line) =>
        new Paragraph({
          alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { before: 0, after: 0 },
          children: [run(line, { ...sized(12), bold: opts.bold ?? false })],
        }),
    ),
  });
}

function commentTable(model: ConsultationReportModel): Table {
  const rows: TableRow[] = [new TableRow({ tableHeader: true, children: model.columns.map((h, i) => tcell(i, h, { bold: true, center: true })) })];
  // STT runs 1, 2, 3… through the table, as in the office's forms (the chat's comment numbers are a working reference).
  let stt = 0;
  for (const group of model.groups) {
    if (!group.rows.length) continue;
    rows.push(new TableRow({ cantSplit: true, children: [tcell(0, group.heading, { bold: true, span: 4 })] }));
    for (const r of group.rows) {
      rows.push(new TableRow({ cantSplit: true, children: [tcell(0, String(++stt), { center: true }), tcell(1, r.text), tcell(2, r.from), tcell(3, r.response)] }));
    }
  }
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: WIDTHS, layout: TableLayoutType.FIXED, borders: GRID, rows });
}

/** The summary as a .docx in the Decree 30/2020 form (header, title, body, table, Nơi nhận, signature). */
export function renderConsultationReportDocx(model: ConsultationReportModel): Promise<Buffer> {
  const children: FileChild[] = [headerTable(model.frame), ...titleBlock(model.frame)];
  for (const text of model.intro) children.push(bodyParagraph([run(text)]));
  for (const section of model.sections) {
    children.push(bodyParagraph([run(section.heading, { bold: true })], { keepNext: true }));
    for (const block of section.blocks) children.push(...renderBlock(block));
  }
  children.push(bodyParagraph([run(model.tableHeading, { bold: true })], { keepNext: true }));
  if (model.groups.some((g) => g.rows.length)) children.push(commentTable(model));
  else children.push(bodyParagraph([run(model.noComments)]));
  children.push(closingParagraph(model.closing));
  children.push(closingTable(model.frame));
  return packDocument(children, { title: `${model.frame.kindTitle} ${model.frame.summary}` });
}
