import { TestBot, texts } from "../tests/harness/test-bot.js";
import { Role, seedAgency } from "../tests/harness/fixtures.js";
import { measure, type Benchmark } from "./lib.js";

/**
 * Issue 3's figures: a plan of 200 tasks with 20,000 progress reports on a
 * temp SQLite file; the median time the whole bot (fake Telegram, real
 * middleware, DB sessions) takes to answer `/tiendo`, and to take one
 * one-line `/baocao`.
 */
const TASKS = 200;
const REPORTS = 20_000;
const MEMBERS = 10;

const bench: Benchmark = {
  name: "progress (/tiendo, /baocao) — 200 tasks, 20,000 reports",
  async run() {
    const t = TestBot.create({ now: "2026-05-04T01:00:00Z" });
    try {
      const people: Record<string, { role: Role; fullName: string }> = {};
      for (let i = 0; i < MEMBERS; i++) people[`m${i}`] = { role: Role.MEMBER, fullName: `Thành viên Số ${i + 1}` };
      const s = await seedAgency(t, people);
      await s.secretary.user.send("/taokehoach");
      const members = Object.values(s.people);
      await seed(t, s.agency.id, members.map((p) => p.member.id));

      const sec = s.secretary.user;
      const check = texts(await sec.send("/tiendo"));
      if (!check.includes(`/${TASKS} hoàn thành`)) throw new Error(`unexpected /tiendo answer: ${check.slice(0, 200)}`);
      const tiendo = await measure("/tiendo (committee view, whole bot)", 60, () => sec.send("/tiendo"), { targetMs: 50 });

      // The reporter's open tasks, reported on in turn (50 % keeps them open).
      const reporter = members[0]!;
      const mine = await t.db.task.findMany({ where: { assignees: { some: { memberId: reporter.member.id } }, status: { in: ["NOT_STARTED", "IN_PROGRESS"] } }, select: { number: true } });
      const baocao = await measure(
        "/baocao <số> 50% <nội dung> (one report, whole bot)",
        100,
        async (i) => {
          const n = mine[Math.abs(i) % mine.length]!.number;
          const r = await reporter.user.send(`/baocao ${n} 50% Đã triển khai bước ${i}`);
          if (!r[0]?.text.includes("Đã ghi báo cáo")) throw new Error(`report refused: ${r[0]?.text}`);
        },
        { targetMs: 20 },
      );
      const service = await measure(
        "progress.reportByNumber() (service only)",
        100,
        async (i) => {
          const n = mine[Math.abs(i) % mine.length]!.number;
          await t.deps.services.progress.reportByNumber(reporter.member, n, { percent: 60, result: `Bước ${i}` });
        },
      );
      return [tiendo, baocao, service];
    } finally {
      await t.close();
    }
  },
};

/** Tops the template's tasks up to 200, spread over members, and writes 20,000 reports. */
async function seed(t: TestBot, agencyId: number, memberIds: number[]): Promise<void> {
  const db = t.db;
  const plan = await db.plan.findFirstOrThrow({ include: { sections: true } });
  const existing = await db.task.count();
  const now = t.clock.now();
  const day = 86_400_000;
  await db.task.createMany({
    data: Array.from({ length: TASKS - existing }, (_, i) => ({
      agencyId,
      planId: plan.id,
      sectionId: plan.sections[i % plan.sections.length]!.id,
      number: existing + i + 1,
      title: `Nhiệm vụ thử nghiệm số ${existing + i + 1}`,
      dueDate: new Date(now.getTime() + ((i % 5) - 2) * 30 * day),
      status: (["NOT_STARTED", "IN_PROGRESS", "IN_PROGRESS", "DONE"] as const)[i % 4],
      percent: (i % 4) * 30,
      createdAt: now,
      updatedAt: now,
    })),
  });
  const tasks = await db.task.findMany({ select: { id: true }, orderBy: { number: "asc" } });
  await db.taskAssignee.createMany({
    data: tasks.flatMap((task, i) => [
      { taskId: task.id, memberId: memberIds[i % memberIds.length]!, assignedAt: now },
      { taskId: task.id, memberId: memberIds[(i + 1) % memberIds.length]!, assignedAt: now },
    ]),
  });
  const perTask = REPORTS / TASKS;
  for (let start = 0; start < tasks.length; start += 20) {
    await db.progressReport.createMany({
      data: tasks.slice(start, start + 20).flatMap((task, j) =>
        Array.from({ length: perTask }, (_, k) => ({
          agencyId,
          taskId: task.id,
          memberId: memberIds[(start + j) % memberIds.length]!,
          percent: Math.min(90, k),
          result: `Kết quả lần ${k + 1}`,
          obstacles: k % 10 === 0 ? "Thiếu kinh phí" : null,
          createdAt: new Date(now.getTime() - (perTask - k) * day),
        })),
      ),
    });
  }
}

export default bench;
