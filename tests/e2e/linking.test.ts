import { afterEach, describe, expect, it } from "vitest";
import { TestBot, texts } from "../harness/test-bot.js";
import { seedAgency, Role } from "../harness/fixtures.js";
import { TEST_ZALO_LINK } from "../harness/fake-zalo.js";

/**
 * Joining by typing the code (the Zalo way: no start payload), `/lienket`, and
 * the "group posts privately" choice (docs/linking.md). On either platform of
 * the suite: the other platform's side is a service call.
 */
let t: TestBot;
const LABEL = { telegram: "Telegram", zalo: "Zalo" } as const;
/** The platform the test people write from, and the other one. */
const here = () => t.platform;
const there = () => (t.platform === "zalo" ? "telegram" : "zalo");
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
    if (t.platform === "telegram") {
      expect(invite).toContain("• Trên Telegram: bấm liên kết https://t.me/qcdc_test_bot?start=");
      expect(invite).toContain("• Trên Zalo: mở bot từ liên kết chia sẻ hoặc mã QR của cơ quan");
    } else {
      // Written on Zalo: its share link for Zalo, and no Zalo link passed off as Telegram's.
      expect(invite).toContain("• Trên Telegram: mở bot trên Telegram và gửi: /start ");
      expect(invite).toContain(`• Trên Zalo: mở bot tại ${TEST_ZALO_LINK}`);
      expect(invite.split("\n").find((l) => l.startsWith("• Trên Telegram"))).not.toContain("zalo.me");
    }
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
    expect(await t.db.member.count({ where: { platformUserId: t.platformId(52) } })).toBe(0);
  });
});

describe("/lienket", () => {
  it("gives a one-time code, lists the accounts, and refuses what cannot be done", async () => {
    t = TestBot.create();
    const { secretary } = await seedAgency(t, { mai: { role: Role.MEMBER, fullName: "Lê Thị Mai" } });
    const status = texts(await secretary.user.send("/lienket"));
    expect(status).toContain(`- ${LABEL[here()]} (tài khoản đang nhắn): liên kết ngày`);
    expect(status).toContain(`Tin nhắn riêng của bot gửi tới: ${LABEL[here()]} (nơi đồng chí nhắn gần nhất)`);
    const code = codeIn(status, /Mã liên kết: ([A-Z0-9]+)/);
    expect(code).toHaveLength(8);
    expect(status).toContain(`Từ tài khoản ${LABEL[there()]} của đồng chí, mở cuộc trò chuyện với bot và gửi: /lienket ${code}`);
    // Sent from another account on the same platform: refused, and nothing is linked.
    const other = t.user({ id: 300 });
    expect(texts(await other.send(`/lienket ${code}`))).toContain(`Mã này được lấy trên ${LABEL[here()]}`);
    expect(texts(await other.send(code))).toContain(`Mã này được lấy trên ${LABEL[here()]}`);
    expect(await t.db.memberIdentity.count({ where: { memberId: secretary.member.id } })).toBe(1);
    // A stranger asking for a code is told how linking works.
    expect(texts(await other.send("/lienket"))).toContain("chưa thuộc cơ quan nào");
    expect(texts(await secretary.user.send(`/lienket uutien ${there()}`))).toContain(`chưa có tài khoản ${LABEL[there()]}`);
    expect(texts(await secretary.user.send(`/lienket go ${here()}`))).toContain(`Không thể gỡ tài khoản ${LABEL[here()]} mà đồng chí đang dùng`);
    expect(texts(await secretary.user.send("/lienket !!"))).toContain("/lienket uutien zalo");

    // Linked from the other platform (a service call on this harness): both listed, then chosen, then removed.
    await t.deps.services.identities.redeemLinkCode(code, { platform: there(), userId: there() === "zalo" ? "6ede9afa66b88fe6d6a9" : "777000111" });
    const both = texts(await secretary.user.send("/lienket"));
    expect(both).toContain(`- ${LABEL[there()]}: liên kết ngày`);
    expect(both).toContain("đã liên kết cả Telegram và Zalo");
    expect(texts(await secretary.user.send(`/lienket uutien ${there()}`))).toContain(`Từ nay tin nhắn riêng gửi tới ${LABEL[there()]}`);
    expect((await t.db.member.findUniqueOrThrow({ where: { id: secretary.member.id } })).platform).toBe(there());
    expect(texts(await secretary.user.send(`/lienket go ${there()}`))).toContain(`Đã gỡ tài khoản ${LABEL[there()]}`);
    const back = await t.db.member.findUniqueOrThrow({ where: { id: secretary.member.id } });
    expect([back.platform, back.platformUserId, back.preferredPlatform]).toEqual([here(), secretary.user.chatId, null]);
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
