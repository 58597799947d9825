/**
 * `npm run report:preview` (not in CI): writes a sample 6-month report and a
 * self-assessment into out/, converts them to PDF with LibreOffice and to PNG
 * pages with pdftoppm, so a person can check the layout against the form of
 * Decree 30/2020/NĐ-CP. Needs: apt-get install -y libreoffice-writer-nogui
 * poppler-utils fonts-liberation (Times New Roman is not in Debian; LibreOffice
 * substitutes the metric-compatible Liberation Serif, so line breaks and page
 * breaks are the same as in Word).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FakeClock } from "../src/clock.js";
import { ReportKind, Role } from "../src/generated/prisma/enums.js";
import { createServices } from "../src/services/index.js";
import { createTestDb } from "../tests/harness/test-db.js";
import { seedHalfYear } from "../tests/harness/report-seed.js";

const OUT = path.resolve("out");
const TZ = "Asia/Ho_Chi_Minh";

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const t = createTestDb();
  try {
    const clock = new FakeClock("2026-06-10T02:00:00Z");
    const services = createServices({ db: t.db, clock, timezone: TZ });
    const agency = await t.db.agency.create({ data: { name: "Thanh tra tỉnh Tây Ninh", createdAt: clock.now() } });
    const mk = (role: Role, fullName: string, id: string) =>
      t.db.member.create({ data: { agencyId: agency.id, platformUserId: id, fullName, position: "Chuyên viên", role, joinedAt: clock.now() } });
    const secretary = await mk(Role.SECRETARY, "Nguyễn Thị Lan", "1");
    const head = await mk(Role.HEAD, "Trần Văn Hùng", "2");
    const members = [await mk(Role.MEMBER, "Lê Thị Hoa", "3"), await mk(Role.MEMBER, "Phạm Minh Đức", "4"), secretary];
    await seedHalfYear(t.db, agency.id, members.map((m) => m.id));
    await services.reports.updateProfile(secretary, { parentAgency: "UBND tỉnh Tây Ninh", signerName: "Trần Văn Hùng" });
    await services.reports.ensureFixedRequests(agency.id, 2026);
    const req = (await services.reports.listRequests(agency.id)).find((r) => r.kind === ReportKind.SIX_MONTH)!;
    await services.reports.setSupplement(secretary, req.id, "chung", "Nhìn chung, công tác thực hiện Quy chế dân chủ ở cơ sở 6 tháng đầu năm được lãnh đạo cơ quan quan tâm chỉ đạo sát sao, các thành viên Ban Chỉ đạo thực hiện đúng nhiệm vụ được phân công.");
    const v = await services.reports.generate(secretary, req.id);
    writeFileSync(path.join(OUT, "bao-cao-6-thang.docx"), v.report.docx);

    const set = (await services.selfAssessment.open(agency.id, 2026)).set;
    for (const [i, c] of set.criteria.entries()) {
      const score = c.maxPoints - (i % 3);
      await services.selfAssessment.propose(members[i % members.length]!, 2026, c.code, score, `Minh chứng tiêu chí ${c.code}: kế hoạch, biên bản, báo cáo kèm theo`);
      await services.selfAssessment.confirm(head, 2026, c.code);
    }
    const sa = await services.selfAssessment.exportDocx(agency.id, 2026);
    writeFileSync(path.join(OUT, "tu-danh-gia.docx"), sa.docx);

    for (const name of ["bao-cao-6-thang", "tu-danh-gia"]) {
      execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", OUT, path.join(OUT, `${name}.docx`)], { stdio: "inherit" });
      execFileSync("pdftoppm", ["-png", "-r", "70", path.join(OUT, `${name}.pdf`), path.join(OUT, name)], { stdio: "inherit" });
    }
    const fonts = execFileSync("pdffonts", [path.join(OUT, "bao-cao-6-thang.pdf")]).toString();
    console.log(fonts);
    console.log(`written to ${OUT}`);
  } finally {
    await t.close();
  }
}

await main();
