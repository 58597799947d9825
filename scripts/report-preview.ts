/**
 * `npm run report:preview` (not in CI): writes a sample 6-month report, an annual
 * report with its self-assessment appendix, a consultation summary (consultation-preview.ts), and the progress chart into out/,
 * from a realistic year of the template's seven sections (tests/harness/report-seed.ts);
 * converts the documents to PDF with LibreOffice and to PNG pages with pdftoppm,
 * so a person can read them as the office would. Needs: apt-get install -y
 * libreoffice-writer-nogui poppler-utils fonts-liberation (Times New Roman is not
 * in Debian; LibreOffice substitutes the metric-compatible Liberation Serif, so
 * line breaks and page breaks are the same as in Word).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FakeClock } from "../src/clock.js";
import { ReportKind, Role } from "../src/generated/prisma/enums.js";
import { createServices } from "../src/services/index.js";
import { createTestDb } from "../tests/harness/test-db.js";
import { seedRealisticYear } from "../tests/harness/report-seed.js";
import { writeConsultationPreview } from "./consultation-preview.js";
import { seedParticipation } from "./participation-preview.js";
import { writeDialoguePreview } from "./dialogue-preview.js";

const OUT = path.resolve("out");
const TZ = "Asia/Ho_Chi_Minh";
const NAMES = ["Lê Thị Hoa", "Phạm Minh Đức", "Nguyễn Thị Lan", "Trần Văn Hùng"];

async function world(nowIso: string) {
  const t = createTestDb();
  const clock = new FakeClock(nowIso);
  const services = createServices({ db: t.db, clock, timezone: TZ });
  const agency = await t.db.agency.create({ data: { name: "Thanh tra tỉnh Tây Ninh", createdAt: clock.now() } });
  const mk = (role: Role, fullName: string, id: string) =>
    t.db.member.create({ data: { agencyId: agency.id, platformUserId: id, fullName, position: "Chuyên viên", role, joinedAt: clock.now() } });
  const hoa = await mk(Role.MEMBER, NAMES[0]!, "3");
  const duc = await mk(Role.MEMBER, NAMES[1]!, "4");
  const secretary = await mk(Role.SECRETARY, NAMES[2]!, "1");
  const head = await mk(Role.HEAD, NAMES[3]!, "2");
  await seedRealisticYear(t.db, agency.id, [hoa.id, duc.id, secretary.id], clock.now(), NAMES);
  await services.reports.updateProfile(secretary, { parentAgency: "UBND tỉnh Tây Ninh", signerName: NAMES[3]! });
  await services.reports.ensureFixedRequests(agency.id, 2026);
  await seedParticipation(t.db, services, clock, secretary, [hoa, duc, head], 2026);
  return { t, clock, services, agency, secretary, head, members: [hoa, duc, secretary] };
}

function render(name: string): void {
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", OUT, path.join(OUT, `${name}.docx`)], { stdio: "inherit" });
  execFileSync("pdftoppm", ["-png", "-r", "70", path.join(OUT, `${name}.pdf`), path.join(OUT, name)], { stdio: "inherit" });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const half = await world("2026-06-10T02:00:00Z");
  try {
    const req = (await half.services.reports.listRequests(half.agency.id)).find((r) => r.kind === ReportKind.SIX_MONTH)!;
    const v = await half.services.reports.generate(half.secretary, req.id);
    writeFileSync(path.join(OUT, "bao-cao-6-thang.docx"), v.report.docx);
    writeFileSync(path.join(OUT, "bao-cao-6-thang.txt"), v.text);
    const { summaries, plan } = half.services;
    const s = await summaries.summarize(half.agency.id, { from: new Date("2026-04-01T00:00:00+07:00"), to: half.clock.now(), dueUntil: half.clock.now(), planYear: 2026 });
    const { renderProgressChart } = await import("../src/charts/progress-chart.js");
    const { chartBars } = await import("../src/scheduler/jobs/digest-text.js");
    const png = await renderProgressChart(chartBars(s), { title: "Tiến độ thực hiện Kế hoạch năm 2026 theo từng phần", asOf: half.clock.now(), timezone: TZ, tasks: s.sections.reduce((a, x) => a + x.tasks, 0) });
    writeFileSync(path.join(OUT, "tien-do.png"), png);
    void plan;
  } finally {
    await half.t.close();
  }

  const year = await world("2026-12-10T02:00:00Z");
  try {
    const set = (await year.services.selfAssessment.open(year.agency.id, 2026)).set;
    for (const [i, c] of set.criteria.entries()) {
      await year.services.selfAssessment.propose(year.members[i % 3]!, 2026, c.code, c.maxPoints - (i % 3), `Kế hoạch, biên bản, báo cáo về tiêu chí ${c.code}`);
      await year.services.selfAssessment.confirm(year.head, 2026, c.code);
    }
    const req = (await year.services.reports.listRequests(year.agency.id)).find((r) => r.kind === ReportKind.ANNUAL)!;
    const v = await year.services.reports.generate(year.secretary, req.id);
    writeFileSync(path.join(OUT, "bao-cao-nam.docx"), v.report.docx);
    writeFileSync(path.join(OUT, "bao-cao-nam.txt"), v.text);
    const sa = await year.services.selfAssessment.exportDocx(year.agency.id, 2026);
    writeFileSync(path.join(OUT, "tu-danh-gia.docx"), sa.docx);
  } finally {
    await year.t.close();
  }

  const consultation = await writeConsultationPreview(OUT);
  const dialogue = await writeDialoguePreview(OUT);
  for (const name of ["bao-cao-6-thang", "bao-cao-nam", "tu-danh-gia", consultation, dialogue]) render(name);
  console.log(execFileSync("pdffonts", [path.join(OUT, "bao-cao-6-thang.pdf")]).toString());
  console.log(`written to ${OUT}`);
}

await main();
