import { FakeClock } from "../src/clock.js";
import { ReportKind, Role, TaskStatus } from "../src/generated/prisma/enums.js";
import type { Member } from "../src/generated/prisma/client.js";
import { renderPeriodicReportDocx } from "../src/reports/docx/periodic-report.js";
import { createServices } from "../src/services/index.js";
import { createTestDb } from "../tests/harness/test-db.js";
import { measure, type Benchmark } from "./lib.js";

/**
 * Issue 6's figure: the annual report of an agency with 200 tasks and 20,000
 * progress reports (plus obstacles, proposals, meetings), on a temp SQLite file.
 * Measured: compile only (the queries + grouping) and the whole generation
 * (compile, render the .docx, store the version) — the target is < 1 s.
 */
const TASKS = 200;
const REPORTS = 20_000;
const MEMBERS = 10;
const ASSIGNEES = 2;
const TZ = "Asia/Ho_Chi_Minh";
const SECTIONS = ["2.1", "2.2", "2.3", "2.4", "3", "4", "5"];

const bench: Benchmark = {
  name: `periodic report — annual, ${TASKS} tasks, ${REPORTS.toLocaleString("en")} reports`,
  async run() {
    const t = createTestDb();
    try {
      const clock = new FakeClock("2026-12-10T02:00:00Z");
      const services = createServices({ db: t.db, clock, timezone: TZ });
      const db = t.db;
      const agency = await db.agency.create({ data: { name: "Thanh tra tỉnh Tây Ninh", createdAt: clock.now() } });
      const members: Member[] = [];
      for (let i = 0; i < MEMBERS; i++) {
        members.push(
          await db.member.create({
            data: { agencyId: agency.id, platformUserId: String(i + 1), fullName: `Thành viên Số ${i + 1}`, position: "Chuyên viên", role: i === 0 ? Role.SECRETARY : Role.MEMBER },
          }),
        );
      }
      const secretary = members[0]!;
      const year = 2026;
      const day = (doy: number) => new Date(Date.UTC(year, 0, 1 + doy, 3));
      const plan = await db.plan.create({ data: { agencyId: agency.id, year, title: "Kế hoạch", templateId: "qcdc", createdAt: day(0) } });
      const sections: { id: number }[] = [];
      for (const [i, code] of SECTIONS.entries()) sections.push(await db.planSection.create({ data: { planId: plan.id, code, title: `Nội dung ${code}`, order: i } }));
      await db.task.createMany({
        data: Array.from({ length: TASKS }, (_, i) => ({
          agencyId: agency.id,
          planId: plan.id,
          sectionId: sections[i % sections.length]!.id,
          number: i + 1,
          title: `Nhiệm vụ thử nghiệm số ${i + 1} về thực hiện dân chủ ở cơ sở`,
          status: i % 3 === 0 ? TaskStatus.DONE : i % 3 === 1 ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED,
          dueDate: day(30 + (i % 330)),
          completedAt: i % 3 === 0 ? day(20 + (i % 300)) : null,
          createdAt: day(0),
          updatedAt: day(0),
        })),
      });
      const tasks = await db.task.findMany({ select: { id: true } });
      for (let start = 0; start < REPORTS; start += 2000) {
        await db.progressReport.createMany({
          data: Array.from({ length: Math.min(2000, REPORTS - start) }, (_, k) => {
            const i = start + k;
            return {
              agencyId: agency.id,
              taskId: tasks[i % TASKS]!.id,
              // Two assignees per task take turns (tasks have one to three assignees in practice):
              // 400 quoted results in the document.
              memberId: members[((i % TASKS) + (Math.floor(i / TASKS) % ASSIGNEES)) % MEMBERS]!.id,
              percent: Math.min(100, (i % 11) * 10),
              result: `Kết quả thực hiện lần ${i}: đã triển khai đến các phòng nghiệp vụ`,
              createdAt: day(1 + (i % 330)),
            };
          }),
        });
      }
      const someReports = await db.progressReport.findMany({ take: 800, select: { id: true, taskId: true, memberId: true, createdAt: true } });
      await db.obstacle.createMany({
        data: someReports.slice(0, 500).map((r, i) => ({
          agencyId: agency.id,
          reportId: r.id,
          taskId: r.taskId,
          memberId: r.memberId,
          text: `Vướng mắc ${i}`,
          createdAt: r.createdAt,
          ...(i % 2 ? { status: "RESOLVED" as const, resolution: "Đã xử lý", resolvedAt: r.createdAt } : {}),
        })),
      });
      await db.proposal.createMany({
        data: someReports.slice(500, 800).map((r, i) => ({ agencyId: agency.id, reportId: r.id, taskId: r.taskId, memberId: r.memberId, text: `Đề xuất ${i}`, createdAt: r.createdAt })),
      });

      await services.reports.ensureFixedRequests(agency.id, year);
      const annual = (await services.reports.listRequests(agency.id)).find((r) => r.kind === ReportKind.ANNUAL)!;
      const first = await services.reports.generate(secretary, annual.id);
      if (first.figures.reports !== REPORTS) throw new Error(`expected ${REPORTS} reports, compiled ${first.figures.reports}`);

      const compile = await measure("compile the annual report (queries + grouping)", 10, () => services.reports.compile(annual), { warmup: 2 });
      const generate = await measure("generate: compile + .docx + store a version", 10, () => services.reports.generate(secretary, annual.id), { warmup: 2, targetMs: 1000 });
      const compiled = await services.reports.compile(annual);
      const render = await measure("render the .docx only", 10, () => renderPeriodicReportDocx(compiled.model), { warmup: 2 });
      return [compile, render, generate];
    } finally {
      await t.close();
    }
  },
};

export default bench;
