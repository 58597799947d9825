import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
  type IParagraphOptions,
  type IRunOptions,
} from "docx";
import type { OfficialFrame } from "../model.js";
import { DOC } from "../wording.js";

/**
 * The presentation rules of Decree 30/2020/NĐ-CP (Appendix I) used by every
 * document: A4, margins, Times New Roman, the two-column header, the title, the
 * "Nơi nhận" and signature table, page numbers from page 2. Each constant names
 * the decree's range and the value we picked inside it.
 */
export const FONT = "Times New Roman";
/** docx sizes are half-points. */
const pt = (n: number) => n * 2;
/** Body text: decree 13–14; 14 reads better on print-outs and is what the reference plan uses. */
export const BODY_PT = 14;
/** docx's convertMillimetersToTwip truncates (20 mm → 1133); round instead. */
const MM = (mm: number) => Math.round((mm * 1440) / 25.4);
/** A4 in twentieths of a point. */
const PAGE = { width: 11906, height: 16838 };
/** Decree: top 20–25, bottom 20–25, left 30–35, right 15–20 mm. */
const MARGIN = { top: MM(20), bottom: MM(20), left: MM(30), right: MM(15) };
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Width of the left header column (agency name, number); the rest is the national motto. */
const LEFT_COL = Math.round(TEXT_WIDTH * 0.42);
const RIGHT_COL = TEXT_WIDTH - LEFT_COL;
/** First-line indent of body paragraphs (1 cm) and their spacing. */
export const FIRST_LINE_INDENT = MM(10);
export const BODY_SPACING = { before: 120, after: 0, line: 312 } as const; // 6 pt before, ~1.3 lines

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } as const;
const TABLE_NO_BORDERS = { ...NO_BORDERS, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER } as const;

export function run(text: string, opts: Omit<IRunOptions, "text"> = {}): TextRun {
  return new TextRun({ text, font: FONT, size: pt(BODY_PT), ...opts });
}

export function sized(size: number): { size: number } {
  return { size: pt(size) };
}

/** A centred paragraph of one run, as the header lines are. */
function centred(text: string, runOpts: Omit<IRunOptions, "text">, paraOpts: IParagraphOptions = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, ...paraOpts, children: [run(text, runOpts)] });
}

/**
 * The short solid rule under the agency name and under the motto. A paragraph
 * border spans between the indents, so indenting both sides gives a centred
 * line of the wanted length that Word and LibreOffice both draw.
 */
function rule(colWidth: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((colWidth - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 120, lineRule: "exact" },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [run("", { size: 2 })],
  });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, verticalAlign: VerticalAlign.TOP, children });
}

/** Rough width in twips of an upper-case line at a size, for sizing the rules. */
function approxWidth(text: string, sizePt: number): number {
  return Math.round(text.length * sizePt * 20 * 0.62);
}

/**
 * Ô 1–5 of the decree's layout: agency (left) and national motto (right), then
 * the number (left) and the place and date (right) on the same line.
 */
export function headerTable(frame: OfficialFrame): Table {
  const left: Paragraph[] = [];
  // Decree: 12–13 pt; 12 keeps a provincial agency's name ("THANH TRA TỈNH TÂY NINH") on one line.
  if (frame.parentAgency) left.push(centred(frame.parentAgency.toUpperCase(), sized(12)));
  const agency = frame.agencyName.toUpperCase();
  left.push(centred(agency, { ...sized(12), bold: true }));
  // Decree: a rule one third to one half the length of the agency name.
  left.push(rule(LEFT_COL, Math.min(LEFT_COL * 0.5, Math.max(MM(15), approxWidth(agency, 12) * 0.4))));

  const motto = DOC.header.motto;
  const right: Paragraph[] = [
    // Decree allows 12–13; at 13 the line wraps in the right column on A4 with official margins.
    centred(DOC.header.nation, { ...sized(12), bold: true }),
    centred(motto, { ...sized(14), bold: true }),
    // Decree: as long as the motto line.
    rule(RIGHT_COL, approxWidth(motto, 14) * 0.78),
  ];

  const dateLine = DOC.header.dateLine(frame.place, frame.date);

  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_COL, RIGHT_COL],
    layout: TableLayoutType.FIXED,
    borders: TABLE_NO_BORDERS,
    rows: [
      new TableRow({ children: [cell(LEFT_COL, left), cell(RIGHT_COL, right)] }),
      new TableRow({
        children: [
          cell(LEFT_COL, [centred(frame.numberLine, sized(13), { spacing: { before: 120, after: 0 } })]),
          cell(RIGHT_COL, [centred(dateLine, { ...sized(14), italics: true }, { spacing: { before: 120, after: 0 } })]),
        ],
      }),
    ],
  });
}

