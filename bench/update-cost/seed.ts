import type { Bot } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import { TestBot } from "../../tests/harness/test-bot.js";
import { Role, seedAgency } from "../../tests/harness/fixtures.js";
import { quietLogger } from "./polled.js";
import { benchBot } from "./production-bot.js";

export const TASKS = 200;
export const REPORTS = 20_000;
/** Fifty people, for the fifty-people-at-once case; each is assignee of 8 tasks. */
export const MEMBERS = 50;
/** The fake clock's instant while seeding (and for a bot opened on the seeded file). */
export const SEED_NOW = "2026-05-04T01:00:00Z";

export interface Seeded {
  t: TestBot;
  /** Telegram id of the secretary (committee view of /tiendo, /kehoach). */
  secretaryId: number;
  /** Telegram ids of the members, each with the numbers of their open tasks. */
  reporters: { id: number; open: number[] }[];
  /** The production bot on the seeded database, for an HTTP API root. */
  makeBot: (apiRoot: string) => Bot<BotContext>;
}

/**
 * The data set on a temp SQLite file: the QCDC plan topped up to 200
 * tasks, two assignees each, 20,000 progress reports. Seeded through the
 * services (people, plan) and createMany (tasks, reports), as bench/progress.bench.ts does.
 */
export async function seedBench(): Promise<Seeded> {
  const t = TestBot.create({ now: SEED_NOW, buttons: false });
  const people: Record<string, { role: Role; fullName: string }> = {};
  for (let i = 0; i < MEMBERS; i++) people[`m${i}`] = { role: Role.MEMBER, fullName: `Thành viên Số ${i + 1}` };
  const s = await seedAgency(t, people);
  await s.secretary.user.send("/taokehoach");
  const members = Object.values(s.people);
  await fill(t, s.agency.id, members.map((p) => p.member.id));
  const reporters = [];
  for (const p of members) {
    const open = await t.db.task.findMany({
      where: { assignees: { some: { memberId: p.member.id } }, status: { in: ["NOT_STARTED", "IN_PROGRESS"] } },
      select: { number: true },
    });
    reporters.push({ id: p.user.profile.id, open: open.map((o) => o.number) });
  }
  const deps = { ...t.deps, logger: quietLogger() };
  return {
    t,
    secretaryId: s.secretary.user.profile.id,
    reporters,
    makeBot: (apiRoot) => benchBot(deps, apiRoot),
  };
}

async function fill(t: TestBot, agencyId: number, memberIds: number[]): Promise<void> {
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
  // Template tasks may already have assignees; only the new ones get two each.
  const taken = new Set((await db.taskAssignee.findMany({ select: { taskId: true } })).map((a) => a.taskId));
  await db.taskAssignee.createMany({
    data: tasks.flatMap((task, i) =>
      taken.has(task.id)
        ? []
        : [
            { taskId: task.id, memberId: memberIds[i % memberIds.length]!, assignedAt: now },
            { taskId: task.id, memberId: memberIds[(i + 1) % memberIds.length]!, assignedAt: now },
          ],
    ),
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
