import type { DbOrTx } from "../db/client.js";
import type { AgencyReportProfile } from "../generated/prisma/client.js";
import { ConsultationStatus, ConsultationUptake } from "../generated/prisma/enums.js";
import { formatDate } from "../format/date.js";
import { translate } from "../i18n/translator.js";
import type { CommentGroup, CommentRow, ConsultationReportModel } from "../reports/docx/consultation-summary.js";
import { consultationSummary, type ConsultationSummary, type SummaryComment } from "./consultation-summary.js";
import { frameFor } from "./report-frame.js";

export interface ConsultationReport {
  docx: Buffer;
  fileName: string;
  summary: ConsultationSummary;
  model: ConsultationReportModel;
}

/** "Dự thảo Quy chế …" inside a sentence reads "dự thảo Quy chế …", as offices write it. */
function inSentence(title: string): string {
  return title.replace(/^Dự thảo\b/u, "dự thảo");
}

/** Fluent prints numbers with a thousands separator ("2.026"): counts go in as strings. */
const s = (n: number) => String(n);

function audienceLabel(sum: ConsultationSummary): string {
  if (sum.audience.kind === "departments") return translate("consult-audience-departments", { names: sum.audienceDepartments.join(", ") });
  return translate(`consult-audience-${sum.audience.kind}`);
}

function row(c: SummaryComment): CommentRow {
  const from = c.author
    ? translate(c.department ? "consult-report-from-dept" : "consult-report-from", { name: c.author, department: c.department ?? "" })
    : translate("consult-report-from-anon");
  const response =
    c.uptake === ConsultationUptake.ACCEPTED
      ? translate("consult-report-accepted", { note: c.note ?? "" })
      : c.uptake === ConsultationUptake.EXPLAINED
        ? translate("consult-report-explained", { note: c.note ?? "" })
        : translate("consult-report-pending");
  return { number: c.number, text: c.text, from, response };
}

/** Builds the model of the "Báo cáo tổng hợp ý kiến" (Decree 30/2020 form) from the summary. */
export function reportModel(sum: ConsultationSummary, agencyName: string, profile: AgencyReportProfile, now: Date, tz: string): ConsultationReportModel {
  const c = sum.consultation;
  const accepted = sum.comments.filter((x) => x.uptake === ConsultationUptake.ACCEPTED);
  const explained = sum.comments.filter((x) => x.uptake === ConsultationUptake.EXPLAINED);
  const pending = sum.comments.filter((x) => x.uptake === null);
  const groups: CommentGroup[] = [
    { heading: translate("consult-report-group-accepted", { count: s(accepted.length) }), rows: accepted.map(row) },
    { heading: translate("consult-report-group-explained", { count: s(explained.length) }), rows: explained.map(row) },
  ];
  if (pending.length) groups.push({ heading: translate("consult-report-group-pending", { count: s(pending.length) }), rows: pending.map(row) });
  const percent = sum.asked ? Math.round((sum.answered * 100) / sum.asked) : 0;
  const frame = frameFor(agencyName, profile, "BC", [translate("consult-report-to-committee"), translate("consult-report-to-staff"), "Lưu: VT"], now, tz);
  return {
    frame: { ...frame, kindTitle: "BÁO CÁO", summary: translate("consult-report-summary", { title: inSentence(c.title) }) },
    intro: [
      translate("consult-report-intro", {
        agency: agencyName,
        opened: formatDate(c.createdAt, tz),
        deadline: formatDate(c.deadline, tz),
        audience: audienceLabel(sum),
        title: inSentence(c.title),
        number: s(c.number),
      }),
      // A summary taken before the close says so: later batches will change its figures.
      ...(c.status === ConsultationStatus.OPEN ? [translate("consult-report-still-open", { date: formatDate(now, tz) })] : []),
    ],
    sections: [
      {
        heading: translate("consult-report-part1"),
        blocks: [
          {
            kind: "figures",
            items: [
              { label: translate("consult-report-asked"), value: s(sum.asked) },
              { label: translate("consult-report-answered"), value: translate("consult-report-share", { count: s(sum.answered), percent: s(percent) }) },
              { label: translate("consult-report-agree"), value: s(sum.agree) },
              { label: translate("consult-report-none"), value: s(sum.noOpinion) },
              { label: translate("consult-report-comments"), value: translate("consult-report-comments-value", { count: s(sum.comments.length), anonymous: s(sum.anonymousComments) }) },
            ],
          },
          ...(sum.departments.length > 1 || sum.departments[0]?.name
            ? [
                { kind: "label" as const, text: translate("consult-report-by-dept") },
                {
                  kind: "list" as const,
                  // Each line ends with ";" and the last with ".", as the figures above do.
                  items: sum.departments.map(
                    (d, i, all) => `${translate("consult-report-dept-line", { name: d.name || translate("consult-report-no-dept"), answered: s(d.answered), asked: s(d.asked) })}${i === all.length - 1 ? "." : ";"}`,
                  ),
                },
              ]
            : []),
        ],
      },
    ],
    tableHeading: translate("consult-report-part2", { accepted: s(accepted.length), explained: s(explained.length) }),
    columns: [translate("consult-report-col-no"), translate("consult-report-col-text"), translate("consult-report-col-from"), translate("consult-report-col-response")],
    groups,
    noComments: translate("consult-report-no-comments"),
    closing: translate("consult-report-closing", { title: inSentence(c.title) }),
  };
}

/** Compiles and renders the report (the renderer is loaded on first use, like the periodic report's). */
export async function consultationReport(
  db: DbOrTx,
  args: { agencyId: number; number: number; profile: AgencyReportProfile; now: Date; timezone: string },
): Promise<ConsultationReport> {
  const summary = await consultationSummary(db, args.agencyId, args.number);
  const agency = await db.agency.findUniqueOrThrow({ where: { id: args.agencyId }, select: { name: true } });
  const model = reportModel(summary, agency.name, args.profile, args.now, args.timezone);
  const { renderConsultationReportDocx } = await import("../reports/docx/consultation-summary.js");
  return { docx: await renderConsultationReportDocx(model), fileName: `tong-hop-y-kien-dot-${args.number}.docx`, summary, model };
}
