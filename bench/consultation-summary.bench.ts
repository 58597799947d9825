import { FakeClock } from "../src/clock.js";
import { consultationReport } from "../src/services/consultation-report.js";
import { consultationSummary } from "../src/services/consultation-summary.js";
import { createServices } from "../src/services/index.js";
import { createTestDb } from "../tests/harness/test-db.js";
import { countingDb } from "../tests/harness/counting-db.js";
import { seedConsultation } from "./consultation-seed.js";
import { measure, type Benchmark } from "./lib.js";

/**
 * Issue 11's figure: the consultation summary (the "Báo cáo tổng hợp ý kiến")
 * of a consultation sent to 500 staff, 400 answers, 80 comments. Measured: the
 * summary's queries alone, and the whole .docx; the number of queries is
 * printed for 50 and 500 staff and must be the same.
 */
const TZ = "Asia/Ho_Chi_Minh";
const STAFF = 500;

async function queriesAt(staff: number): Promise<number> {
  const t = createTestDb();
  try {
    const { agencyId, number } = await seedConsultation(t.db, new Date("2026-12-10T02:00:00Z"), staff);
    const counted = countingDb(t.db);
    await consultationSummary(counted.db, agencyId, number);
    return counted.count();
  } finally {
    await t.close();
  }
}

const bench: Benchmark = {
  name: `consultation summary — ${STAFF} staff, ${STAFF * 0.8} answers`,
  async run() {
    const small = await queriesAt(50);
    const large = await queriesAt(STAFF);
    console.log(`  queries for the summary: ${small} at 50 staff, ${large} at ${STAFF} staff`);
    if (small !== large) throw new Error(`query count grows with the staff: ${small} → ${large}`);
    const t = createTestDb();
    try {
      const clock = new FakeClock("2026-12-10T02:00:00Z");
      const services = createServices({ db: t.db, clock, timezone: TZ });
      const { agencyId, number } = await seedConsultation(t.db, clock.now(), STAFF);
      const profile = await services.reports.profile(agencyId);
      const summary = await measure("summary (queries + grouping)", 20, () => consultationSummary(t.db, agencyId, number), { warmup: 3 });
      const docx = await measure("summary .docx (summary + render)", 10, () => consultationReport(t.db, { agencyId, number, profile, now: clock.now(), timezone: TZ }), { warmup: 2, targetMs: 1000 });
      return [summary, docx];
    } finally {
      await t.close();
    }
  },
};

export default bench;
