import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { voteCloseJob } from "../../src/scheduler/jobs/vote-close.js";
import { TestBot, texts, type TestUser } from "../harness/test-bot.js";
import { Role, seedAgency, type SeededAgency } from "../harness/fixtures.js";
import { runJobNow } from "../harness/run-job.js";
import { docxText } from "../services/docx-read.js";

/** Gương điển hình tiên tiến (docs/votes.md), from nominations to the annual report, with buttons and typed. */
let t: TestBot;
let a: SeededAgency;
let lan: TestUser;
let hung: TestUser;
let hoa: TestUser;
let minh: TestUser;
let tu: TestUser;
let nam: TestUser;

beforeEach(async () => {
  t = TestBot.create({ now: "2026-11-02T01:00:00Z" }); // Monday 02/11/2026 08:00 in Vietnam
  a = await seedAgency(t, {
    hung: { role: Role.HEAD, fullName: "Trần Văn Hùng", position: "Chánh Thanh tra" },
    hoa: { role: Role.DEPUTY, fullName: "Lê Thị Hoa", position: "Phó Chánh Thanh tra" },
    minh: { role: Role.MEMBER, fullName: "Phạm Văn Minh" },
    tu: { role: Role.STAFF, fullName: "Ngô Văn Tư" },
    nam: { role: Role.STAFF, fullName: "Vũ Hải Nam" },
  });
  const user = (key: string) => a.people[key]!.user;
  [lan, hung, hoa, minh, tu, nam] = [a.secretary.user, user("hung"), user("hoa"), user("minh"), user("tu"), user("nam")];
  await t.deps.services.plan.createFromTemplate(a.secretary.member, 2026);
});
afterEach(() => t.close());

const id = (key: string) => a.people[key]!.member.id;
const writes = async () => (await t.db.exemplaryRound.count()) + (await t.db.exemplaryNominee.count()) + (await t.db.exemplaryNomination.count()) + (await t.db.vote.count());

