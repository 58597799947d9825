import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TestBot } from "../harness/test-bot.js";
import { seedAgency, Role, type SeededAgency } from "../harness/fixtures.js";
import { Scheduler, type TickReport } from "../../src/scheduler/scheduler.js";
import type { ScheduledJob } from "../../src/scheduler/job.js";
import { enqueueMessage } from "../../src/messaging/outbox.js";
import { deadlineRemindersJob } from "../../src/scheduler/jobs/deadline-reminders.js";
import { overdueListJob } from "../../src/scheduler/jobs/overdue-list.js";
import { weeklyDigestJob } from "../../src/scheduler/jobs/weekly-digest.js";
import { quarterlySummaryJob } from "../../src/scheduler/jobs/quarterly-summary.js";
import { endOfLocalDay } from "../../src/time/local-day.js";

const run = promisify(execFile);
const TZ = "Asia/Ho_Chi_Minh";
const local = (iso: string) => new Date(`${iso}+07:00`);

let t: TestBot;
let s: SeededAgency;
beforeEach(async () => {
  t = TestBot.create({ now: "2026-04-01T01:00:00Z" });
  s = await seedAgency(t, { binh: { role: Role.MEMBER, fullName: "Trần Văn Bình" } });
});
afterEach(() => t.close());

/** A job due every day at 09:00 whose run can be told to fail. */
function dailyJob(opts: { fail?: () => boolean; usefulMs?: number } = {}): ScheduledJob {
  return {
    kind: "test-daily",
    async occurrences(_deps, agency, from, to) {
      const out = [];
      for (let d = new Date(from); d <= to; d = new Date(d.getTime() + 86_400_000)) {
        const day = d.toISOString().slice(0, 10);
        const dueAt = local(`${day}T09:00`);
        if (dueAt >= from && dueAt <= to) out.push({ key: `test-daily:agency=${agency.id}:${day}`, dueAt, data: { day } });
      }
      return out;
    },
    stillUseful: (occ, now) => now.getTime() - occ.dueAt.getTime() < (opts.usefulMs ?? 3 * 3_600_000),
    async run(tx, deps, agency, occ) {
      await enqueueMessage(tx, { agencyId: agency.id, chatId: "-1", text: `daily ${String(occ.data!.day)}`, dedupeKey: occ.key }, deps.clock.now());
      if (opts.fail?.()) throw new Error("boom");
    },
  };
}

