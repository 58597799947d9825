import type { FileChild, Paragraph } from "docx";
import type { Block, PeriodicReportModel } from "../model.js";
import { bodyParagraph, closingParagraph, closingTable, headerTable, packDocument, run, titleBlock } from "./frame.js";

/** The 6-month / annual / thematic report as a .docx in the decree's form. */
export function renderPeriodicReportDocx(model: PeriodicReportModel): Promise<Buffer> {
  const children: FileChild[] = [headerTable(model.frame), ...titleBlock(model.frame)];
  for (const text of model.intro) children.push(bodyParagraph([run(text)]));
  for (const section of model.sections) {
    children.push(bodyParagraph([run(section.heading, { bold: true })], { keepNext: true }));
    for (const block of section.blocks) children.push(...renderBlock(block));
  }
  children.push(closingParagraph(model.closing));
  children.push(closingTable(model.frame));
  return packDocument(children, { title: `${model.frame.kindTitle} ${model.frame.summary}` });
}

export function renderBlock(block: Block): Paragraph[] {
  switch (block.kind) {
    case "paragraph":
      return [bodyParagraph([run(block.text)])];
    case "label":
      return [bodyParagraph([run(block.text, { bold: true, italics: true })], { keepNext: true })];
    case "figures":
      return block.items.map((f) => bodyParagraph([run(`- ${f.label}: `), run(String(f.value), { bold: true }), run(".")]));
    case "list":
      return block.items.map((item) => bodyParagraph([run(`- ${item}`)]));
  }
}
