import { rmSync, statSync } from "node:fs";
import path from "node:path";
import { FakeClock } from "../src/clock.js";
import { backupDatabase } from "../src/ops/backup.js";
import { restoreDatabase } from "../src/ops/restore.js";
import { createServices } from "../src/services/index.js";
import { ReportKind } from "../src/generated/prisma/enums.js";
import { createTestDb } from "../tests/harness/test-db.js";
import { REPORTS, seedAnnualAgency, TASKS } from "./annual-seed.js";
import { measure, type Benchmark } from "./lib.js";

/**
 * Issue 13's figure: `npm run backup` (online backup + VACUUM + quick_check of
 * the copy) of the benchmark agency — 200 tasks, 20,000 reports, and ten
 * generated annual reports with their .docx — while its connection is open,
 * and a restore of that copy into a fresh file.
 */
const bench: Benchmark = {
  name: `backup and restore — ${TASKS} tasks, ${REPORTS.toLocaleString("en")} reports, 10 generated .docx`,
  async run() {
    const t = createTestDb();
    try {
      const clock = new FakeClock("2026-12-10T02:00:00Z");
      const { agency, secretary, year } = await seedAnnualAgency(t.db, clock);
      const services = createServices({ db: t.db, clock, timezone: "Asia/Ho_Chi_Minh" });
      await services.reports.ensureFixedRequests(agency.id, year);
      const annual = (await services.reports.listRequests(agency.id)).find((r) => r.kind === ReportKind.ANNUAL)!;
      for (let i = 0; i < 10; i++) await services.reports.generate(secretary, annual.id);
      const file = path.join(t.dir, "bench-backup.db");
      const backup = await measure("npm run backup's work (backup + VACUUM + check)", 5, () => backupDatabase(t.url, file), { warmup: 1 });
      backup.label += ` [${(statSync(file).size / 1_048_576).toFixed(1)} MB]`;
      const restore = await measure("restore into a fresh file", 5, async (i) => {
        const target = path.join(t.dir, `restored-${i}.db`);
        await restoreDatabase(file, `file:${target}`, { backupDir: path.join(t.dir, "safety") });
        rmSync(target, { force: true });
      }, { warmup: 1 });
      return [backup, restore];
    } finally {
      await t.close();
    }
  },
};

export default bench;
