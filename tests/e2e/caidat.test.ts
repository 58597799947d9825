import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TestBot, texts } from "../harness/test-bot.js";
import { seedAgency, Role, type SeededAgency } from "../harness/fixtures.js";
import { loadCalendar } from "../../src/time/agency-calendar.js";

let t: TestBot;
let s: SeededAgency;
beforeEach(async () => {
  t = TestBot.create();
  s = await seedAgency(t, { binh: { role: Role.MEMBER, fullName: "Trần Văn Bình" } });
});
afterEach(() => t.close());

describe("/caidat", () => {
  it("shows the defaults, created on first read", async () => {
    const r = texts(await s.secretary.user.send("/caidat"));
    expect(r).toContain("Tổng hợp tuần: Thứ Hai lúc 08:00");
    expect(r).toContain("Giờ chuyển góp ý vào nhóm: 08:00, 16:00");
    expect(r).toContain("Nhắc hạn nhiệm vụ trước: 3 ngày làm việc");
    expect(r).toContain("từ 20:00 đến 07:00");
    expect(r).toContain("nhachan: Nhắc hạn nhiệm vụ cho người được giao — đang bật");
    expect(await t.db.agencySettings.count()).toBe(1);
  });

  it("changes times, lead days and switches, and records who did it", async () => {
    const sec = s.secretary.user;
    expect(texts(await sec.send("/caidat tonghop thứ 6 16h30"))).toContain("Đã lưu cài đặt.");
    await sec.send("/caidat gopy 9:00,15:00,08:00");
    await sec.send("/caidat nhachan 5");
    await sec.send("/caidat gionghi 21:00 06:30");
    const r = texts(await sec.send("/caidat tat tonghop"));
    expect(r).toContain("Tổng hợp tuần: Thứ Sáu lúc 16:30");
    expect(r).toContain("08:00, 09:00, 15:00");
    expect(r).toContain("Nhắc hạn nhiệm vụ trước: 5 ngày làm việc");
    expect(r).toContain("từ 21:00 đến 06:30");
    expect(r).toContain("tonghop: Tổng hợp tuần trong nhóm — đang tắt");
    const settings = await t.deps.services.settings.get(s.agency.id);
    expect(settings).toMatchObject({ digestWeekday: 5, digestTime: "16:30", deadlineLeadDays: 5, quietStart: "21:00", quietEnd: "06:30" });
    expect([...settings.disabled]).toEqual(["tonghop"]);
    expect(await t.db.auditLog.count({ where: { action: "settings.update" } })).toBe(5);
    await sec.send("/caidat bat tonghop");
    expect((await t.deps.services.settings.get(s.agency.id)).disabled.size).toBe(0);
  });

  it("answers bad input with the expected forms and changes nothing", async () => {
    const sec = s.secretary.user;
    for (const bad of ["/caidat tonghop thu9 08:00", "/caidat gopy 25:00", "/caidat nhachan ba", "/caidat tat moinguoi", "/caidat xyz"]) {
      expect(texts(await sec.send(bad))).toContain("/caidat tonghop thu2 08:00");
    }
    expect(texts(await sec.send("/caidat nhachan 40"))).toContain("không hợp lệ");
    expect(texts(await sec.send("/caidat gionghi 18:00 09:00"))).toContain("14 tiếng");
    const settings = await t.deps.services.settings.get(s.agency.id);
    expect(settings).toMatchObject({ digestWeekday: 1, digestTime: "08:00", deadlineLeadDays: 3, quietStart: "20:00", quietEnd: "07:00" });
  });

  it("is for the secretary and the head only", async () => {
    const r = texts(await s.people.binh!.user.send("/caidat tat nhachan"));
    expect(r).toContain("Trưởng ban");
    expect((await t.deps.services.settings.get(s.agency.id)).disabled.size).toBe(0);
  });
});

describe("/ngaynghi", () => {
  it("lists the national holidays and lets the secretary add, make up and remove days", async () => {
    const sec = s.secretary.user;
    const list = texts(await sec.send("/ngaynghi 2026"));
    expect(list).toContain("17/02/2026: Tết Nguyên đán (Mùng 1)");
    expect(list).toContain("02/09/2026: Quốc khánh");

    expect(texts(await sec.send("/ngaynghi them 10/06/2026 Nghỉ bù hội thao"))).toContain("Đã thêm ngày nghỉ 10/06/2026");
    expect(texts(await sec.send("/ngaynghi lambu 2026-05-09"))).toContain("09/05/2026");
    expect(texts(await sec.send("/ngaynghi xoa 01/09/2026"))).toContain("nay là ngày làm việc");
    const cal = await loadCalendar(t.db, s.agency.id, [2026]);
    expect(cal.isWorkingDay("2026-06-10")).toBe(false);
    expect(cal.isWorkingDay("2026-05-09")).toBe(true); // a Saturday worked
    expect(cal.isWorkingDay("2026-09-01")).toBe(true);
    expect(cal.isWorkingDay("2026-09-02")).toBe(false);
    const after = texts(await sec.send("/ngaynghi"));
    expect(after).toContain("10/06/2026: Nghỉ bù hội thao (cơ quan thêm)");
    expect(after).not.toContain("01/09/2026: Quốc khánh");

    await sec.send("/ngaynghi xoa 10/06/2026");
    expect((await loadCalendar(t.db, s.agency.id, [2026])).isWorkingDay("2026-06-10")).toBe(true);
  });

  it("rejects impossible days and days that are not holidays", async () => {
    const sec = s.secretary.user;
    expect(texts(await sec.send("/ngaynghi them 31/02/2026"))).toContain("không phải một ngày hợp lệ");
    expect(texts(await sec.send("/ngaynghi xoa 03/06/2026"))).toContain("không phải ngày nghỉ");
    expect(texts(await sec.send("/ngaynghi them 01/01/2031"))).toContain("2025–2027");
    expect(texts(await sec.send("/ngaynghi hôm nay"))).toContain("Cách gõ");
    expect(await t.db.agencyDayOverride.count()).toBe(0);
  });
});

describe("unreachable members", () => {
  it("become reachable again when they write to the bot", async () => {
    const binh = s.people.binh!;
    await t.db.member.update({ where: { id: binh.member.id }, data: { unreachableAt: t.clock.now() } });
    await binh.user.send("/trogiup");
    expect((await t.db.member.findUniqueOrThrow({ where: { id: binh.member.id } })).unreachableAt).toBeNull();
  });
});
