import { Table, TableLayoutType, TableRow, WidthType, type FileChild } from "docx";
import type { SelfAssessmentModel } from "../model.js";
import { DOC } from "../wording.js";
import { GRID, tableCell, type CellOptions } from "./table-cell.js";
import { TEXT_WIDTH, appendixHead, bodyParagraph, packDocument, run } from "./frame.js";


/** Column shares of the text width: STT, criterion, max, proposed, confirmed, evidence. */
const SHARES = [0.07, 0.35, 0.1, 0.1, 0.1, 0.28];
const WIDTHS = SHARES.map((s) => Math.round(TEXT_WIDTH * s));

function fmt(n: number | null): string {
  return n === null ? "" : Number.isInteger(n) ? String(n) : n.toFixed(1).replace(".", ",");
}

const tcell = (i: number, text: string, opts?: CellOptions) => tableCell(WIDTHS, i, text, opts);

/** The year-end self-assessment: a scored table, as an appendix of the annual report. */
export function renderSelfAssessmentDocx(model: SelfAssessmentModel): Promise<Buffer> {
  const header = new TableRow({
    tableHeader: true,
    children: DOC.selfAssessment.columns.map((h, i) => tcell(i, h, { bold: true, center: true })),
  });
  const rows = model.rows.map(
    (r, idx) =>
      new TableRow({
        cantSplit: true,
        children: [
          tcell(0, String(idx + 1), { center: true }),
          tcell(1, r.title),
          tcell(2, fmt(r.maxPoints), { center: true }),
          tcell(3, fmt(r.proposed), { center: true }),
          tcell(4, fmt(r.confirmed), { center: true }),
          tcell(5, r.evidence),
        ],
      }),
  );
  const total = new TableRow({
    cantSplit: true,
    children: [
      tcell(0, DOC.selfAssessment.total, { bold: true, center: true, span: 2 }),
      tcell(2, fmt(model.maxTotal), { bold: true, center: true }),
      tcell(3, fmt(model.rows.reduce((a, r) => a + (r.proposed ?? 0), 0)), { bold: true, center: true }),
      tcell(4, fmt(model.total), { bold: true, center: true }),
      tcell(5, ""),
    ],
  });
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: WIDTHS,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows: [header, ...rows, total],
  });

  const children: FileChild[] = [...appendixHead(model.appendix)];
  for (const text of model.intro) children.push(bodyParagraph([run(text)]));
  children.push(table);
  children.push(
    bodyParagraph([
      run(DOC.selfAssessment.bandLead, { bold: true }),
      run(model.band ?? DOC.selfAssessment.unbandedWhy, { bold: model.band !== null }),
      run("."),
    ]),
  );
  return packDocument(children, { title: `${model.appendix.heading} ${model.appendix.title.join(" ")}` });
}
