import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Role } from "../../src/generated/prisma/enums.js";
import { TestBot, texts } from "../harness/test-bot.js";
import { seedAgency, type SeededAgency } from "../harness/fixtures.js";
import { SEED_TEXTS, seedHalfYear } from "../harness/report-seed.js";
import type { SentMessage } from "../harness/fake-telegram.js";
import { docxText, positions } from "../services/docx-read.js";

let t: TestBot;
let s: SeededAgency;
beforeEach(async () => {
  t = TestBot.create({ now: "2026-06-10T02:00:00Z" });
  s = await seedAgency(t, {
    hung: { role: Role.HEAD, fullName: "Trần Văn Hùng", position: "Chánh Thanh tra" },
    hoa: { role: Role.MEMBER, fullName: "Lê Thị Hoa" },
  });
});
afterEach(() => t.close());

const sec = () => s.secretary.user;
const head = () => s.people.hung!.user;
const hoa = () => s.people.hoa!.user;

/** The .docx the bot sent: a document on Telegram, a download link on Zalo. */
async function documentOf(sent: SentMessage[]): Promise<{ name: string; text: string; caption: string }> {
  const doc = await t.fileIn(sent);
  expect(doc, "a document was sent").toBeDefined();
  return { name: doc!.name, text: await docxText(doc!.bytes), caption: doc!.caption };
}

describe("/yeucau", () => {
  it("lists the plan's fixed requests, records a new one with the reference recipients", async () => {
    const list = texts(await sec().send("/yeucau"));
    expect(list).toContain("#1 Báo cáo 6 tháng");
    expect(list).toContain("hạn 15/06/2026");
    expect(list).toContain("#2 Báo cáo năm");

    const done = texts(await sec().send("/yeucau chuyende 01/03/2026-31/05/2026 han 20/06/2026 so 125-CV/BDVTU ngay 01/06/2026 chude công khai tài chính"));
    expect(done).toContain("Đã ghi nhận yêu cầu báo cáo");
    expect(done).toContain("- Ban Tuyên giáo và Dân vận Tỉnh ủy (Ban Chỉ đạo QCDC tỉnh)");
    const row = await t.db.reportRequest.findFirstOrThrow({ where: { kind: "THEMATIC" } });
    expect(row.docNumber).toBe("125-CV/BDVTU");
    expect(row.topic).toBe("công khai tài chính");
    expect(await t.db.auditLog.count({ where: { action: "reportrequest.create", actorMemberId: s.secretary.member.id } })).toBe(1);

    expect(texts(await sec().send("/yeucau han 1 30/06/2026"))).toContain("Đã đổi hạn yêu cầu #1 thành 30/06/2026");

    // The province's written request for the 6-month report completes the automatic one.
    const six = texts(await sec().send("/yeucau 6thang 01/01/2026-15/06/2026 han 18/06/2026 so 130-CV/BDVTU ngay 05/06/2026"));
    expect(six).toContain("#1 Báo cáo 6 tháng");
    expect(six).toContain("hạn 18/06/2026");
    expect(await t.db.reportRequest.count({ where: { kind: "SIX_MONTH" } })).toBe(1);
    expect((await t.db.reportRequest.findUniqueOrThrow({ where: { id: 1 } })).docNumber).toBe("130-CV/BDVTU");
  });

  it("answers bad input in Vietnamese and writes nothing", async () => {
    expect(texts(await sec().send("/yeucau 6thang 01/01/2026-30/06/2026"))).toContain("cần có hạn nộp");
    expect(texts(await sec().send("/yeucau 6thang 01/01/2026-30/06/2026 han 01/06/2026"))).toContain("Hạn nộp đã qua");
    expect(texts(await sec().send("/yeucau 6thang 01/01/2026-30/06/2026 han 31/02/2026"))).toContain("Ngày chưa đúng");
    expect(texts(await sec().send("/yeucau quy 01/01/2026-30/06/2026 han 20/06/2026"))).toContain("Loại báo cáo chưa đúng");
    expect(texts(await sec().send("/yeucau han 99 20/06/2026"))).toContain("Không tìm thấy yêu cầu báo cáo #99");
    expect(texts(await sec().send("/yeucau han 1 01/01/2020"))).toContain("Hạn nộp đã qua");
    // Not a manager: the guard refuses.
    await hoa().send("/yeucau 6thang 01/01/2026-30/06/2026 han 20/06/2026");
    // Only the plan's two fixed requests exist (created on first use), with their default deadline.
    const rows = await t.db.reportRequest.findMany();
    expect(rows.map((r) => r.autoKey)).toEqual(["2026-H1", "2026-Y"]);
  });
});