describe("scheduler", () => {
  it("runs each occurrence once however often it ticks", async () => {
    const sched = new Scheduler(t.deps, [dailyJob()]);
    t.clock.set(local("2026-04-02T08:59"));
    expect((await sched.tick()).done).toEqual([]);
    t.clock.set(local("2026-04-02T09:00"));
    expect((await sched.tick()).done).toEqual([`test-daily:agency=${s.agency.id}:2026-04-02`]);
    expect((await sched.tick()).done).toEqual([]);
    t.clock.set(local("2026-04-02T09:01"));
    expect((await sched.tick()).done).toEqual([]);
    expect(await t.db.outboxMessage.count({ where: { chatId: "-1" } })).toBe(1);
  });

  it("after downtime: still-useful work is done at start-up, stale work is skipped and logged", async () => {
    const sched = new Scheduler(t.deps, [dailyJob()]);
    t.clock.set(local("2026-04-02T10:00"));
    await sched.tick(); // 1/4 09:00 is 25 h late at the first tick: skipped; 2/4 09:00 done
    // Down from 2/4 10:00 to 4/4 10:30: 3/4 09:00 is 25 h late (stale), 4/4 09:00 is 1.5 h late (useful).
    t.clock.set(local("2026-04-04T10:30"));
    const restarted = new Scheduler(t.deps, [dailyJob()]);
    const report = await restarted.tick();
    expect(report.skipped).toEqual([`test-daily:agency=${s.agency.id}:2026-04-03`]);
    expect(report.done).toEqual([`test-daily:agency=${s.agency.id}:2026-04-04`]);
    const texts = (await t.db.outboxMessage.findMany({ where: { chatId: "-1" }, orderBy: { id: "asc" } })).map((m) => m.text);
    expect(texts).toEqual(["daily 2026-04-02", "daily 2026-04-04"]);
    expect(t.logLines.join("")).toContain(`"key":"test-daily:agency=${s.agency.id}:2026-04-03"`);
  });

  it("a job that throws leaves no JobRun and no message, and is retried on the next tick", async () => {
    let failing = true;
    const sched = new Scheduler(t.deps, [dailyJob({ fail: () => failing })]);
    t.clock.set(local("2026-04-01T09:00"));
    expect((await sched.tick()).failed).toHaveLength(1);
    expect(await t.db.outboxMessage.count({ where: { chatId: "-1" } })).toBe(0);
    expect(await t.db.jobRun.count({ where: { kind: "test-daily" } })).toBe(0);
    failing = false;
    t.clock.set(local("2026-04-01T09:01"));
    expect((await sched.tick()).done).toHaveLength(1);
    expect(await t.db.outboxMessage.count({ where: { chatId: "-1" } })).toBe(1);
  });

  it("two scheduler processes on one database do each piece of work once", async () => {
    // Monday 06/04 08:00: the weekly digest, the overdue list and a task's "due today" reminder all fall due.
    const plan = await t.db.plan.create({
      data: {
        agencyId: s.agency.id,
        year: 2026,
        title: "Kế hoạch 2026",
        templateId: "qcdc",
        createdAt: t.clock.now(),
        sections: { create: [{ code: "2.1", title: "Công tác lãnh đạo, chỉ đạo", order: 1 }] },
      },
      include: { sections: true },
    });
    const tasks = t.deps.services.tasks;
    const mk = (title: string, d: number) =>
      tasks.assign(s.secretary.member, {
        sectionId: plan.sections[0]!.id,
        title,
        assigneeIds: [s.people.binh!.member.id],
        dueDate: endOfLocalDay({ year: 2026, month: 4, day: d }, TZ),
      });
    await mk("Nhiệm vụ đến hạn hôm nay", 6);
    await mk("Nhiệm vụ quá hạn", 3);
    const startAt = String(Date.now() + 4_000);
    const worker = (n: number) =>
      run("node", ["--import", "tsx", "tests/scheduler/tick-worker.ts", t.testDb.url, local("2026-04-06T08:00").toISOString(), startAt], {
        cwd: process.cwd(),
        env: { ...process.env, N: String(n) },
      });
    const [a, b] = await Promise.all([worker(1), worker(2)]);
    const ra = JSON.parse(a.stdout) as TickReport;
    const rb = JSON.parse(b.stdout) as TickReport;
    expect([...ra.failed, ...rb.failed]).toEqual([]);
    const all = [...ra.done, ...ra.skipped, ...rb.done, ...rb.skipped];
    expect(new Set(all).size).toBe(all.length); // nobody did anything twice
    const runs = await t.db.jobRun.findMany();
    expect(runs.map((r) => r.key).sort()).toEqual([...all].sort());
    expect(all).toContain(`weekly-digest:agency=${s.agency.id}:week=2026-04-06`);
    // One digest text + chart in the group; one overdue list; Bình: "due today" + the 3/4 task's before/due reminders skip as stale.
    const group = await t.db.outboxMessage.findMany({ where: { chatId: String(s.groupChat.id) }, orderBy: { id: "asc" } });
    // The weekly digest and the Q1 summary (due 1/4 08:00, still useful for a week): text + chart each.
    expect(group.map((m) => m.dedupeKey).sort()).toEqual(
      [
        `quarterly-summary:agency=${s.agency.id}:2026-Q1:chart`,
        `quarterly-summary:agency=${s.agency.id}:2026-Q1:text:0`,
        `weekly-digest:agency=${s.agency.id}:week=2026-04-06:chart`,
        `weekly-digest:agency=${s.agency.id}:week=2026-04-06:text:0`,
      ].sort(),
    );
    expect(await t.db.outboxMessage.count({ where: { chatId: s.secretary.user.chatId } })).toBe(1);
    const binh = await t.db.outboxMessage.findMany({ where: { chatId: s.people.binh!.user.chatId } });
    expect(binh.filter((m) => m.text.startsWith("Nhắc việc: hôm nay (06/04/2026)"))).toHaveLength(1);
    // Both processes did part of the work (a real race), unless one was much faster to start.
    // What one process lost on the unique key, the other did.
    for (const k of [...ra.lost, ...rb.lost]) expect(all).toContain(k);
    console.log(
      `two processes: A did ${ra.done.length + ra.skipped.length} (lost ${ra.lost.length}), B did ${rb.done.length + rb.skipped.length} (lost ${rb.lost.length})`,
    );
  }, 60_000);

  it("a kind switched off in /caidat is recorded as skipped and sends nothing, also after switching it back on", async () => {
    await t.deps.services.settings.update(s.secretary.member, { disable: "tonghop" });
    const sched = new Scheduler(t.deps, [weeklyDigestJob]);
    t.clock.set(local("2026-04-06T08:00"));
    expect((await sched.tick()).skipped).toEqual([`weekly-digest:agency=${s.agency.id}:week=2026-04-06`]);
    await t.deps.services.settings.update(s.secretary.member, { enable: "tonghop" });
    t.clock.set(local("2026-04-06T08:05"));
    expect((await sched.tick()).done).toEqual([]);
    expect(await t.db.outboxMessage.count({ where: { chatId: String(s.groupChat.id) } })).toBe(0);
    t.clock.set(local("2026-04-13T08:00"));
    expect((await sched.tick()).done).toEqual([`weekly-digest:agency=${s.agency.id}:week=2026-04-13`]);
  });

  it("the real jobs in one process: a second tick at the same moment adds nothing", async () => {
    const sched = new Scheduler(t.deps, [deadlineRemindersJob, overdueListJob, weeklyDigestJob, quarterlySummaryJob]);
    t.clock.set(local("2026-04-06T08:00"));
    await sched.tick();
    const before = await t.db.outboxMessage.count();
    expect(before).toBeGreaterThan(0);
    const again = await new Scheduler(t.deps, [deadlineRemindersJob, overdueListJob, weeklyDigestJob, quarterlySummaryJob]).tick();
    expect(again).toEqual({ done: [], skipped: [], failed: [], lost: [] });
    expect(await t.db.outboxMessage.count()).toBe(before);
  });
});
