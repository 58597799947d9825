import { afterEach, describe, expect, it } from "vitest";
import { feedbackBatchJob } from "../../src/scheduler/jobs/feedback-batch.js";
import { FeedbackCategory } from "../../src/services/feedback.js";
import { TestBot } from "../harness/test-bot.js";
import { seedAgency } from "../harness/fixtures.js";
import { runJobNow } from "../harness/run-job.js";

let t: TestBot;
afterEach(() => t?.close());

async function submit(agencyId: number, text: string, userId = "500") {
  return t.deps.services.feedback.submit({ platform: "telegram", userId }, { agencyId, category: FeedbackCategory.OTHER, text });
}

describe("feedback batch job", () => {
  it("is due at the agency's configured local times, default 08:00 and 16:00", async () => {
    t = TestBot.create({ now: "2026-03-02T00:00:00Z" });
    const { agency, secretary } = await seedAgency(t);
    const from = new Date("2026-03-01T17:00:00Z"); // 00:00 on 2 March, Vietnam
    const to = new Date("2026-03-03T16:59:59Z"); // end of 3 March
    const keys = async () => (await feedbackBatchJob.occurrences(t.deps, agency, from, to)).map((o) => `${o.key} ${o.dueAt.toISOString()}`);
    expect(await keys()).toEqual([
      `feedback-batch:agency=${agency.id}:2026-03-02T08:00 2026-03-02T01:00:00.000Z`,
      `feedback-batch:agency=${agency.id}:2026-03-02T16:00 2026-03-02T09:00:00.000Z`,
      `feedback-batch:agency=${agency.id}:2026-03-03T08:00 2026-03-03T01:00:00.000Z`,
      `feedback-batch:agency=${agency.id}:2026-03-03T16:00 2026-03-03T09:00:00.000Z`,
    ]);
    await t.deps.services.settings.update(secretary.member, { feedbackTimes: ["11:30"] });
    expect(await keys()).toEqual([
      `feedback-batch:agency=${agency.id}:2026-03-02T11:30 2026-03-02T04:30:00.000Z`,
      `feedback-batch:agency=${agency.id}:2026-03-03T11:30 2026-03-03T04:30:00.000Z`,
    ]);
  });

  it("splits a large batch into messages that fit Telegram, and delivers each item once", async () => {
    t = TestBot.create({ now: "2026-03-02T02:00:00Z" });
    const { agency, groupChat } = await seedAgency(t);
    for (let i = 0; i < 5; i++) await submit(agency.id, `Ý kiến ${i + 1}: ${"nội dung dài ".repeat(150)}`.slice(0, 2000), `50${i}`);
    t.clock.set("2026-03-02T09:00:00Z");
    await runJobNow(t, feedbackBatchJob, new Date("2026-03-02T02:00:00Z"));
    const out = await t.db.outboxMessage.findMany({ where: { chatId: String(groupChat.id) }, orderBy: { id: "asc" } });
    expect(out.length).toBeGreaterThan(1);
    for (const m of out) expect(m.text.length).toBeLessThanOrEqual(4096);
    expect(out[0]!.text).toContain("phần 1/");
    const numbers = out.flatMap((m) => [...m.text.matchAll(/Góp ý số (\d+)/g)].map((x) => Number(x[1])));
    expect(numbers).toEqual([1, 2, 3, 4, 5]);
    const buttons = out.flatMap((m) => (JSON.parse(m.payload) as { choices: unknown[][] }).choices);
    expect(buttons).toHaveLength(5);
    expect(await t.db.feedback.count({ where: { delivered: false } })).toBe(0);
  });

  it("keeps items waiting while switched off or without a group", async () => {
    t = TestBot.create({ now: "2026-03-02T02:00:00Z" });
    const { agency, secretary } = await seedAgency(t);
    await submit(agency.id, "Chờ đợt sau");
    await t.deps.services.settings.update(secretary.member, { disable: "gopy" });
    const occ = { key: "feedback-batch:test", dueAt: t.clock.now() };
    const run = (a = agency) => t.db.$transaction((tx) => feedbackBatchJob.run(tx, t.deps, a, occ));
    expect(await run()).toEqual({ skipped: "feedback batches switched off" });
    await t.deps.services.settings.update(secretary.member, { enable: "gopy" });
    const bound = await t.db.agencyGroup.findFirstOrThrow({ where: { agencyId: agency.id } });
    await t.db.agencyGroup.delete({ where: { id: bound.id } });
    expect(await run()).toEqual({ skipped: "no group bound" });
    expect(await t.db.feedback.count({ where: { delivered: false } })).toBe(1);
    await t.db.agencyGroup.create({ data: { agencyId: agency.id, platform: bound.platform, chatId: bound.chatId, title: bound.title, boundAt: bound.boundAt } });
    expect(await run()).toBeUndefined();
    expect(await run()).toEqual({ skipped: "no new feedback" });
    expect(await t.db.outboxMessage.count()).toBe(1);
  });
});
