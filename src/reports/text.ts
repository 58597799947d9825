import type { Block, OfficialFrame, PeriodicReportModel, SelfAssessmentModel } from "./model.js";
import { DOC } from "./wording.js";

/**
 * Plain-text previews of the same models, for chat (plain text everywhere, see
 * docs/architecture.md): the secretary reads the draft before asking for the
 * .docx. Lines are short and sections separated by blank lines so that
 * splitMessage cuts between them.
 */
function frameHead(frame: OfficialFrame): string[] {
  return [
    ...(frame.parentAgency ? [frame.parentAgency.toUpperCase()] : []),
    frame.agencyName.toUpperCase(),
    frame.numberLine,
    DOC.header.dateLine(frame.place, frame.date),
    "",
    frame.kindTitle,
    frame.summary,
    "",
  ];
}

function frameTail(frame: OfficialFrame): string[] {
  const sig = frame.signature;
  return [
    "",
    DOC.recipients.heading,
    ...frame.recipients.map((r) => `- ${r}`),
    "",
    ...(sig.authorityLine ? [sig.authorityLine.toUpperCase()] : []),
    sig.title.toUpperCase(),
    ...(sig.signerName ? [sig.signerName] : []),
  ];
}

export function blockText(block: Block): string[] {
  switch (block.kind) {
    case "paragraph":
      return [block.text];
    case "label":
      return [block.text];
    case "figures":
      return block.items.map((f) => DOC.figures.line(f.label, f.value));
    case "list":
      return block.items.map((i) => `- ${i}`);
  }
}

export function renderPeriodicReportText(model: PeriodicReportModel): string {
  const lines = [...frameHead(model.frame), ...model.intro];
  for (const s of model.sections) {
    lines.push("", s.heading);
    for (const b of s.blocks) lines.push(...blockText(b));
  }
  lines.push("", model.closing, ...frameTail(model.frame));
  return lines.join("\n");
}

export function renderSelfAssessmentText(model: SelfAssessmentModel): string {
  const lines = [model.appendix.heading, ...model.appendix.title, model.appendix.attachedTo, "", ...model.intro, ""];
  model.rows.forEach((r, i) => {
    const proposed = r.proposed ?? "—";
    const confirmed = r.confirmed ?? "—";
    lines.push(DOC.selfAssessment.row(i + 1, r.title, r.maxPoints, proposed, confirmed));
    if (r.evidence) lines.push(DOC.selfAssessment.evidence(r.evidence));
  });
  lines.push("", DOC.selfAssessment.totalLine(model.total, model.maxTotal), DOC.selfAssessment.bandLine(model.band));
  return lines.join("\n");
}
