import { afterEach, describe, expect, it } from "vitest";
import { TestBot, texts } from "../harness/test-bot.js";
import { seedAgency, Role } from "../harness/fixtures.js";

/**
 * Joining by typing the code (the Zalo way: no start payload), `/lienket`, and
 * the "group posts privately" choice, on the Telegram harness (docs/linking.md).
 */
let t: TestBot;
afterEach(() => t?.close());

function codeIn(text: string, label: RegExp): string {
  const code = label.exec(text)?.[1];
  if (!code) throw new Error(`no code in: ${text}`);
  return code;
}

async function join(u: ReturnType<TestBot["user"]>, first: string, name: string): Promise<void> {
  expect(texts(await u.send(first))).toContain("Vui lòng nhập họ và tên");
  await u.send(name);
  await u.send("Chuyên viên");
  expect(texts(await u.send("đồng ý"))).toContain(`Chào mừng đồng chí ${name}`);
}

describe("joining by typing the invitation code", () => {
  it("explains both platforms in /moi, and accepts /start <mã> and the bare code", async () => {
    t = TestBot.create();
    const { secretary } = await seedAgency(t);
    const invite = texts(await secretary.user.send("/moi thanhvien"));
    expect(invite).toContain("• Trên Telegram: bấm liên kết https://t.me/qcdc_test_bot?start=");
    expect(invite).toContain("• Trên Zalo: mở bot từ liên kết chia sẻ hoặc mã QR của cơ quan");
    const code = codeIn(invite, /Mã mời: ([A-Z0-9]+)/);
    await join(t.user({ id: 50, first_name: "Hoa" }), `/start ${code}`, "Lê Thị Hoa");

    // The bare code, typed in lower case with a stray dash, as people retype it.
    t.deps.zaloBotLink = "https://zalo.me/1234567890";
    const second = texts(await secretary.user.send("/moi congchuc"));
    expect(second).toContain("• Trên Zalo: mở bot tại https://zalo.me/1234567890");
    const bare = codeIn(second, /Mã mời: ([A-Z0-9]+)/);
    await join(t.user({ id: 51, first_name: "Thu" }), `${bare.slice(0, 5).toLowerCase()}-${bare.slice(5).toLowerCase()}`, "Võ Thị Thu");
    const members = await t.db.member.findMany({ where: { fullName: { in: ["Lê Thị Hoa", "Võ Thị Thu"] } }, orderBy: { id: "asc" } });
    expect(members.map((m) => [m.fullName, m.role])).toEqual([
      ["Lê Thị Hoa", Role.MEMBER],
      ["Võ Thị Thu", Role.STAFF],
    ]);
    expect(await t.db.memberIdentity.count({ where: { memberId: { in: members.map((m) => m.id) } } })).toBe(2);

    // A used code typed bare is explained; other text still gets the guest welcome.
    const stranger = t.user({ id: 52 });
    expect(texts(await stranger.send(bare))).toContain("Mã mời này đã được dùng");
    expect(texts(await stranger.send("ABCDEFGHJK"))).toContain("/start");
    expect(await t.db.member.count({ where: { platformUserId: "52" } })).toBe(0);
  });
});

describe("/lienket", () => {
  it("gives a one-time code, lists the accounts, and refuses what cannot be done", async () => {
    t = TestBot.create();
    const { secretary } = await seedAgency(t, { mai: { role: Role.MEMBER, fullName: "Lê Thị Mai" } });
    const status = texts(await secretary.user.send("/lienket"));
    expect(status).toContain("- Telegram (tài khoản đang nhắn): liên kết ngày");
    expect(status).toContain("Tin nhắn riêng của bot gửi tới: Telegram (nơi đồng chí nhắn gần nhất)");
    const code = codeIn(status, /Mã liên kết: ([A-Z0-9]+)/);
    expect(code).toHaveLength(8);
    expect(status).toContain(`Từ tài khoản Zalo của đồng chí, mở cuộc trò chuyện với bot và gửi: /lienket ${code}`);
    // Sent from another Telegram account: refused, and nothing is linked.
    const other = t.user({ id: 300 });
    expect(texts(await other.send(`/lienket ${code}`))).toContain("Mã này được lấy trên Telegram");
    expect(texts(await other.send(code))).toContain("Mã này được lấy trên Telegram");
    expect(await t.db.memberIdentity.count({ where: { memberId: secretary.member.id } })).toBe(1);
    // A stranger asking for a code is told how linking works.
    expect(texts(await other.send("/lienket"))).toContain("chưa thuộc cơ quan nào");
    expect(texts(await secretary.user.send("/lienket uutien zalo"))).toContain("chưa có tài khoản Zalo");
    expect(texts(await secretary.user.send("/lienket go telegram"))).toContain("Không thể gỡ tài khoản Telegram mà đồng chí đang dùng");
    expect(texts(await secretary.user.send("/lienket !!"))).toContain("/lienket uutien zalo");

    // Linked from Zalo (the Zalo side is a service call on this harness): both listed, then chosen, then removed.
    await t.deps.services.identities.redeemLinkCode(code, { platform: "zalo", userId: "6ede9afa66b88fe6d6a9" });
    const both = texts(await secretary.user.send("/lienket"));
    expect(both).toContain("- Zalo: liên kết ngày");
    expect(both).toContain("đã liên kết cả Telegram và Zalo");
    expect(texts(await secretary.user.send("/lienket uutien zalo"))).toContain("Từ nay tin nhắn riêng gửi tới Zalo");
    expect((await t.db.member.findUniqueOrThrow({ where: { id: secretary.member.id } })).platform).toBe("zalo");
    expect(texts(await secretary.user.send("/lienket go zalo"))).toContain("Đã gỡ tài khoản Zalo");
    const back = await t.db.member.findUniqueOrThrow({ where: { id: secretary.member.id } });
    expect([back.platform, back.platformUserId, back.preferredPlatform]).toEqual(["telegram", secretary.user.chatId, null]);
  });
});

describe("/caidat tinnhom", () => {
  it("switches group posts to private messages for each committee member and back", async () => {
    t = TestBot.create();
    const { secretary, agency } = await seedAgency(t);
    expect(texts(await secretary.user.send("/caidat"))).toContain("- Tin gửi nhóm: vào các nhóm đã kết nối");
    const on = texts(await secretary.user.send("/caidat tinnhom rieng"));
    expect(on).toContain("Đã lưu cài đặt.");
    expect(on).toContain("- Tin gửi nhóm: gửi riêng cho từng thành viên Ban Chỉ đạo");
    expect((await t.db.agencySettings.findUniqueOrThrow({ where: { agencyId: agency.id } })).groupPostsPrivate).toBe(true);
    expect(texts(await secretary.user.send("/caidat tinnhom abc"))).toContain("/caidat tinnhom rieng");
    expect(texts(await secretary.user.send("/caidat tinnhom nhom"))).toContain("- Tin gửi nhóm: vào các nhóm đã kết nối");
    expect((await t.db.agencySettings.findUniqueOrThrow({ where: { agencyId: agency.id } })).groupPostsPrivate).toBe(false);
  });
});
