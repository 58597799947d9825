import type { Block, OfficialFrame, PeriodicReportModel, SelfAssessmentModel } from "./model.js";

/**
 * Plain-text previews of the same models, for chat (plain text everywhere, see
 * docs/architecture.md): the secretary reads the draft before asking for the
 * .docx. Lines are short and sections separated by blank lines so that
 * splitMessage cuts between them.
 */
function frameHead(frame: OfficialFrame): string[] {
  const { day, month, year } = frame.date;
  return [
    ...(frame.parentAgency ? [frame.parentAgency.toUpperCase()] : []),
    frame.agencyName.toUpperCase(),
    frame.numberLine,
    `${frame.place}, ngày ${String(day).padStart(2, "0")} tháng ${month < 3 ? String(month).padStart(2, "0") : month} năm ${year}`,
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
    "Nơi nhận:",
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
      return block.items.map((f) => `- ${f.label}: ${f.value}`);
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
  const lines = [...frameHead(model.frame), ...model.intro, ""];
  model.rows.forEach((r, i) => {
    const proposed = r.proposed ?? "—";
    const confirmed = r.confirmed ?? "—";
    lines.push(`${i + 1}. ${r.title} (tối đa ${r.maxPoints}): tự chấm ${proposed}, thống nhất ${confirmed}`);
    if (r.evidence) lines.push(`   Minh chứng: ${r.evidence}`);
  });
  lines.push("", `Tổng cộng: ${model.total}/${model.maxTotal}`, `Xếp loại: ${model.band ?? "chưa xếp loại"}`);
  lines.push("", model.closing, ...frameTail(model.frame));
  return lines.join("\n");
}
