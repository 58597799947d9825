import { Composer } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { features } from "../../commands/index.js";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { TEST_PLATFORM, TestBot, texts, choiceLabels, choicesShown } from "../harness/test-bot.js";
import { TEST_ZALO_LINK } from "../harness/fake-zalo.js";
import { seedAgency, Role } from "../harness/fixtures.js";

let t: TestBot;
afterEach(() => t?.close());

function inviteCode(text: string): string {
  // Telegram: the code rides in the link's start payload; Zalo has none, the code is typed (`/start <code>`).
  const code = (/start=([A-Z0-9]+)/.exec(text) ?? /\/start ([A-Z0-9]+)/.exec(text))?.[1];
  if (!code) throw new Error(`no invite link in: ${text}`);
  return code;
}

describe("founding an agency and inviting people", () => {
  it("takes an admin from /start to an agency with a bound group and three members", async () => {
    t = TestBot.create({ adminIds: [1] });
    const lan = t.user({ id: 1, first_name: "Lan" });
    expect(texts(await lan.send("/start"))).toContain("/khoitao");
    expect(texts(await lan.send("/khoitao"))).toContain("Cách dùng: /khoitao");
    expect(texts(await lan.send("/khoitao Thanh tra tỉnh Tây Ninh"))).toContain("họ và tên");
    expect(texts(await lan.send("x"))).toContain("Họ và tên cần dài 2–100 ký tự");
    await lan.send("Nguyễn Thị Lan");
    const confirm = await lan.send("Chánh Văn phòng");
    expect(confirm[0]!.text).toContain("• Vai trò: Thư ký");
    expect(choiceLabels(confirm[0]!)).toContain("✅ Xác nhận");
    expect(texts(await lan.click("Xác nhận"))).toContain("Đã khởi tạo cơ quan “Thanh tra tỉnh Tây Ninh”");

    const people = [
      { id: 2, role: "truongban", name: "Trần Văn Hùng", position: "Chánh Thanh tra", expect: Role.HEAD },
      { id: 3, role: "thanhvien", name: "Lê Thị Mai", position: "Trưởng phòng", expect: Role.MEMBER },
      { id: 4, role: "congchuc", name: "Phạm Văn Tâm", position: "Chuyên viên", expect: Role.STAFF },
    ];
    for (const p of people) {
      const invite = await lan.send(`/moi ${p.role}`);
      expect(invite[0]!.text).toContain(t.platform === "zalo" ? TEST_ZALO_LINK : "https://t.me/qcdc_test_bot?start=");
      const code = inviteCode(invite[0]!.text);
      const u = t.user({ id: p.id, first_name: p.name });
      expect(texts(await u.send(`/start ${code}`))).toContain("Vui lòng nhập họ và tên");
      await u.send(p.name);
      await u.send(p.position);
      expect(texts(await u.send("đồng ý"))).toContain(`Chào mừng đồng chí ${p.name}`);
    }
    const members = await t.db.member.findMany({ orderBy: { id: "asc" } });
    expect(members.map((m) => [m.fullName, m.role])).toEqual([
      ["Nguyễn Thị Lan", Role.SECRETARY],
      ...people.map((p) => [p.name, p.expect]),
    ]);

    const group = t.group({ id: -1001, title: "BCĐ QCDC Thanh tra" });
    const bound = await lan.in(group).send("/ketnoi");
    expect(bound[0]!.chatId).toBe(t.platformId(-1001));
    expect(bound[0]!.text).toContain("Nhóm này đã được kết nối với “Thanh tra tỉnh Tây Ninh”");
    expect((await t.db.agencyGroup.findFirstOrThrow()).chatId).toBe(t.platformId(-1001));

    const list = texts(await lan.send("/thanhvien"));
    expect(list).toContain("(4 người)");
    expect(list.indexOf("Trần Văn Hùng")).toBeLessThan(list.indexOf("Nguyễn Thị Lan"));
    const audit = await t.db.auditLog.findMany();
    expect(audit.filter((a) => a.action === "invite.create")).toHaveLength(3);
    expect(audit.filter((a) => a.action === "member.join")).toHaveLength(4);
    expect(audit.filter((a) => a.action === "group.bind")).toHaveLength(1);
  });

  it("offers role buttons for /moi and answers bad arguments with the usage", async () => {
    t = TestBot.create();
    const { secretary } = await seedAgency(t);
    const invitesBefore = await t.db.invite.count();
    const choose = await secretary.user.send("/moi");
    expect(choiceLabels(choose[0]!)).toEqual(["Trưởng ban", "Phó Trưởng ban", "Thành viên Ban Chỉ đạo", "Thư ký", "Công chức, người lao động"]);
    expect(texts(await secretary.user.click("Phó Trưởng ban"))).toContain("vai trò Phó Trưởng ban");
    expect(texts(await secretary.user.send("/moi giamdoc"))).toContain("Cách dùng: /moi");
    expect(texts(await secretary.user.send("/moi thuky 99"))).toContain("từ 1 đến 30");
    expect(texts(await secretary.user.send("/moi thuky 3 4"))).toContain("Cách dùng: /moi");
    expect(await t.db.invite.count()).toBe(invitesBefore + 1);
  });

  it("explains expired, used and unknown codes, and refuses a second join", async () => {
    t = TestBot.create();
    const { secretary, people } = await seedAgency(t, { minh: { role: Role.MEMBER, fullName: "Trần Văn Minh" } });
    const code = inviteCode((await secretary.user.send("/moi thanhvien 1"))[0]!.text);
    const used = inviteCode((await secretary.user.send("/moi congchuc"))[0]!.text);
    const a = t.user({ id: 50 });
    await a.send(`/start ${used}`);
    await a.send("Hồ Văn An");
    await a.send("Văn thư");
    await a.click("Xác nhận");

    const b = t.user({ id: 51 });
    expect(texts(await b.send(`/start ${used}`))).toContain("Mã mời này đã được dùng");
    expect(texts(await b.send("/start KHONGCOMA"))).toContain("Mã mời không đúng");
    t.clock.advance(2 * 86_400_000);
    expect(texts(await b.send(`/start ${code}`))).toContain("Mã mời này đã hết hạn");
    const fresh = inviteCode((await secretary.user.send("/moi congchuc"))[0]!.text);
    expect(texts(await people.minh!.user.send(`/start ${fresh}`))).toContain("đã có tên trong danh sách của “Thanh tra tỉnh Tây Ninh”");
    expect(await t.db.member.count()).toBe(3);
  });

  it("refuses a code that was used while the newcomer was still typing", async () => {
    t = TestBot.create();
    const { secretary } = await seedAgency(t);
    const code = inviteCode((await secretary.user.send("/moi thanhvien"))[0]!.text);
    const slow = t.user({ id: 60 });
    const fast = t.user({ id: 61 });
    await slow.send(`/start ${code}`);
    await slow.send("Người Chậm");
    await fast.send(`/start ${code}`);
    await fast.send("Người Nhanh");
    await fast.send("Chuyên viên");
    await fast.send("đồng ý");
    const late = await slow.send("Chuyên viên");
    expect(texts(late)).toContain("Mã mời này đã được dùng");
    expect(await t.db.member.count({ where: { platformUserId: "60" } })).toBe(0);
    // The failed join leaves no dialogue behind.
    expect(texts(await slow.send("xin chào"))).toContain("chưa có tên trong danh sách");
  });
});

