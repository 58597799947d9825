import { afterEach, describe, expect, it } from "vitest";
import { TestBot, texts } from "../harness/test-bot.js";
import { Role, seedAgency } from "../harness/fixtures.js";
import { seedPlanAgency } from "./plan-helpers.js";

/**
 * What a newcomer meets, tried as a newcomer would (issue 12, "what a new
 * user met"): examples that work when copied, the person's place said in
 * full, notices that say when they will go, a way out of every confirmation.
 */
let t: TestBot;
afterEach(() => t.close());

/** The text after "ví dụ " in a usage line, up to the end of the sentence. */
function exampleIn(text: string, command: string): string {
  const at = text.indexOf(`ví dụ ${command}`) >= 0 ? text.indexOf(`ví dụ ${command}`) + 6 : text.indexOf(`Ví dụ: ${command}`) + 7;
  expect(at).toBeGreaterThan(6);
  return text.slice(at).split(/\. |\n/)[0]!.trim();
}

describe("a newcomer copies the bot's own examples", () => {
  it("the meeting example is in the future and works as shown, whatever today is", async () => {
    t = TestBot.create({ now: "2026-11-27T01:00:00Z" }); // Friday 27/11/2026
    const s = await seedAgency(t, {});
    const usage = texts(await s.secretary.user.send("/hop moi x"));
    const example = exampleIn(usage, "/hop moi");
    expect(example).toMatch(/^\/hop moi quy \d\d\/\d\d\/2026 08:00 Phòng họp số 1$/);
    expect(example).not.toContain("20/03/2026");
    expect(texts(await s.secretary.user.send(example))).toContain("Đã lên lịch họp");
    const m = await t.db.meeting.findFirstOrThrow();
    // Two weeks ahead, moved off the weekend: Friday 11/12/2026.
    expect(m.startsAt).toEqual(new Date("2026-12-11T01:00:00Z"));
  });

  it("the report-request example has a deadline still ahead, in December as in June", async () => {
    for (const [now, period] of [
      ["2026-12-02T01:00:00Z", "01/07/2026-31/12/2026 han 15/12/2026"],
      ["2026-12-20T01:00:00Z", "01/01/2027-30/06/2027 han 15/06/2027"],
    ] as const) {
      t = TestBot.create({ now });
      const s = await seedAgency(t, {});
      const usage = texts(await s.secretary.user.send("/yeucau"));
      const example = exampleIn(usage, "/yeucau");
      expect(example).toContain(period);
      // Accepted as shown: recorded, or matched to the period the bot already tracks.
      expect(texts(await s.secretary.user.send(example))).toMatch(/Đã ghi nhận yêu cầu báo cáo|Đã cập nhật yêu cầu báo cáo/);
      t.close();
    }
    t = TestBot.create();
  });
});

describe("the person's place, said in full", () => {
  it("names the committee for its members and the agency for its staff", async () => {
    t = TestBot.create();
    const s = await seedAgency(t, { tu: { role: Role.STAFF, fullName: "Phạm Văn Tư" }, hoa: { role: Role.DEPUTY, fullName: "Lê Thị Hoa" } });
    const sec = texts(await s.secretary.user.send("/start"));
    expect(sec).toContain("Xin chào đồng chí");
    expect(sec).toContain("Đồng chí là Thư ký Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở của");
    expect(texts(await s.people.hoa!.user.send("/start"))).toContain("Đồng chí là Phó Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở của");
    const staff = texts(await s.people.tu!.user.send("/start"));
    expect(staff).toContain("Đồng chí là công chức, người lao động của");
    expect(staff).not.toContain("Ban Chỉ đạo thực hiện");
  });
});

describe("notices and confirmations", () => {
  it("at night, the assigner learns that the notices wait for the end of quiet hours", async () => {
    t = TestBot.create({ now: "2026-03-02T15:00:00Z" }); // Monday 22:00 in Vietnam
    const s = await seedPlanAgency(t);
    const sec = s.secretary.user;
    await sec.send("/taokehoach");
    const hung = s.people.hung!;
    await sec.send("/giaoviec");
    await sec.click("2.2.");
    await sec.send("Tuyên truyền Luật Thực hiện dân chủ ở cơ sở");
    await sec.send(String(hung.member.id));
    await sec.click("Xong");
    await sec.send("30/06/2026");
    await sec.click("Bỏ qua");
    const done = texts(await sec.click("Xác nhận"));
    expect(done).toContain("Bot sẽ nhắn riêng cho Trần Văn Hùng lúc 07:00 03/03/2026, khi hết giờ yên lặng");
  });

  it("the assignment can be cancelled at its confirmation, and nothing is written", async () => {
    t = TestBot.create({ now: "2026-03-02T01:00:00Z" });
    const s = await seedPlanAgency(t);
    const sec = s.secretary.user;
    await sec.send("/taokehoach");
    const before = await t.db.task.count();
    await sec.send("/giaoviec");
    await sec.click("2.2.");
    await sec.send("Tuyên truyền Luật Thực hiện dân chủ ở cơ sở");
    await sec.send(String(s.people.hung!.member.id));
    await sec.click("Xong");
    await sec.send("30/06/2026");
    const confirm = texts(await sec.click("Bỏ qua"));
    expect(confirm).toContain("“Hủy” (hoặc gõ “hủy”) để thôi");
    expect(texts(await sec.click("Hủy"))).toContain("Đã hủy, chưa giao nhiệm vụ nào.");
    expect(await t.db.task.count()).toBe(before);
    expect(await t.db.outboxMessage.count()).toBe(0);
  });

  it("quiet hours that end where they start read as none, never 'từ 00:00 đến 00:00'", async () => {
    t = TestBot.create();
    const s = await seedAgency(t, {});
    await s.secretary.user.send("/caidat gionghi 00:00 00:00");
    const shown = texts(await s.secretary.user.send("/caidat"));
    expect(shown).toContain("Giờ yên lặng: không đặt");
    expect(shown).not.toContain("từ 00:00 đến 00:00");
    await s.secretary.user.send("/caidat gionghi 21:00 06:30");
    expect(texts(await s.secretary.user.send("/caidat"))).toContain("từ 21:00 đến 06:30 sáng hôm sau");
  });
});
