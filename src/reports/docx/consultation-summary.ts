import { Table, TableLayoutType, TableRow, WidthType, type FileChild } from "docx";
import type { Block, OfficialFrame } from "../model.js";
import { GRID, tableCell, type CellOptions } from "./table-cell.js";
import { TEXT_WIDTH, bodyParagraph, closingParagraph, closingTable, headerTable, packDocument, run, titleBlock } from "./frame.js";
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

/** STT, the comment, who gave it, how it was taken up. */
const WIDTHS = [0.08, 0.4, 0.2, 0.32].map((s) => Math.round(TEXT_WIDTH * s));

const tcell = (i: number, text: string, opts?: CellOptions) => tableCell(WIDTHS, i, text, opts);

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
