import type { AgencyReportProfile, ReportRequest } from "../generated/prisma/client.js";
import { ReportKind } from "../generated/prisma/enums.js";
import type { OfficialFrame, SignatureBlock } from "../reports/model.js";
import { DOC } from "../reports/wording.js";
import { localDate } from "../time/local-day.js";

/** The frame of an official document of this agency, dated today. */
export function frameFor(
  agencyName: string,
  profile: AgencyReportProfile,
  docType: string,
  recipients: string[],
  now: Date,
  tz: string,
): Omit<OfficialFrame, "summary" | "kindTitle"> {
  const signature: SignatureBlock = { title: profile.signerTitle };
  if (profile.authorityLine) signature.authorityLine = profile.authorityLine;
  if (profile.signerName) signature.signerName = profile.signerName;
  return {
    ...(profile.parentAgency ? { parentAgency: profile.parentAgency } : {}),
    agencyName,
    // The number is given by the office's register at signing: left blank, as in the reference plan.
    numberLine: DOC.header.numberLine(docType, profile.symbolSuffix),
    place: profile.place,
    date: localDate(now, tz),
    recipients,
    signature,
  };
}

/** The file name of a generated report version. */
export function fileNameOf(req: ReportRequest, version: number, tz: string): string {
  const d = localDate(req.periodTo, tz);
  const kind = req.kind === ReportKind.SIX_MONTH ? "6thang" : req.kind === ReportKind.ANNUAL ? "nam" : "chuyende";
  return `bao-cao-qcdc-${kind}-${d.year}-${String(d.month).padStart(2, "0")}-v${version}.docx`;
}