describe("the group", () => {
  it("lets only the secretary or head bind it, and re-binding moves it", async () => {
    t = TestBot.create();
    const { secretary, people, groupChat } = await seedAgency(t, { mai: { role: Role.MEMBER, fullName: "Lê Thị Mai" } });
    const newGroup = t.group({ id: -2002, title: "Nhóm mới" });
    expect(texts(await people.mai!.user.in(newGroup).send("/ketnoi"))).toContain("chỉ dành cho Trưởng ban và Thư ký");
    const moved = await secretary.user.in(newGroup).send("/ketnoi@qcdc_test_bot");
    expect(texts(moved)).toContain("nhóm trước đây của cơ quan sẽ không nhận thông báo nữa");
    // The old group is told through the outbox, on the platform of the move.
    await t.flushOutbox();
    expect(t.telegram.messagesTo(groupChat.id).at(-1)!.text).toContain("chuyển sang nhóm mới");
    expect((await t.db.agencyGroup.findMany()).map((g) => [g.platform, g.chatId])).toEqual([[t.platform, t.platformId(-2002)]]);
    const stranger = t.user({ id: 999 });
    expect(texts(await stranger.in(newGroup).send("/ketnoi"))).toContain("chưa có tên trong danh sách");
  });

  it("ignores other bots' commands and greets when added", async () => {
    t = TestBot.create();
    const { secretary, groupChat } = await seedAgency(t);
    // On Zalo a group message reaches the bot only when it mentions it: an address to another bot does not exist there.
    if (t.platform === "telegram") expect(await secretary.user.in(groupChat).send("/thanhvien@other_bot")).toEqual([]);
    expect(await secretary.user.in(groupChat).send("/lenhla")).toEqual([]);
    // Zalo sends no event when the bot is added to a group (docs/zalo.md): nothing to greet on.
    if (t.platform === "zalo") return;
    const greeted = await t.deliver({
      my_chat_member: {
        chat: t.group({ id: -3003 }),
        from: secretary.user.profile,
        date: 0,
        old_chat_member: { status: "left", user: { id: 7000000001, is_bot: true, first_name: "QCDC Bot" } },
        new_chat_member: { status: "member", user: { id: 7000000001, is_bot: true, first_name: "QCDC Bot" } },
      },
    });
    expect(texts(greeted)).toContain("/ketnoi");
  });
});

