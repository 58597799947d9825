import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ReportKind, Role, TaskStatus } from "../../src/generated/prisma/enums.js";
import { chartBars, summaryText } from "../../src/scheduler/jobs/digest-text.js";
import { progressPercent } from "../../src/services/progress.js";
import { seedAgency, type SeededAgency } from "../harness/fixtures.js";
import { YEAR_SECTIONS, seedRealisticYear } from "../harness/report-seed.js";
import { TestBot, texts } from "../harness/test-bot.js";

/**
 * Issue 12, point 4: one meaning of a section's progress (done / total tasks).
 * On the same data /tiendo, the weekly digest, the chart and the annual report
 * give the same number for every section, and it is the database's own count.
 */
let t: TestBot;
let s: SeededAgency;
beforeEach(async () => {
  t = TestBot.create({ now: "2026-12-10T02:00:00Z" });
  s = await seedAgency(t, {
    hung: { role: Role.HEAD, fullName: "Trần Văn Hùng" },
    hoa: { role: Role.MEMBER, fullName: "Lê Thị Hoa" },
    duc: { role: Role.MEMBER, fullName: "Phạm Minh Đức" },
  });
  const ids = [s.people.hoa!.member.id, s.people.duc!.member.id, s.secretary.member.id];
  await seedRealisticYear(t.db, s.agency.id, ids, t.clock.now(), ["Lê Thị Hoa", "Phạm Minh Đức", s.secretary.member.fullName]);
});
afterEach(() => t.close());

const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("one meaning of progress", () => {
  it("/tiendo, the digest, the chart and the report agree with the database", async () => {
    const tasks = await t.db.task.findMany({ include: { section: true } });
    const expected = new Map(
      YEAR_SECTIONS.map((sec) => {
        const own = tasks.filter((x) => x.section.code === sec.code && x.status !== TaskStatus.CANCELLED);
        const done = own.filter((x) => x.status === TaskStatus.DONE).length;
        return [sec.code, { done, total: own.length, percent: progressPercent(done, own.length) }];
      }),
    );
    // The seed is not trivial: some sections are part-way, so a mean of task percents would differ.
    expect([...expected.values()].some((e) => e.percent > 0 && e.percent < 100)).toBe(true);
    expect(tasks.some((x) => x.status === TaskStatus.IN_PROGRESS && x.percent > 0)).toBe(true);

    const tiendo = texts(await s.secretary.user.send("/tiendo"));
    const summary = await t.deps.services.summaries.summarize(s.agency.id, { from: new Date("2026-12-01T00:00:00+07:00"), to: t.clock.now(), dueUntil: t.clock.now(), planYear: 2026 });
    const digest = summaryText(summary, { title: "Tổng hợp", tz: "Asia/Ho_Chi_Minh", withDueSoon: false }).join("\n");
    const bars = chartBars(summary);
    await t.deps.services.reports.ensureFixedRequests(s.agency.id, 2026);
    const req = (await t.deps.services.reports.listRequests(s.agency.id)).find((r) => r.kind === ReportKind.ANNUAL)!;
    const report = (await t.deps.services.reports.preview(s.agency.id, req.id)).text.split("\n");

    for (const sec of YEAR_SECTIONS) {
      const e = expected.get(sec.code)!;
      const inTiendo = new RegExp(`${esc(sec.code)}\\. ${esc(sec.title)}\\n[█░]+ (\\d+)% (\\d+)/(\\d+)`).exec(tiendo);
      expect(inTiendo, `/tiendo ${sec.code}`).not.toBeNull();
      expect(inTiendo!.slice(1).map(Number)).toEqual([e.percent, e.done, e.total]);

      const inDigest = new RegExp(`^- ${esc(sec.code)} .*: (\\d+)% \\((\\d+)/(\\d+)`, "m").exec(digest);
      expect(inDigest, `digest ${sec.code}`).not.toBeNull();
      expect(inDigest!.slice(1).map(Number)).toEqual([e.percent, e.done, e.total]);

      const bar = bars.find((b) => b.label.startsWith(`${sec.code} `))!;
      expect([bar.percent, bar.done, bar.total]).toEqual([e.percent, e.done, e.total]);

      const i = report.findIndex((l) => /^\d+\. /.test(l) && l.endsWith(sec.title));
      const line = report[i + 1]!;
      const all = new RegExp(`^Cả ${e.total} nhiệm vụ`).test(line);
      const part = new RegExp(`^Nội dung này có ${e.total} nhiệm vụ: (?:đã hoàn thành (\\d+))?`).exec(line);
      expect(all || part !== null, `report ${sec.code}: ${line}`).toBe(true);
      const done = all ? e.total : Number(part![1] ?? 0);
      expect(progressPercent(done, e.total), `report ${sec.code}`).toBe(e.percent);
    }
  });
});
