import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../src/services/roles.js";
import { TestBot, texts, type TestUser } from "../harness/test-bot.js";
import { zaloId } from "../harness/fake-zalo.js";

/**
 * A mixed committee (docs/linking.md): one process runs both channels on one
 * database (as src/main.ts does). The secretary is on Telegram, a committee
 * member on Zalo, a staff member on both after /lienket. A task is assigned
 * on Telegram, reported on Zalo, seen by the secretary on Telegram; private
 * notices follow the platform each person last wrote from (or chose); a group
 * post reaches the bound Telegram group and the bound Zalo group. The same
 * on every run of the suite (the two platforms are fixed here).
 */
let tg: TestBot;
let zl: TestBot;
let lan: TestUser; // secretary, Telegram
let minh: TestUser; // committee member, Zalo
let tamTg: TestUser; // staff member on Telegram…
let tamZl: TestUser; // …and on Zalo
const TG_GROUP = -1001;
const ZALO_GROUP = -2002;

beforeAll(async () => {
  tg = TestBot.create({ platform: "telegram", buttons: false, now: "2026-03-02T01:00:00Z" });
  zl = TestBot.alongside(tg, "zalo");
  const roster = tg.deps.services.roster;
  const secretary = await roster.createAgency({
    admin: tg.identity(100),
    agencyName: "Thanh tra tỉnh Tây Ninh",
    profile: { fullName: "Nguyễn Thị Lan", position: "Chánh Văn phòng" },
  });
  const join = async (role: Role, user: { platform: string; userId: string }, fullName: string) =>
    roster.joinWithInvite({ code: (await roster.createInvite(secretary, role)).code, user, profile: { fullName, position: "Chuyên viên" } });
  await join(Role.MEMBER, zl.identity(201), "Trần Văn Minh");
  await join(Role.STAFF, tg.identity(301), "Phạm Văn Tâm");
  await tg.deps.services.groups.bindGroup(secretary, { platform: "telegram", chatId: tg.platformId(TG_GROUP), title: "BCĐ QCDC" });
  await tg.deps.services.groups.bindGroup(secretary, { platform: "zalo", chatId: zl.platformId(ZALO_GROUP), title: "BCĐ QCDC (Zalo)" });
  await tg.deps.services.plan.createFromTemplate(secretary, 2026);
  lan = tg.user({ id: 100, first_name: "Lan" });
  minh = zl.user({ id: 201, first_name: "Minh" });
  tamTg = tg.user({ id: 301, first_name: "Tâm" });
  tamZl = zl.user({ id: 302, first_name: "Tâm" });
}, 60_000);
afterAll(async () => {
  await zl.telegram.close();
  await tg.close();
});

