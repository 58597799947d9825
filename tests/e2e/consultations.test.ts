import { afterEach, describe, expect, it } from "vitest";
import { Role } from "../../src/generated/prisma/enums.js";
import { departmentKey } from "../../src/services/audiences.js";
import { consultationBatchJob } from "../../src/scheduler/jobs/consultation-batch.js";
import { consultationRemindersJob } from "../../src/scheduler/jobs/consultation-reminders.js";
import type { SentMessage } from "../harness/fake-telegram.js";
import { seedAgency, type SeededAgency } from "../harness/fixtures.js";
import { runJobNow } from "../harness/run-job.js";
import { TestBot, texts } from "../harness/test-bot.js";
import { docxText } from "../services/docx-read.js";

/**
 * Issue 11, point 3, end to end (with buttons and with QCDC_TEST_BUTTONS=off):
 * a draft regulation sent to two departments gets 3 named and 2 anonymous
 * comments and one "đồng ý"; the one person who did not answer is reminded
 * once; each comment is answered "tiếp thu" or "giải trình"; the summary
 * .docx reads back with those counts.
 */
let t: TestBot;
let s: SeededAgency;
afterEach(() => t?.close());

const START = "2026-03-02T02:00:00Z"; // Monday 09:00 in Vietnam
const PEOPLE = {
  an: "Lê Văn An",
  binh: "Trần Thị Bình",
  cuong: "Phạm Văn Cường",
  dung: "Đỗ Thị Dung",
  em: "Vũ Văn Em",
  giang: "Hoàng Thị Giang",
  hai: "Ngô Văn Hải",
} as const;
type Key = keyof typeof PEOPLE;

const COMMENTS: Record<"an" | "binh" | "cuong" | "dung" | "em", string> = {
  an: "Đề nghị làm rõ mức chi công tác phí tại Điều 5.",
  binh: "Đề nghị bổ sung quy định khoán văn phòng phẩm theo phòng.",
  cuong: "Đề nghị tăng mức hỗ trợ làm thêm giờ lên 200%.",
  dung: "Thủ tục thanh toán ở Điều 8 còn nhiều bước, đề nghị rút gọn.",
  em: "Đề nghị bỏ quy định phải có xác nhận của hai lãnh đạo.",
};

const FORM = (deadline: string, draft = "Điều 1. Quy chế này quy định chế độ chi tiêu nội bộ của cơ quan năm 2026.\nĐiều 2. Đối tượng áp dụng: công chức, người lao động.") =>
  `/layykien\nTiêu đề: Dự thảo Quy chế chi tiêu nội bộ năm 2026\nĐối tượng: phòng Văn phòng, Nghiệp vụ 1\nHạn: ${deadline}\nDự thảo: ${draft}`;

async function setup() {
  t = TestBot.create({ now: START });
  const people = Object.fromEntries(Object.entries(PEOPLE).map(([k, fullName]) => [k, { role: Role.STAFF, fullName }]));
  s = await seedAgency(t, { hung: { role: Role.HEAD, fullName: "Trần Văn Hùng" }, ...people });
  const agencyId = s.agency.id;
  const vp = await t.db.department.create({ data: { agencyId, name: "Văn phòng", nameKey: departmentKey("Văn phòng") } });
  const nv = await t.db.department.create({ data: { agencyId, name: "Phòng Nghiệp vụ 1", nameKey: departmentKey("Phòng Nghiệp vụ 1") } });
  for (const [i, k] of (Object.keys(PEOPLE) as Key[]).entries()) {
    await t.db.member.update({ where: { id: s.people[k]!.member.id }, data: { departmentId: i < 4 ? vp.id : nv.id } });
  }
}

const who = (k: Key | "hung") => s.people[k]!.user;
const sec = () => s.secretary.user;

async function written() {
  return { consultations: await t.db.consultation.count(), recipients: await t.db.consultationRecipient.count(), outbox: await t.db.outboxMessage.count() };
}