describe("/guongdienhinh", () => {
  it("two nominations lead to one recognised individual, who appears in the annual report", async () => {
    expect(texts(await tu.send("/guongdienhinh"))).toContain("Năm nay chưa mở đợt xét gương điển hình tiên tiến");
    expect(texts(await tu.send("/guongdienhinh mo 20/11/2026"))).toContain("Chỉ Trưởng ban và Thư ký");
    expect(texts(await lan.send("/guongdienhinh mo 01/11/2026"))).toContain("Hạn nhận đề cử phải sau hôm nay");
    expect(texts(await lan.send("/guongdienhinh mo hôm nay"))).toContain("Cú pháp: /guongdienhinh mo");
    expect(await writes()).toBe(0);
    expect(texts(await lan.send("/guongdienhinh mo 20/11/2026"))).toContain("Đã mở nhận đề cử gương điển hình tiên tiến năm 2026 đến 20/11/2026");
    expect(texts(await t.flushOutbox())).toContain("Ban Chỉ đạo mở đợt đề cử gương điển hình tiên tiến");

    const shown = texts(await tu.send("/guongdienhinh"));
    expect(shown).toContain("Hướng dẫn số 03-HD/BDVTU ngày 26/10/2021");
    expect(shown).toContain("chưa được đối chiếu với bản Hướng dẫn cơ quan lưu giữ");
    expect(texts(await tu.send("/guongdienhinh decu"))).toContain(`#${id("hoa")} Lê Thị Hoa (Phó Chánh Thanh tra)`);
    expect(texts(await tu.send(`/guongdienhinh decu #${id("hoa")} Luôn gương mẫu thực hiện Quy chế dân chủ, tiếp thu ý kiến của công chức`))).toContain(
      "Đã ghi nhận đề cử đồng chí Lê Thị Hoa",
    );
    expect(texts(await nam.send(`/guongdienhinh decu ${id("minh")} Tích cực tham gia phong trào thi đua Dân vận khéo`))).toContain("Đã ghi nhận đề cử đồng chí Phạm Văn Minh");

    // Bad input: a clear answer, nothing written.
    const before = await writes();
    expect(texts(await tu.send(`/guongdienhinh decu #${id("hoa")} Một lần nữa vì đồng chí rất xứng đáng`))).toContain("mỗi người đề cử một người một lần");
    expect(texts(await tu.send(`/guongdienhinh decu #${id("tu")} Tôi tự thấy mình xứng đáng được công nhận`))).toContain("không tự đề cử mình");
    expect(texts(await tu.send("/guongdienhinh decu #9999 Lý do đề cử đầy đủ ở đây"))).toContain("Không có thành viên #9999");
    expect(texts(await tu.send(`/guongdienhinh decu #${id("minh")} tốt`))).toContain("ít nhất 10 ký tự");
    expect(texts(await tu.send("/guongdienhinh decu Minh"))).toContain("Cú pháp: /guongdienhinh decu");
    expect(texts(await lan.send("/guongdienhinh bophieu bí mật 27/11/2026"))).toContain("Cú pháp: /guongdienhinh bophieu");
    expect(await writes()).toBe(before);

    // The committee votes on each nominee (secret ballot), the result is posted at the deadline.
    expect(texts(await lan.send("/guongdienhinh bophieu kín 27/11/2026"))).toContain("Đã mở 2 cuộc biểu quyết của Ban Chỉ đạo");
    const notices = await t.flushOutbox();
    expect(notices.filter((m) => m.chatId === lan.chatId)).toHaveLength(2);
    expect(notices.some((m) => m.chatId === tu.chatId)).toBe(false);
    expect(texts(notices)).toContain("Đề nghị công nhận đồng chí Lê Thị Hoa (Phó Chánh Thanh tra) là gương điển hình tiên tiến");
    for (const u of [lan, hung, minh]) expect(texts(await u.send("/bieuquyet 1 1"))).toContain("Đã ghi nhận phiếu");
    expect(texts(await hoa.send("/bieuquyet 1 khong bieu quyet"))).toContain("Đã ghi nhận phiếu");
    // The newest notice is vote 2's (Phạm Văn Minh): pressed, or its typed form.
    for (const u of [lan, hung]) expect(texts(await u.click("Không tán thành"))).toContain("biểu quyết số 2");
    expect(texts(await hoa.click("Tán thành"))).toContain("biểu quyết số 2");
    expect(texts(await hung.send(`/guongdienhinh congnhan #${id("hoa")}`))).toContain("Biểu quyết số 1 chưa kết thúc");

    t.clock.set("2026-11-27T10:00:00Z");
    expect(await runJobNow(t, voteCloseJob, new Date("2026-11-27T09:00:00Z"))).toHaveLength(2);
    const results = texts(await t.flushOutbox());
    expect(results).toContain("Kết quả biểu quyết số 1 (bỏ phiếu kín)");
    expect(results).toContain("• Tán thành: 3 phiếu");

    // The head decides.
    expect(texts(await lan.send(`/guongdienhinh congnhan #${id("hoa")}`))).toContain("Chỉ Trưởng ban quyết định");
    expect(texts(await hung.send(`/guongdienhinh congnhan #${id("tu")}`))).toContain("không có trong danh sách được đề cử");
    const decided = texts(await hung.send(`/guongdienhinh congnhan #${id("hoa")}`));
    expect(decided).toContain("công nhận 1 người");
    expect(decided).toContain("Lê Thị Hoa (Phó Chánh Thanh tra) — 1 lượt đề cử, biểu quyết số 1, được công nhận");
    expect(decided).toContain("Phạm Văn Minh (Chuyên viên) — 1 lượt đề cử, biểu quyết số 2, không được công nhận");

    // Announced in the group, once.
    expect(texts(await lan.send("/guongdienhinh congbo"))).toContain("Đã xếp lịch đăng danh sách lên nhóm");
    expect(texts(await lan.send("/guongdienhinh congbo"))).toContain("đã được đăng trước đó");
    const posted = await t.flushOutbox();
    expect(posted.map((m) => m.chatId)).toEqual([a.groupChatId]);
    expect(posted[0]!.text).toContain("Trưởng ban quyết định công nhận 1 gương điển hình tiên tiến");
    expect(posted[0]!.text).toContain("• Đồng chí Lê Thị Hoa, Phó Chánh Thanh tra");

    // The annual report, section 2.4.
    expect(texts(await lan.send("/baocaoky"))).toContain("#2 Báo cáo năm");
    const doc = await t.fileIn(await lan.send("/baocaoky 2 taofile"));
    const report = await docxText(doc!.bytes);
    expect(report).toContain("Công tác thi đua, khen thưởng về thực hiện dân chủ tại cơ quan");
    expect(report).toContain("đã quyết định công nhận 1 gương điển hình tiên tiến năm 2026: đồng chí Lê Thị Hoa, Phó Chánh Thanh tra.");
    expect(report).not.toContain("Phạm Văn Minh");
  });
});