describe("/baocaoky", () => {
  it("previews in chat, takes a supplement per section, sends the .docx and keeps each version", async () => {
    await seedHalfYear(t.db, s.agency.id, [s.people.hoa!.member.id, s.people.hung!.member.id, s.secretary.member.id]);
    const list = await sec().send("/baocaoky");
    if (t.buttonsOn) expect(list.at(-1)!.buttons.flat().map((b) => b.data)).toContain("bcky:v:1");
    else expect(list.at(-1)!.text).toContain("• /baocaoky 1 — #1 ");

    const preview = texts(await sec().click("#1"));
    expect(preview).toContain("Kết quả thực hiện Quy chế dân chủ ở cơ sở 6 tháng đầu năm 2026");
    expect(preview).toContain("tổ chức quán triệt Luật Thực hiện dân chủ ở cơ sở cho 42 công chức, người lao động");

    await sec().click("Bổ sung");
    expect(texts(await sec().send("9.9"))).toContain("Mã mục chưa đúng");
    expect(texts(await sec().send("2.1"))).toContain("Gõ nội dung bổ sung cho mục 2.1");
    expect(texts(await sec().send("Chi bộ đã ra Nghị quyết chuyên đề về dân chủ ở cơ sở."))).toContain("Đã lưu nội dung bổ sung cho mục 2.1");

    const first = await documentOf(await sec().click("Tạo file .docx"));
    expect(first.name).toBe("bao-cao-qcdc-6thang-2026-06-v1.docx");
    expect(first.caption).toContain("bản 1: 2 nhiệm vụ hoàn thành");
    const order = positions(first.text, [
      "THANH TRA TỈNH TÂY NINH",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "BÁO CÁO",
      "1. Công tác lãnh đạo",
      "đã ban hành Kế hoạch số 05-KH/TTr và phân công thành viên theo dõi từng phòng",
      "Chi bộ đã ra Nghị quyết chuyên đề về dân chủ ở cơ sở.",
      "2. Công tác triển khai, tuyên truyền",
      "CHÁNH THANH TRA",
    ]);
    expect(order.every((i) => i >= 0), JSON.stringify(order)).toBe(true);

    // A command in the middle of the dialogue ends it and is answered.
    await sec().click("Bổ sung");
    expect(texts(await sec().send("/mauvb nguoiky Trần Văn Hùng"))).toContain("- Người ký: Trần Văn Hùng");
    expect(texts(await sec().send("/mauvb kt KT. CHÁNH THANH TRA"))).toContain("- Ký thay/thay mặt: KT. CHÁNH THANH TRA");
    await sec().send("/mauvb chucvu PHÓ CHÁNH THANH TRA");
    expect(texts(await sec().send("/mauvb kyhieu T/T"))).toContain("Sửa: /mauvb noi");

    // Typed alternative, then a second version.
    await sec().send("/baocaoky 1 bosung 3 Đã họp Ban Chỉ đạo quý II.");
    const second = await documentOf(await sec().send("/baocaoky 1 taofile"));
    expect(second.name).toContain("-v2.docx");
    expect(second.text).toContain("Đã họp Ban Chỉ đạo quý II.");
    const sig = positions(second.text, ["Nơi nhận:", "KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA", "Trần Văn Hùng"]);
    expect(sig.every((i) => i >= 0), JSON.stringify(sig)).toBe(true);
    expect(await t.db.generatedReport.count()).toBe(2);
    expect((await t.db.reportRequest.findUniqueOrThrow({ where: { id: 1 } })).status).toBe("DRAFTED");
  });

  it("keeps the agency's own default Nơi nhận for new requests, and goes back to the bot's", async () => {
    const shown = texts(await sec().send("/mauvb"));
    expect(shown).toContain("+ Ban Tuyên giáo và Dân vận Tỉnh ủy");
    expect(shown).toContain("(mặc định của bot)");
    expect(texts(await sec().send(`/mauvb noinhan ${"Sở Nội vụ ".repeat(25)}`))).toContain("Mỗi nơi nhận tối đa 200 ký tự");
    const set = texts(await sec().send("/mauvb noinhan Ban Chỉ đạo QCDC tỉnh; Sở Nội vụ; Lưu: VT, TTr"));
    expect(set).toContain("(cơ quan đặt)");
    expect(set).toContain("+ Sở Nội vụ");
    await sec().send("/yeucau chuyende 01/03/2026-31/05/2026 han 20/06/2026 chude công khai tài chính");
    const req = await t.db.reportRequest.findFirstOrThrow({ where: { kind: "THEMATIC" } });
    expect(JSON.parse(req.recipients)).toEqual(["Ban Chỉ đạo QCDC tỉnh", "Sở Nội vụ", "Lưu: VT, TTr"]);
    expect(texts(await sec().send("/mauvb noinhan xoa"))).toContain("(mặc định của bot)");
    expect((await t.db.agencyReportProfile.findUniqueOrThrow({ where: { agencyId: s.agency.id } })).recipients).toBeNull();
  });

  it("recognises a button for an unknown request and a bad number", async () => {
    await sec().send("/baocaoky");
    // A callback with an unknown request can only come on Telegram; typed, the number is checked the same way.
    if (t.callbacks) {
      await sec().pressData("bcky:g:99");
      expect(String(t.telegram.callsOf("answerCallbackQuery").at(-1)?.payload.text ?? "")).toContain("Không tìm thấy yêu cầu báo cáo #99");
    } else expect(texts(await sec().send("/baocaoky 99"))).toContain("Không tìm thấy yêu cầu báo cáo #99");
    expect(texts(await sec().send("/baocaoky abc"))).toContain("Cách dùng: /baocaoky");
    expect(await t.db.generatedReport.count()).toBe(0);
  });
});