/** The .docx the bot sent: a document on Telegram, a download link on Zalo. */
async function documentOf(sent: SentMessage[]): Promise<{ name: string; text: string }> {
  const doc = await t.fileIn(sent);
  expect(doc, "a document was sent").toBeDefined();
  return { name: doc!.name, text: await docxText(doc!.bytes) };
}

describe("consultations on drafts", () => {
  it("lists the commands in /trogiup for whom they are meant", async () => {
    await setup();
    const staffHelp = texts(await who("an").send("/trogiup"));
    expect(staffHelp).toContain("/ykien [số]");
    expect(staffHelp).toContain("/ykien_an <số>");
    expect(staffHelp).not.toContain("/layykien");
    const secHelp = texts(await sec().send("/trogiup"));
    for (const c of ["/layykien —", "/layykien_ds", "/layykien_dong", "/layykien_baocao", "/tiepthu", "/giaitrinh"]) expect(secHelp).toContain(c);
    expect(texts(await who("an").send("/layykien_ds"))).not.toContain("CÁC ĐỢT");
  });

  it("runs a consultation from the draft to the summary .docx", async () => {
    await setup();
    // Bad input is explained and writes nothing.
    const before = await written();
    expect(texts(await sec().send(FORM("01/03/2026")))).toContain("Hạn lấy ý kiến đã qua");
    expect(texts(await sec().send(FORM("13/03/2026", "")))).toContain("Dự thảo đang trống");
    expect(texts(await sec().send(FORM("31/02/2026")))).toContain("không có trên lịch");
    expect(texts(await sec().send(FORM("13/03/2026").replace("Nghiệp vụ 1", "Kế toán")))).toContain("Không có phòng: Kế toán");
    expect(texts(await sec().send("/layykien\nTiêu đề: Dự thảo"))).toContain("Còn thiếu mục: Đối tượng, Hạn, Dự thảo");
    expect(texts(await who("an").send(FORM("13/03/2026")))).not.toContain("Đã mở");
    expect(await written()).toEqual(before);

    expect(texts(await sec().send(FORM("13/03/2026")))).toContain("Đã mở đợt lấy ý kiến số 1: Dự thảo Quy chế chi tiêu nội bộ năm 2026. Đã gửi tới 7 người");
    await t.flushOutbox();
    for (const k of Object.keys(PEOPLE) as Key[]) expect(who(k).lastText()).toContain("LẤY Ý KIẾN DỰ THẢO — đợt số 1");
    expect(who("hung").inbox().some((m) => m.text.includes("LẤY Ý KIẾN"))).toBe(false);

    // Three named comments, two anonymous ones, one "đồng ý" by the notice's choice.
    for (const k of ["an", "binh", "cuong"] as const) expect(texts(await who(k).send(`/ykien 1 ${COMMENTS[k]}`))).toContain("Đã ghi nhận ý kiến của đồng chí");
    for (const k of ["dung", "em"] as const) expect(texts(await who(k).send(`/ykien_an 1 ${COMMENTS[k]}`))).toContain("Đã ghi nhận ý kiến ẩn danh");
    expect(texts(await who("giang").click("Đồng ý"))).toContain("Đã ghi nhận ý kiến của đồng chí");
    // A second answer is refused politely, named or anonymous.
    expect(texts(await who("an").send("/ykien 1 đồng ý"))).toContain("đã cho ý kiến về dự thảo số 1 rồi");
    expect(texts(await who("dung").send("/ykien_an 1 không có ý kiến"))).toContain("đã cho ý kiến về dự thảo số 1 rồi");
    expect(texts(await who("hai").send("/ykien_an 1"))).toContain("gõ /ykien_an <số đợt> rồi nội dung");
    expect(await t.db.consultationAnswer.count()).toBe(4);
    expect(await t.db.consultationAnonymousAnswer.count()).toBe(2);

    // Nothing reaches the drafting side before the 16:00 batch.
    expect((await t.flushOutbox()).filter((m) => m.chatId === sec().chatId)).toHaveLength(0);
    t.clock.set("2026-03-02T09:00:00Z");
    await runJobNow(t, consultationBatchJob, new Date(START));
    await t.flushOutbox();
    const batch = sec().lastText();
    expect(batch).toContain("6 ý kiến mới — 1 đồng ý, 0 không có ý kiến, 5 góp ý");
    const numberOf = (text: string) => Number(new RegExp(`Ý kiến số (\\d+) — [^:]+:\\n${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).exec(batch)?.[1]);
    expect(batch).toContain(`Ý kiến số ${numberOf(COMMENTS.an)} — Lê Văn An`);
    expect(batch).toContain(`Ý kiến số ${numberOf(COMMENTS.dung)} — Ý kiến ẩn danh`);

    // The one who did not answer is reminded once, three working days before the deadline.
    t.clock.set("2026-03-10T01:00:00Z");
    await runJobNow(t, consultationRemindersJob, new Date(START));
    await runJobNow(t, consultationRemindersJob, new Date(START));
    await t.flushOutbox();
    const reminded = (k: Key) => who(k).inbox().filter((m) => m.text.startsWith("NHẮC: đồng chí chưa cho ý kiến")).length;
    expect(reminded("hai")).toBe(1);
    for (const k of ["an", "binh", "cuong", "dung", "em", "giang"] as const) expect(reminded(k)).toBe(0);
    expect(texts(await sec().send("/layykien_ds 1"))).toContain("• Phòng Nghiệp vụ 1: Ngô Văn Hải");

    // Close, then record how each comment was taken up.
    expect(texts(await sec().send("/layykien_dong 1"))).toContain("Đã kết thúc đợt lấy ý kiến số 1");
    expect(texts(await who("hai").send("/ykien 1 đồng ý"))).toContain("đã kết thúc");
    for (const k of ["an", "binh", "dung"] as const) {
      expect(texts(await sec().send(`/tiepthu 1 ${numberOf(COMMENTS[k])} Đã chỉnh sửa dự thảo theo ý kiến.`))).toContain("Đã ghi tiếp thu");
    }
    for (const k of ["cuong", "em"] as const) {
      expect(texts(await sec().send(`/giaitrinh 1 ${numberOf(COMMENTS[k])} Giữ như dự thảo theo quy định hiện hành.`))).toContain("Đã ghi giải trình");
    }
    expect(texts(await sec().send("/tiepthu 1 9 Đã sửa."))).toContain("không có ý kiến số 9");
    expect(texts(await sec().send("/tiepthu 1 2"))).toContain("Gõ: /tiepthu <số đợt> <số ý kiến> <nội dung>");

    const doc = await documentOf(await sec().send("/layykien_baocao 1"));
    expect(doc.name).toBe("tong-hop-y-kien-dot-1.docx");
    for (const line of [
      "Tổng hợp, tiếp thu, giải trình ý kiến góp ý đối với dự thảo Quy chế chi tiêu nội bộ năm 2026",
      "đã lấy ý kiến công chức, người lao động các phòng: Văn phòng, Phòng Nghiệp vụ 1",
      "Số người được lấy ý kiến: 7.",
      "Số người đã cho ý kiến: 6 người (86%).",
      "Đồng ý với dự thảo: 1.",
      "Không có ý kiến: 0.",
      "Có ý kiến góp ý: 5 ý kiến (trong đó 2 ý kiến ẩn danh).",
      "Phòng Nghiệp vụ 1: 2/3 người đã cho ý kiến;",
      "Văn phòng: 4/4 người đã cho ý kiến.",
      "1. Ý kiến được tiếp thu (3 ý kiến)",
      "2. Ý kiến được giải trình (2 ý kiến)",
      "Nơi nhận:",
    ]) {
      expect(doc.text, line).toContain(line);
    }
    expect(doc.text.split("Ý kiến ẩn danh").length - 1).toBe(2);
    expect(doc.text).toContain("Đ/c Lê Văn An (Văn phòng)");
    expect(doc.text).not.toContain("Chưa tiếp thu, giải trình");
    for (const c of Object.values(COMMENTS)) expect(doc.text).toContain(c);
  });
});