describe("a committee on Telegram and Zalo", () => {
  it("links the staff member's Zalo account with /lienket, typed from Zalo", async () => {
    const status = texts(await tamTg.send("/lienket"));
    const code = /Mã liên kết: ([A-Z0-9]+)/.exec(status)![1]!;
    expect(texts(await tamZl.send(code))).toContain("Zalo");
    const tam = await tg.db.member.findFirstOrThrow({ where: { fullName: "Phạm Văn Tâm" }, include: { identities: true } });
    expect(tam.identities.map((i) => [i.platform, i.platformUserId]).sort()).toEqual([
      ["telegram", "301"],
      ["zalo", zaloId(302)],
    ]);
    // They just wrote from Zalo: private notices go there now.
    expect([tam.platform, tam.platformUserId]).toEqual(["zalo", zaloId(302)]);
  });

  it("assigns on Telegram, notifies on each person's platform, takes /baocao from Zalo, and the secretary sees it", async () => {
    expect(texts(await lan.send("/giaoviec"))).toContain("thuộc mục nào");
    expect(texts(await lan.click("2.2."))).toContain("Nhập tên nhiệm vụ");
    expect(texts(await lan.send("Rà soát Quy chế dân chủ của cơ quan"))).toContain("Giao cho ai?");
    await lan.click("Trần Văn Minh");
    await lan.click("Phạm Văn Tâm");
    expect(texts(await lan.click("Xong"))).toContain("Hạn hoàn thành?");
    await lan.send("30/06/2026");
    await lan.click("Bỏ qua");
    expect(texts(await lan.click("Xác nhận"))).toContain("Đã giao nhiệm vụ");
    const task = await tg.db.task.findFirstOrThrow({ where: { title: "Rà soát Quy chế dân chủ của cơ quan" } });

    // Both assignees are reached on Zalo (Minh has only Zalo; Tâm last wrote from Zalo); Telegram sends nothing private.
    expect((await tg.flushOutbox()).filter((m) => m.chatId !== lan.chatId)).toEqual([]);
    const onZalo = await zl.flushOutbox();
    expect(onZalo.map((m) => m.chatId).sort()).toEqual([minh.chatId, tamZl.chatId].sort());
    expect(minh.lastText()).toContain(`được giao nhiệm vụ #${task.number}`);

    // The one-line report from Zalo, then the step-by-step one from Zalo too.
    const before = texts(await lan.send("/tiendo"));
    expect(texts(await minh.send(`baocao ${task.number} 40% Đã rà soát 12 điều`))).toContain("40%");
    expect(texts(await tamZl.send(`/baocao ${task.number}`))).toContain("bao nhiêu phần trăm");
    const steps = [texts(await tamZl.send("60")), texts(await tamZl.send("Đã lấy ý kiến các phòng"))];
    for (let i = 0; i < 3 && (await tg.db.progressReport.count({ where: { taskId: task.id } })) < 2; i++) steps.push(texts(await tamZl.send("đồng ý")));
    const reports = await tg.db.progressReport.findMany({ where: { taskId: task.id }, orderBy: { id: "asc" } });
    expect(reports.map((r) => r.percent), steps.join("\n---\n")).toEqual([40, 60]);

    // The secretary, on Telegram, sees the reports in the plan's progress.
    const after = texts(await lan.send("/tiendo"));
    expect(after).not.toBe(before);
  });

  it("follows the platform chosen with /lienket uutien, then the last one written from", async () => {
    expect(texts(await tamZl.send("/lienket uutien telegram"))).toContain("Telegram");
    await tamZl.send("/trogiup"); // writing from Zalo again does not override a choice
    const tam = await tg.db.member.findFirstOrThrow({ where: { fullName: "Phạm Văn Tâm" } });
    expect([tam.platform, tam.preferredPlatform]).toEqual(["telegram", "telegram"]);
    await lan.send(`/giaoviec`);
    await lan.click("2.2.");
    await lan.send("Tổng hợp ý kiến về Quy chế");
    await lan.click("Phạm Văn Tâm");
    await lan.click("Xong");
    await lan.send("30/06/2026");
    await lan.click("Bỏ qua");
    await lan.click("Xác nhận");
    expect((await zl.flushOutbox()).map((m) => m.chatId)).not.toContain(tamZl.chatId);
    expect((await tg.flushOutbox()).map((m) => m.chatId)).toContain(tamTg.chatId);
    expect(tamTg.lastText()).toContain("Tổng hợp ý kiến về Quy chế");
  });

  it("posts to the bound Telegram group and the bound Zalo group", async () => {
    expect(texts(await lan.send("/hop moi batthuong 10/03/2026 14:00 Phòng họp số 1"))).toContain("Đã lên lịch họp");
    const telegram = await tg.flushOutbox();
    const zalo = await zl.flushOutbox();
    expect(telegram.filter((m) => m.chatId === tg.platformId(TG_GROUP)).map((m) => m.text.split("\n")[0])).toEqual(["📅 Lịch họp Ban Chỉ đạo:"]);
    expect(zalo.filter((m) => m.chatId === zl.platformId(ZALO_GROUP)).map((m) => m.text.split("\n")[0])).toEqual(["📅 Lịch họp Ban Chỉ đạo:"]);
    // A member in the Zalo group answers by typing; the secretary's list on Telegram shows it.
    expect(texts(await minh.in(zl.group({ id: ZALO_GROUP })).send("/hop comat 1"))).toContain("có mặt");
    expect(texts(await lan.send("/hop diemdanh 1"))).toContain("Có mặt (1):\n• Trần Văn Minh");
  });
});
