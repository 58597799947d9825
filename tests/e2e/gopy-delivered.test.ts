import { afterEach, describe, expect, it } from "vitest";
import { feedbackBatchJob } from "../../src/scheduler/jobs/feedback-batch.js";
import { TestBot, texts } from "../harness/test-bot.js";
import { seedAgency, Role } from "../harness/fixtures.js";
import { runJobNow } from "../harness/run-job.js";
import { translator, DEFAULT_LOCALE } from "../../src/i18n/translator.js";

/**
 * Issue 14, finding 8: the committee sees an item only once its batch
 * delivered it (the introduction's promise), and anonymous updates leave no
 * row in the duplicate filter.
 */
let t: TestBot;
afterEach(() => t?.close());

const MORNING = "2026-03-02T02:30:00Z"; // 09:30 in Vietnam, between the 08:00 and 16:00 batches

async function sendFeedback(user: ReturnType<TestBot["user"]>, text: string): Promise<void> {
  await user.send("/gopy");
  await user.click("Góp ý");
  await user.send(text);
  expect(texts(await user.click("Gửi"))).toMatch(/GY-/);
}

describe("anonymous feedback reaches the committee only in its batch", () => {
  it("/gopy_ds, the counts and a (public) answer wait for the batch", async () => {
    t = TestBot.create({ now: MORNING });
    const { people, groupChat, agency } = await seedAgency(t, {
      hung: { role: Role.HEAD, fullName: "Trần Văn Hùng" },
      tam: { role: Role.STAFF, fullName: "Phạm Văn Tâm" },
    });
    const head = people.hung!.user;
    await sendFeedback(people.tam!.user, "Nên công khai lịch tiếp công dân.");
    t.clock.advance(5_000);

    const before = texts(await head.send("/gopy_ds tatca"));
    expect(before).not.toContain("Nên công khai lịch tiếp công dân.");
    const unknown = texts(await head.send("/traloi 1 Đã ghi nhận."));
    expect(unknown).toBe(translator().forLocale(DEFAULT_LOCALE)("err-feedback-unknown", { number: 1 }));
    expect(texts(await head.send("/gopy_nhan 1"))).toBe(unknown);
    expect(await t.db.feedbackReply.count()).toBe(0);
    expect((await t.db.feedback.findFirstOrThrow()).status).toBe("NEW");
    const stats = await t.deps.services.feedback.feedbackStats(agency.id, new Date("2026-03-01T00:00:00Z"), t.clock.now());
    expect(stats.buckets.length + stats.hidden).toBe(0);
    expect(await t.db.outboxMessage.count({ where: { chatId: t.platformId(groupChat.id) } })).toBe(0);

    t.clock.set("2026-03-02T09:00:00Z"); // 16:00: the batch
    await runJobNow(t, feedbackBatchJob, new Date(MORNING));
    expect(texts(await head.send("/gopy_ds tatca"))).toContain("Nên công khai lịch tiếp công dân.");
    expect(texts(await head.send("/traloi 1 Đã ghi nhận."))).not.toBe(unknown);
  });

  it("anonymous updates leave no row in the duplicate filter; others still do", async () => {
    t = TestBot.create({ now: MORNING });
    const { people } = await seedAgency(t, { tam: { role: Role.STAFF, fullName: "Phạm Văn Tâm" } });
    const rows = () => t.db.processedUpdate.count();
    const start = await rows();
    await sendFeedback(people.tam!.user, "Góp ý về giờ họp giao ban.");
    expect(await rows()).toBe(start);
    await people.tam!.user.send("/nhiemvu");
    expect(await rows()).toBe(start + 1);
  });

  it("an anonymous update delivered twice is handled once", async () => {
    t = TestBot.create({ now: MORNING });
    const { people } = await seedAgency(t, { tam: { role: Role.STAFF, fullName: "Phạm Văn Tâm" } });
    const tam = people.tam!.user;
    const update = {
      update_id: 777,
      message: { message_id: 5, date: 0, chat: { id: tam.profile.id, type: "private" as const, first_name: "Tâm" }, from: tam.profile, text: "/gopy", entities: [{ type: "bot_command" as const, offset: 0, length: 5 }] },
    };
    expect((await t.deliver(update)).length).toBeGreaterThan(0);
    expect(await t.deliver(update)).toEqual([]);
  });
});