describe("permissions and help", () => {
  it("refuses commands by role and chat type with short explanations", async () => {
    t = TestBot.create();
    const { secretary, people, groupChat } = await seedAgency(t, { tam: { role: Role.STAFF, fullName: "Phạm Văn Tâm" } });
    const invitesBefore = await t.db.invite.count();
    expect(texts(await people.tam!.user.send("/moi thuky"))).toContain("chỉ dành cho Trưởng ban và Thư ký");
    expect(texts(await people.tam!.user.send("/thanhvien"))).toContain("chỉ dành cho thành viên Ban Chỉ đạo");
    const inGroup = await secretary.user.in(groupChat).send("/moi thuky");
    expect(texts(inGroup)).toContain("chỉ dùng trong tin nhắn riêng");
    expect(choicesShown(inGroup[0]!)[0]!.url).toBe(t.platform === "zalo" ? TEST_ZALO_LINK : "https://t.me/qcdc_test_bot");
    expect(texts(await secretary.user.send("/ketnoi"))).toContain("chỉ dùng trong nhóm");
    expect(texts(await secretary.user.send("/khoitao Cơ quan khác"))).toContain("quản trị viên");
    expect(texts(await secretary.user.send("/khongco"))).toContain("Không có lệnh /khongco");
    expect(await t.db.invite.count()).toBe(invitesBefore);
  });

  // A forged button needs callbacks, which Zalo does not have at all.
  it.runIf(TEST_PLATFORM !== "zalo")("refuses forged buttons: the choice guard first (the command's refusal), the services again", async () => {
    t = TestBot.create();
    const { people, secretary } = await seedAgency(t, { tam: { role: Role.STAFF, fullName: "Phạm Văn Tâm" } });
    const invitesBefore = await t.db.invite.count();
    // Pressed on a message of Tâm's private chat, as Telegram sends a button press.
    const onMessage = { method: "sendMessage", chatId: people.tam!.user.chatId, messageId: 1, text: "", buttons: [], payload: {} };
    await people.tam!.user.pressData("moi:HEAD", onMessage);
    expect(t.telegram.callsOf("answerCallbackQuery").at(-1)!.payload.text).toBe("Lệnh /moi chỉ dành cho Trưởng ban và Thư ký.");
    await people.tam!.user.pressData(`rm:${secretary.member.id}:yes`, onMessage);
    expect(t.telegram.callsOf("answerCallbackQuery").at(-1)!.payload.text).toBe("Lệnh /xoathanhvien chỉ dành cho Trưởng ban và Thư ký.");
    expect(await t.db.invite.count()).toBe(invitesBefore);
    expect(await t.db.member.count({ where: { status: "ACTIVE" } })).toBe(2);
  });

  it("welcomes an unknown user with how to join", async () => {
    t = TestBot.create();
    const stranger = t.user({ id: 4242 });
    expect(texts(await stranger.send("Chào bot"))).toContain("xin Thư ký Ban Chỉ đạo một đường liên kết mời");
    expect(texts(await stranger.send("/start"))).toContain("/start <mã mời>");
    expect(texts(await stranger.send("/thanhvien"))).toContain("chưa có tên trong danh sách");
  });

  it("shows each person only the commands they may use", async () => {
    t = TestBot.create();
    const { secretary, people, groupChat } = await seedAgency(t, { tam: { role: Role.STAFF, fullName: "Phạm Văn Tâm" } });
    const staffHelp = texts(await people.tam!.user.send("/trogiup"));
    expect(staffHelp).toContain("/trogiup");
    expect(staffHelp).not.toContain("/moi");
    expect(staffHelp).not.toContain("/thanhvien");
    const secHelp = texts(await secretary.user.send("/trogiup"));
    expect(secHelp).toContain("Quản lý Ban Chỉ đạo");
    expect(secHelp).toContain("/moi <vai trò>");
    expect(secHelp).not.toContain("/ketnoi");
    expect(texts(await secretary.user.in(groupChat).send("/trogiup"))).toContain("/ketnoi");
  });

  it("changes a role with buttons and removes a member after confirmation", async () => {
    t = TestBot.create();
    const { secretary, people } = await seedAgency(t, { mai: { role: Role.MEMBER, fullName: "Lê Thị Mai" } });
    const id = people.mai!.member.id;
    expect(texts(await secretary.user.send("/doivaitro"))).toContain("Cách dùng: /doivaitro");
    expect(texts(await secretary.user.send("/doivaitro 9999 phoban"))).toContain("Không có người số 9999");
    await secretary.user.send(`/doivaitro ${id}`);
    expect(texts(await secretary.user.click("Phó Trưởng ban"))).toContain("Lê Thị Mai giờ là Phó Trưởng ban");
    expect(texts(await secretary.user.send(`/xoathanhvien ${id}`))).toContain("rời danh sách của cơ quan trên bot?");
    expect(texts(await secretary.user.click("Hủy"))).toContain("giữ nguyên");
    await secretary.user.send(`/xoathanhvien #${id}`);
    expect(texts(await secretary.user.click("Xác nhận"))).toContain("đã rời danh sách");
    expect((await t.db.member.findUniqueOrThrow({ where: { id } })).status).toBe("LEFT");
    expect(texts(await people.mai!.user.send("/trogiup"))).not.toContain("/baocao <");
  });
});

