import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType, type FileChild } from "docx";
import type { OfficialFrame } from "../model.js";
import { TEXT_WIDTH, bodyParagraph, closingParagraph, headerTable, packDocument, run, sized, titleBlock } from "./frame.js";

/** One row of the questions table: STT, the question, who asked, the answer. */
export interface MinutesRow {
  text: string;
  /** "Đ/c Nguyễn Văn An (Văn phòng)" or "Câu hỏi ẩn danh". */
  from: string;
  answer: string;
}

/** The "Biên bản hội nghị đối thoại", as plain strings (src/services/dialogue-minutes.ts fills it). */
export interface DialogueMinutesModel {
  frame: OfficialFrame;
  /** Part I: time, place, chair, secretary, participants (one paragraph each). */
  partOne: { heading: string; lines: string[] };
  /** Part II: the topic and the figures, then the table. */
  partTwo: { heading: string; lines: string[] };
  columns: [string, string, string, string];
  rows: MinutesRow[];
  noQuestions: string;
  /** Part III: the questions turned into tasks (a line each), or one line saying there were none. */
  partThree: { heading: string; lines: string[] };
  closing: string;
  /** The two signatures of a biên bản: the secretary (left) and the chair (right). */
  signatures: [{ title: string; name: string }, { title: string; name: string }];
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_GRID = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE } as const;
const WIDTHS = [0.08, 0.37, 0.2, 0.35].map((s) => Math.round(TEXT_WIDTH * s));

function para(text: string, opts: { bold?: boolean; center?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: 0, after: 0 },
    children: [run(text, { ...sized(opts.size ?? 12), bold: opts.bold ?? false })],
  });
}

function tcell(width: number, lines: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, margins: { left: 60, right: 60, top: 40, bottom: 40 }, children: lines });
}

function textCell(i: number, text: string, opts: { bold?: boolean; center?: boolean } = {}): TableCell {
  return tcell(WIDTHS[i]!, text.split("\n").map((l) => para(l, opts)));
}

function questionTable(model: DialogueMinutesModel): Table {
  const rows = [new TableRow({ tableHeader: true, children: model.columns.map((h, i) => textCell(i, h, { bold: true, center: true })) })];
  model.rows.forEach((r, i) => rows.push(new TableRow({ cantSplit: true, children: [textCell(0, String(i + 1), { center: true }), textCell(1, r.text), textCell(2, r.from), textCell(3, r.answer)] })));
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: WIDTHS, layout: TableLayoutType.FIXED, borders: GRID, rows });
}

/** A biên bản is signed by its secretary and its chair, side by side (Decree 30/2020, form of a biên bản). */
function signatureTable(model: DialogueMinutesModel): Table {
  const half = Math.round(TEXT_WIDTH / 2);
  const block = (s: { title: string; name: string }) => [para(s.title.toUpperCase(), { bold: true, center: true, size: 14 }), ...Array.from({ length: 4 }, () => para("", { size: 14 })), para(s.name, { bold: true, center: true, size: 14 })];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    layout: TableLayoutType.FIXED,
    borders: NO_GRID,
    rows: [new TableRow({ cantSplit: true, children: [tcell(half, block(model.signatures[0])), tcell(TEXT_WIDTH - half, block(model.signatures[1]))] })],
  });
}

/** The minutes as a .docx in the Decree 30/2020 form (header, title, parts I–III, the two signatures). */
export function renderDialogueMinutesDocx(model: DialogueMinutesModel): Promise<Buffer> {
  const children: FileChild[] = [headerTable(model.frame), ...titleBlock(model.frame)];
  const part = (p: { heading: string; lines: string[] }) => {
    children.push(bodyParagraph([run(p.heading, { bold: true })], { keepNext: true }));
    for (const l of p.lines) children.push(bodyParagraph([run(l)]));
  };
  part(model.partOne);
  part(model.partTwo);
  children.push(model.rows.length ? questionTable(model) : bodyParagraph([run(model.noQuestions)]));
  part(model.partThree);
  children.push(closingParagraph(model.closing));
  children.push(signatureTable(model));
  return packDocument(children, { title: `${model.frame.kindTitle} ${model.frame.summary}` });
}
