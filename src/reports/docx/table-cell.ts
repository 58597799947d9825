import { AlignmentType, BorderStyle, Paragraph, TableCell, VerticalAlign, WidthType } from "docx";
import { run, sized } from "./frame.js";

/** The thin black grid of the reports' tables. */
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
export const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE } as const;

export interface CellOptions {
  bold?: boolean;
  center?: boolean;
  /** Columns the cell spans, from column `i` on. */
  span?: number;
}

/**
 * One cell of a report table, 12 pt, one paragraph per line of `text`, in
 * column `i` of a table whose column widths (DXA) are `widths`: the one cell
 * shape of every table the reports draw, so they all look alike.
 */
export function tableCell(widths: readonly number[], i: number, text: string, opts: CellOptions = {}): TableCell {
  const width = opts.span ? widths.slice(i, i + opts.span).reduce((a, b) => a + b, 0) : widths[i]!;
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
