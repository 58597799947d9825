import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TestBot, texts } from "../harness/test-bot.js";
import { reopenBot, seedPlanAgency } from "./plan-helpers.js";

let t: TestBot;
beforeEach(() => {
  t = TestBot.create({ now: "2026-05-04T01:00:00Z" });
});
afterEach(() => t.close());

/** Adds `count` tasks to the plan, all assigned to `memberId`, each with 3 reports; half are overdue. */
async function addTasks(count: number, memberId: number, agencyId: number) {
  const plan = await t.db.plan.findFirstOrThrow({ include: { sections: true } });
  const last = (await t.db.task.aggregate({ _max: { number: true } }))._max.number ?? 0;
  const now = t.clock.now();
  await t.db.task.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      agencyId,
      planId: plan.id,
      sectionId: plan.sections[i % plan.sections.length]!.id,
      number: last + i + 1,
      title: `Nhiệm vụ thử ${i}`,
      dueDate: new Date(now.getTime() + (i % 2 ? 1 : -1) * 86_400_000 * 10),
      status: i % 3 === 0 ? ("IN_PROGRESS" as const) : ("NOT_STARTED" as const),
      createdAt: now,
      updatedAt: now,
    })),
  });
  const added = await t.db.task.findMany({ where: { number: { gt: last } }, select: { id: true } });
  await t.db.taskAssignee.createMany({ data: added.map((task) => ({ taskId: task.id, memberId, assignedAt: now })) });
  await t.db.progressReport.createMany({
    data: added.flatMap((task) => [1, 2, 3].map((k) => ({ agencyId, taskId: task.id, memberId, percent: k * 10, result: `Lần ${k}`, createdAt: now }))),
  });
}

/** SQL statements issued while the bot handles one command, on a fresh client, and the messages it sent. */
async function queriesFor(userId: number, command: string): Promise<{ count: number; replies: string[]; statements: string[] }> {
  const { bot, queries } = reopenBot(t, { countQueries: true });
  try {
    const user = bot.user({ id: userId });
    // Warm-up so one-off statements (the client's first connection) are not counted.
    await user.send("/trogiup");
    queries.length = 0;
    const replies = (await user.send(command)).map((m) => m.text);
    return { count: queries.length, replies, statements: [...queries] };
  } finally {
    await bot.testDb.db.$disconnect();
  }
}

/** Zalo's limit for one text; pages are cut below it on every platform. */
const ZALO_TEXT_LIMIT = 2000;

describe("statements stay constant as the plan grows", () => {
  it("/tiendo, /nhiemvu, /kehoach and /baocao run the same number of statements for 20 and for 2,000 tasks, and answer in one page", async () => {
    const s = await seedPlanAgency(t);
    await s.secretary.user.send("/taokehoach");
    const hung = s.people.hung!;
    const template = await t.db.task.count();
    // Hùng's first task is the first one after the template's.
    const commands = ["/tiendo", "/nhiemvu", "/kehoach", `/baocao ${template + 1} 40% Đã triển khai`];
    const counts: Record<string, number[]> = Object.fromEntries(commands.map((c) => [c, []]));
    const answers: { what: string; replies: string[] }[] = [];
    for (const total of [20, 2000]) {
      // The plan's own template tasks, plus `total` of Hùng's.
      await addTasks(total - ((await t.db.task.count()) - template), hung.member.id, s.agency.id);
      expect(await t.db.task.count()).toBe(template + total);
      for (const cmd of commands) {
        // Each size reports something new: the same text again within minutes is a replay, answered without writing.
        const sent = cmd.startsWith("/baocao") ? `${cmd} đợt ${total}` : cmd;
        const { count, replies, statements } = await queriesFor(hung.user.profile.id, sent);
        if (process.env.QCDC_SHOW_STATEMENTS) console.log(cmd, total, statements.join("\n"));
        counts[cmd]!.push(count);
        answers.push({ what: `${cmd} at ${total} tasks`, replies });
      }
      expect(texts(await hung.user.send("/nhiemvu"))).toContain(`Nhiệm vụ của Trần Văn Hùng (`);
    }
    console.log("statements per command (20 tasks, 2,000 tasks):", JSON.stringify(counts));
    console.log("messages sent:", answers.map((a) => `${a.what}: ${a.replies.length} (${a.replies.map((r) => r.length).join(", ")} chars)`).join("; "));
    for (const { what, replies } of answers) {
      expect(replies, `${what} answers in one message`).toHaveLength(1);
      // The counted bot knows Hùng (on Zalo too, by his hex id): the answers are the command's own.
      if (what.startsWith("/nhiemvu")) expect(replies[0], what).toContain("Nhiệm vụ của Trần Văn Hùng (");
      expect(replies[0]!.length, what).toBeGreaterThan(50);
      expect(replies[0]!.length, `${what} fits one Zalo message`).toBeLessThanOrEqual(ZALO_TEXT_LIMIT);
    }
    for (const [cmd, [small, large]] of Object.entries(counts)) {
      expect(large, `${cmd}: ${small} statements for 20 tasks, ${large} for 2,000`).toBe(small);
    }
    // Issue 15's ceilings. Every update: the starting read and the duplicate filter's insert (2); no
    // session write, since a page choice ("/tiendo 2") is reached by its command, not remembered.
    // /tiendo: period roll, current plan, sections with their counts, overdue tasks with owners (4).
    // /kehoach: period roll, current plan, sections, tasks, assignees (5).
    // /nhiemvu: period roll, the member's tasks with their sections (2).
    expect(counts["/tiendo"]![0]).toBeLessThanOrEqual(6);
    expect(counts["/kehoach"]![0]).toBeLessThanOrEqual(7);
    expect(counts["/nhiemvu"]![0]).toBeLessThanOrEqual(4);
    // A one-line report: the update's start, the period roll, one read, two writes, the commit, the duplicate filter.
    expect(counts[commands[3]!]![0]).toBeLessThanOrEqual(7);
  }, 120_000);
});