/**
 * Ô 5b: the kind of document and its summary line, bold and centred, and under
 * the summary the decree's short solid rule (one third to one half of the line).
 */
export function titleBlock(frame: OfficialFrame): Paragraph[] {
  return [
    centred(frame.kindTitle, { ...sized(14), bold: true }, { spacing: { before: 360, after: 0 } }),
    centred(frame.summary, { ...sized(14), bold: true }, { spacing: { before: 0, after: 0 } }),
    summaryRule(frame.summary),
  ];
}

/** The rule under the trích yếu: 40 % of the (first line of the) summary, followed by the space before the body. */
function summaryRule(summary: string): Paragraph {
  const line = Math.min(TEXT_WIDTH, approxWidth(summary, 14) * 0.75);
  const side = Math.max(0, Math.round((TEXT_WIDTH - line * 0.4) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 40, after: 240, line: 120, lineRule: "exact" },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [run("", { size: 2 })],
  });
}

/**
 * The head of an appendix (Decree 30/2020, Appendix I): "Phụ lục" bold, the
 * title bold upper case, "(Kèm theo …)" italic, a short rule; no national
 * header, number, Nơi nhận or signature — those belong to the report it is attached to.
 */
export function appendixHead(a: { heading: string; title: string[]; attachedTo: string }): Paragraph[] {
  return [
    centred(a.heading, { ...sized(14), bold: true }, { spacing: { before: 0, after: 0 } }),
    ...a.title.map((line) => centred(line, { ...sized(14), bold: true }, { spacing: { before: 0, after: 0 } })),
    centred(a.attachedTo, { ...sized(14), italics: true }, { spacing: { before: 0, after: 0 } }),
    summaryRule(a.attachedTo),
  ];
}

/** Ô 9a/9b and 7: "Nơi nhận" on the left, the signature block on the right. */
export function closingTable(frame: OfficialFrame): Table {
  const leftW = Math.round(TEXT_WIDTH * 0.45);
  const rightW = TEXT_WIDTH - leftW;
  const recipients: Paragraph[] = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(DOC.recipients.heading, { ...sized(12), bold: true, italics: true })] }),
    ...frame.recipients.map(
      (r, i) =>
        new Paragraph({
          spacing: { before: 0, after: 0 },
          // Decree: each recipient on its own line, ending with ";" and the last with ".".
          children: [run(`- ${withEnding(r, i === frame.recipients.length - 1)}`, sized(11))],
        }),
    ),
  ];
  const sig = frame.signature;
  const signature: Paragraph[] = [];
  if (sig.authorityLine) signature.push(centred(sig.authorityLine.toUpperCase(), { ...sized(14), bold: true }));
  signature.push(centred(sig.title.toUpperCase(), { ...sized(14), bold: true }));
  // Room for the signature and the seal.
  for (let i = 0; i < 4; i++) signature.push(centred("", sized(14)));
  if (sig.signerName) signature.push(centred(sig.signerName, { ...sized(14), bold: true }));

  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftW, rightW],
    layout: TableLayoutType.FIXED,
    borders: TABLE_NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(leftW, recipients), cell(rightW, signature)] })],
  });
}

function withEnding(text: string, last: boolean): string {
  const bare = text.trim().replace(/[;.,]+$/, "");
  return last ? `${bare}.` : `${bare};`;
}

/** The closing sentence: kept on the page of the signature so that the signature never stands alone. */
export function closingParagraph(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { ...BODY_SPACING, after: 120 }, indent: { firstLine: FIRST_LINE_INDENT }, keepNext: true, keepLines: true, children: [run(text)] });
}

/** A justified body paragraph with a first-line indent. */
export function bodyParagraph(children: TextRun[], opts: { indent?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: BODY_SPACING,
    indent: opts.indent === false ? undefined : { firstLine: FIRST_LINE_INDENT },
    keepNext: opts.keepNext ?? false,
    children,
  });
}

/** Wraps the body into an A4 document with page numbers from page 2 and packs it. */
export async function packDocument(children: FileChild[], meta: { title: string }): Promise<Buffer> {
  const pageNumberHeader = new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FONT, size: pt(13), children: [PageNumber.CURRENT] })] })],
  });
  const doc = new Document({
    creator: "qcdc-bot",
    title: meta.title,
    styles: { default: { document: { run: { font: FONT, size: pt(BODY_PT) } } } },
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: { ...MARGIN, header: MM(10), footer: MM(10) } },
          // Decree: the page number is not shown on the first page.
          titlePage: true,
        },
        headers: { default: pageNumberHeader, first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