describe("robustness", () => {
  it("handles a repeated delivery of the same update once", async () => {
    t = TestBot.create();
    const { secretary } = await seedAgency(t);
    const update = {
      update_id: 555,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: 100, type: "private" as const, first_name: "Lan" },
        from: secretary.user.profile,
        text: "/moi thanhvien",
        entities: [{ type: "bot_command" as const, offset: 0, length: 4 }],
      },
    };
    expect(await t.deliver(update)).toHaveLength(1);
    expect(await t.deliver(update)).toHaveLength(0);
    expect(await t.db.invite.count()).toBe(1);
  });

  it("answers with an apology when a handler crashes, and keeps running", async () => {
    const boom = new Composer<BotContext>();
    boom.command("no", () => {
      throw new Error("kaboom");
    });
    const crashing: Feature = { name: "boom", commands: [{ command: "no", audience: "anyone", chats: "both", help: "general" }], composer: boom };
    t = TestBot.create({ features: [crashing, ...features] });
    const u = t.user({ id: 5 });
    expect(texts(await u.send("/no"))).toContain("Xin lỗi, bot vừa gặp sự cố");
    expect(t.logLines.join("")).toContain("kaboom");
    expect(texts(await u.send("/start"))).toContain("Xin chào");
  });

  it("keeps a half-finished dialogue across a restart", async () => {
    t = TestBot.create({ adminIds: [1] });
    const lan = t.user({ id: 1 });
    await lan.send("/khoitao Sở Nội vụ");
    await lan.send("Nguyễn Thị Lan");
    // A new bot process on the same database file.
    t.restart();
    await lan.send("Giám đốc");
    expect(t.telegram.messagesTo(1).at(-1)!.text).toContain("• Chức vụ: Giám đốc");
  });

  it("cancels a dialogue with /huy", async () => {
    t = TestBot.create({ adminIds: [1] });
    const lan = t.user({ id: 1 });
    expect(texts(await lan.send("/huy"))).toContain("không có thao tác nào");
    await lan.send("/khoitao Sở Nội vụ");
    expect(texts(await lan.send("/huy"))).toContain("Đã hủy");
    expect(texts(await lan.send("Nguyễn Thị Lan"))).toContain("/khoitao");
    expect(await t.db.agency.count()).toBe(0);
  });
});
