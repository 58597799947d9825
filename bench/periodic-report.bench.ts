import { FakeClock } from "../src/clock.js";
import { ReportKind } from "../src/generated/prisma/enums.js";
import { renderPeriodicReportDocx } from "../src/reports/docx/periodic-report.js";
import { createServices } from "../src/services/index.js";
import { createTestDb } from "../tests/harness/test-db.js";
import { measure, type Benchmark } from "./lib.js";
import { REPORTS, seedAnnualAgency, TASKS } from "./annual-seed.js";

/**
 * Issue 6's figure: the annual report of an agency with 200 tasks and 20,000
 * progress reports (plus obstacles, proposals, meetings), on a temp SQLite file.
 * Measured: compile only (the queries + grouping) and the whole generation
 * (compile, render the .docx, store the version) — the target is < 1 s.
 */
const TZ = "Asia/Ho_Chi_Minh";

const bench: Benchmark = {
  name: `periodic report — annual, ${TASKS} tasks, ${REPORTS.toLocaleString("en")} reports`,
  async run() {
    const t = createTestDb();
    try {
      const clock = new FakeClock("2026-12-10T02:00:00Z");
      const services = createServices({ db: t.db, clock, timezone: TZ });
      const { agency, secretary, year } = await seedAnnualAgency(t.db, clock);
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