describe("/tudanhgia", () => {
  it("a member proposes, the head confirms, the total and band are computed and exported", async () => {
    expect(texts(await hoa().send("/tudanhgia 1 abc"))).toContain("Điểm phải là một số");
    expect(texts(await hoa().send("/tudanhgia 1 25 Kế hoạch"))).toContain("Điểm phải từ 0 đến 20");
    expect(texts(await hoa().send("/tudanhgia 9 5"))).toContain("Không có tiêu chí “9”");
    expect(await t.db.selfAssessmentScore.count()).toBe(0);

    const scores: Record<string, number> = { "1": 19, "2": 14, "3": 18, "4": 13, "5": 9, "6": 9, "7": 9.5 };
    for (const [code, score] of Object.entries(scores)) {
      expect(texts(await hoa().send(`/tudanhgia ${code} ${String(score).replace(".", ",")} Minh chứng mục ${code}`))).toContain(`cho tiêu chí ${code}`);
    }
    expect(texts(await hoa().send("/tudanhgia duyet 1"))).toContain("Chỉ Trưởng ban duyệt");
    for (const code of Object.keys(scores)) await head().send(`/tudanhgia duyet ${code}${code === "3" ? " 17" : ""}`);
    const summary = texts(await head().send("/tudanhgia"));
    expect(summary).toContain("Tổng điểm đã duyệt: 90,5/100. Xếp loại: Tốt");

    const doc = await documentOf(await sec().send("/tudanhgia xuat"));
    expect(doc.caption).toContain("90,5/100");
    const order = positions(doc.text, ["Phụ lục", "BẢNG TỰ ĐÁNH GIÁ", "(Kèm theo Báo cáo số", "Tiêu chí", "Điểm tối đa", "19", "Minh chứng mục 1", "17", "9,5", "Tổng cộng", "100", "91,5", "90,5", "Xếp loại: ", "Tốt"]);
    expect(order.every((i) => i >= 0), `${JSON.stringify(order)}\n${doc.text}`).toBe(true);

    // The annual report (#2, created automatically) carries the scored table along.
    expect(texts(await sec().send("/baocaoky"))).toContain("#2 Báo cáo năm");
    const sent = await sec().send("/baocaoky 2 taofile");
    const docs = await t.filesIn(sent);
    expect(docs.map((d) => d.name)).toEqual(["bao-cao-qcdc-nam-2026-12-v1.docx", "tu-danh-gia-qcdc-2026.docx"]);
    expect(docs[1]!.caption).toContain("bảng tự đánh giá thực hiện QCDC năm 2026");
  });
});
