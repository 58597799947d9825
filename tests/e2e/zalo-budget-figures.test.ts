import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { weeklyDigestJob } from "../../src/scheduler/jobs/weekly-digest.js";
import { TestBot, texts, type TestUser } from "../harness/test-bot.js";
import { Role, seedAgency, type SeededAgency } from "../harness/fixtures.js";
import { runJobNow } from "../harness/run-job.js";

/**
 * The figures of docs/zalo-budget.md, measured on the fake Zalo API (always
 * on Zalo, whatever the suite's platform): the messages the platform counts,
 * both directions (each update the bot receives, each message it accepts,
 * a text split at 2,000 characters once per part), for one /baocao in each
 * form and one weekly digest. Printed for the record; bounded so that a
 * change that makes them grow is noticed.
 */
let t: TestBot;
let a: SeededAgency;
let task: number;
beforeAll(async () => {
  t = TestBot.create({ platform: "zalo", now: "2026-03-02T01:00:00Z" });
  a = await seedAgency(t, {
    hung: { role: Role.MEMBER, fullName: "Trần Văn Hùng" },
    nam: { role: Role.STAFF, fullName: "Phạm Văn Nam" },
  });
  await t.deps.services.plan.createFromTemplate(a.secretary.member, 2026);
  const lan = a.secretary.user;
  await lan.send("/giaoviec");
  await lan.click("2.2.");
  await lan.send("Tuyên truyền Luật Thực hiện dân chủ ở cơ sở");
  await lan.click("Trần Văn Hùng");
  await lan.click("Phạm Văn Nam");
  await lan.click("Xong");
  await lan.send("30/06/2026");
  await lan.click("Bỏ qua");
  expect(texts(await lan.click("Xác nhận"))).toContain("Đã giao nhiệm vụ");
  task = (await t.db.task.findFirstOrThrow({ where: { title: "Tuyên truyền Luật Thực hiện dân chủ ở cơ sở" } })).number;
  await t.flushOutbox();
}, 60_000);
afterAll(() => t?.close());

/** What `act` costs on Zalo: the updates the person sent, and the messages the bot sent (replies and the outbox it caused). */
async function cost(act: (count: (u: TestUser, text: string) => Promise<string>) => Promise<void>): Promise<{ in: number; out: number }> {
  let incoming = 0;
  const before = t.telegram.sent.length;
  await act(async (u, text) => {
    incoming++;
    return texts(await u.send(text));
  });
  await t.flushOutbox();
  return { in: incoming, out: t.telegram.sent.length - before };
}

describe("Zalo messages spent (docs/zalo-budget.md)", () => {
  it("per /baocao, one line and step by step, and per weekly digest", async () => {
    const hung = a.people.hung!.user;
    const nam = a.people.nam!.user;
    const oneLine = await cost(async (say) => {
      expect(await say(hung, `baocao ${task} 40% Đã đăng 2 bài trên cổng thông tin`)).toContain("40%");
    });
    const stepByStep = await cost(async (say) => {
      expect(await say(nam, `baocao ${task}`)).toContain("bao nhiêu phần trăm");
      expect(await say(nam, "60")).toContain("Kết quả");
      expect(await say(nam, "Đã in tờ rơi phát cho các phòng")).toContain("vướng mắc");
      expect(await say(nam, "không")).toContain("đề xuất");
      expect(await say(nam, "không")).toContain("Xem lại báo cáo");
      expect(await say(nam, "gửi")).toContain("Đã ghi báo cáo");
    });
    expect(await t.db.progressReport.count()).toBe(2);

    // Monday 09/03/2026 08:00: the weekly digest (text and chart) in the bound Zalo group.
    t.clock.set("2026-03-09T01:00:00Z");
    const before = t.telegram.sent.length;
    expect(await runJobNow(t, weeklyDigestJob, new Date("2026-03-08T17:00:00Z"))).toHaveLength(1);
    await t.flushOutbox();
    const digestSent = t.telegram.sent.slice(before);
    const digest = { in: 0, out: digestSent.length };
    expect(digestSent.every((m) => m.chatId === a.groupChatId)).toBe(true);

    console.info(
      `zalo budget figures: /baocao one line ${oneLine.in} in + ${oneLine.out} out = ${oneLine.in + oneLine.out}; ` +
        `step by step ${stepByStep.in} in + ${stepByStep.out} out = ${stepByStep.in + stepByStep.out}; ` +
        `weekly digest ${digest.out} out (${digestSent.map((m) => m.method).join(", ")})`,
    );
    expect(oneLine).toEqual({ in: 1, out: 1 });
    expect(stepByStep).toEqual({ in: 6, out: 6 });
    expect(digest.out).toBeGreaterThanOrEqual(1);
    expect(digest.out).toBeLessThanOrEqual(4);
  });
});
