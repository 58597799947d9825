import type { InputFile } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../../src/files/tokens.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { consultationBatchJob } from "../../src/scheduler/jobs/consultation-batch.js";
import { documentRemindersJob } from "../../src/scheduler/jobs/document-reminders.js";
import { voteCloseJob } from "../../src/scheduler/jobs/vote-close.js";
import type { SentMessage } from "../harness/fake-telegram.js";
import { Role, seedAgency, type SeededAgency } from "../harness/fixtures.js";
import { runJobNow } from "../harness/run-job.js";
import { TestBot, choiceLabels, texts, type TestUser } from "../harness/test-bot.js";
import { docxText } from "../services/docx-read.js";
import { QUESTIONS, runDialogueScenario } from "./dialogue-scenario.js";

/**
 * Issue 11 ("Dân biết, dân bàn, dân kiểm tra") over one year of the simulated
 * clock, every step through the chat, in the three runs (buttons,
 * QCDC_TEST_BUTTONS=off, QCDC_TEST_PLATFORM=zalo — where files arrive as
 * download links): a directive studied by two departments (March), a draft
 * regulation put to comment (April), a secret vote (May), the head's dialogue
 * with the staff (June), the 6-month report
 * (July), the exemplary individuals (November) and the annual report (December).
 * The steps share one world and run in order.
 */
const vn = (day: string, time = "08:00") => new Date(`${day}T${time}:00+07:00`);

let t: TestBot;
let a: SeededAgency;
const VP = ["hung", "binh", "chi", "dung", "giang"] as const;
const NV1 = ["hai", "khanh", "lam", "mai"] as const;
const COMMITTEE = ["hung", "binh", "hoa", "minh"] as const;
let docId: number;

beforeAll(async () => {
  t = TestBot.create({ now: vn("2026-03-02").toISOString(), publicUrl: "https://qcdc.example.gov.vn" }); // Monday 02/03/2026
  a = await seedAgency(t, {
    hung: { role: Role.HEAD, fullName: "Trần Văn Hùng", position: "Chánh Thanh tra" },
    binh: { role: Role.MEMBER, fullName: "Lê Văn Bình" },
    hoa: { role: Role.DEPUTY, fullName: "Lê Thị Hoa", position: "Phó Chánh Thanh tra" },
    minh: { role: Role.MEMBER, fullName: "Phạm Văn Minh" },
    chi: { role: Role.STAFF, fullName: "Phạm Thị Chi" },
    dung: { role: Role.STAFF, fullName: "Lê Văn Dũng" },
    giang: { role: Role.STAFF, fullName: "Ngô Thị Giang" },
    hai: { role: Role.STAFF, fullName: "Đỗ Văn Hải" },
    khanh: { role: Role.STAFF, fullName: "Bùi Thị Khánh" },
    lam: { role: Role.STAFF, fullName: "Hồ Văn Lâm" },
    mai: { role: Role.STAFF, fullName: "Đặng Thị Mai" },
    nam: { role: Role.STAFF, fullName: "Trịnh Văn Nam" },
  });
  await t.deps.services.plan.createFromTemplate(a.secretary.member, 2026);
}, 60_000);
afterAll(() => t.close());

const lan = () => a.secretary.user;
const who = (k: string): TestUser => a.people[k]!.user;
const memberId = (k: string) => a.people[k]!.member.id;

/** The file the bot sent: a Telegram document, or on Zalo the download link's stored bytes. */
async function fileOf(sent: SentMessage[]): Promise<{ name: string; text: string }> {
  const doc = sent.find((m) => m.method === "sendDocument");
  if (doc) {
    const f = doc.payload.document as InputFile;
    return { name: f.filename ?? "", text: await docxText((await f.toRaw()) as Uint8Array) };
  }
  const link = /\/f\/([A-Za-z0-9_-]{43})\/(\S+)/.exec(texts(sent));
  expect(link, "a document or a download link").not.toBeNull();
  const row = await t.db.downloadLink.findUniqueOrThrow({ where: { tokenHash: hashToken(link![1]!) } });
  return { name: decodeURIComponent(link![2]!), text: await docxText(new Uint8Array(row.bytes)) };
}

/** What the refused inputs could have written: every row they could touch, by content. */
async function state() {
  const db = t.db;
  return {
    sends: await db.documentSend.count(),
    recipients: await db.documentRecipient.findMany({ orderBy: { id: "asc" }, select: { memberId: true, confirmedAt: true, note: true } }),
    consultations: await db.consultation.count(),
    asked: await db.consultationRecipient.count(),
    votes: await db.vote.count(),
    roll: await db.voteVoter.findMany({ orderBy: [{ voteId: "asc" }, { memberId: "asc" }] }),
    boxes: await db.voteBox.findMany({ orderBy: { voteId: "asc" } }),
    audit: await db.auditLog.count(),
    outbox: await db.outboxMessage.count(),
  };
}

describe("one year of dân biết, dân bàn, dân kiểm tra", () => {
  it("step 1 (March) — a directive to two departments: 7 of 9 confirm, the two others are reminded exactly once", async () => {
    for (const name of ["Văn phòng", "Phòng Nghiệp vụ 1"]) expect(texts(await lan().send(`/phong them ${name}`))).toContain(`Đã thêm ${name}`);
    for (const k of VP) expect(texts(await lan().send(`/phong gan ${memberId(k)} Văn phòng`))).toContain("thuộc Văn phòng");
    for (const k of NV1) expect(texts(await lan().send(`/phong gan ${memberId(k)} Nghiệp vụ 1`))).toContain("thuộc Phòng Nghiệp vụ 1");

    const registered = texts(
      await lan().send("/vanban them 30-CT/TW | Chỉ thị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở | Bộ Chính trị | 18/02/1998 | Những nội dung chính của Chỉ thị | https://tulieuvankien.dangcongsan.vn/30-ct-tw"),
    );
    expect(registered).toContain("Đã đăng ký văn bản số");
    docId = (await t.db.studyDocument.findFirstOrThrow({ where: { number: "30-CT/TW" } })).id;
    expect(texts(await lan().send(`/vanban gui ${docId} 13/03/2026 phòng Văn phòng, Phòng Nghiệp vụ 1`))).toContain("đến 9 người (Văn phòng, Phòng Nghiệp vụ 1), hạn quán triệt 13/03/2026");
    await t.flushOutbox();
    for (const k of [...VP, ...NV1]) expect(choiceLabels(who(k).inbox().at(-1)!)).toContain("Đã đọc, đã quán triệt");
    expect(who("nam").inbox()).toHaveLength(0);

    for (const k of ["hung", "binh", "chi", "hai"]) expect(texts(await who(k).click("Đã đọc, đã quán triệt"))).toContain("Đã ghi nhận đồng chí đã đọc, đã quán triệt 30-CT/TW");
    for (const k of ["dung", "giang", "khanh"]) expect(texts(await who(k).send(`/quantriet ${docId}`))).toContain("Đã ghi nhận");
    expect(await t.db.documentRecipient.count({ where: { documentId: docId, confirmedAt: { not: null } } })).toBe(7);
    expect(texts(await lan().send(`/vanban ${docId}`))).toContain("Phòng Nghiệp vụ 1: 2/4 — chưa quán triệt: Đặng Thị Mai, Hồ Văn Lâm");

    // The reminder job on two schedulers, twice, and after a restart: one reminder each, in the outbox and in the chat.
    const before = { lam: who("lam").inbox().length, mai: who("mai").inbox().length };
    const one = new Scheduler(t.deps, [documentRemindersJob]);
    const two = new Scheduler(t.deps, [documentRemindersJob]);
    t.clock.set(vn("2026-03-11")); // Wednesday: 2 working days before Friday 13/03
    await Promise.all([one.tick(), two.tick()]);
    t.clock.set(vn("2026-03-11", "10:00"));
    await one.tick();
    await new Scheduler(t.deps, [documentRemindersJob]).tick();
    const reminders = await t.db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: "document-reminder:" } }, select: { memberId: true } });
    expect(reminders.map((r) => r.memberId).sort()).toEqual([memberId("lam"), memberId("mai")].sort());
    await t.flushOutbox();
    for (const k of ["lam", "mai"] as const) {
      const got = who(k).inbox().slice(before[k]);
      expect(got).toHaveLength(1);
      expect(got[0]!.text).toMatch(/^⏰ Nhắc quán triệt: 30-CT\/TW — /);
    }
  });

  const COMMENTS = {
    chi: "Đề nghị làm rõ mức chi công tác phí tại Điều 5.",
    dung: "Đề nghị bổ sung quy định khoán văn phòng phẩm theo phòng.",
    hai: "Đề nghị tăng mức hỗ trợ làm thêm giờ lên 200%.",
    khanh: "Thủ tục thanh toán ở Điều 8 còn nhiều bước, đề nghị rút gọn.",
    lam: "Đề nghị bỏ quy định phải có xác nhận của hai lãnh đạo.",
  } as const;

  it("step 2 (April) — a draft regulation: 3 named and 2 anonymous comments, each taken up or explained, the summary .docx", async () => {
    t.clock.set(vn("2026-04-06", "09:00")); // Monday
    const form = `/layykien\nTiêu đề: Dự thảo Quy chế chi tiêu nội bộ năm 2026\nĐối tượng: phòng Văn phòng, Nghiệp vụ 1\nHạn: 17/04/2026\nDự thảo: Điều 1. Quy chế này quy định chế độ chi tiêu nội bộ của cơ quan năm 2026.`;
    expect(texts(await lan().send(form))).toContain("Đã mở đợt lấy ý kiến số 1: Dự thảo Quy chế chi tiêu nội bộ năm 2026. Đã gửi tới 9 người");
    await t.flushOutbox();
    for (const k of ["chi", "dung", "hai"] as const) expect(texts(await who(k).send(`/ykien 1 ${COMMENTS[k]}`))).toContain("Đã ghi nhận ý kiến của đồng chí");
    for (const k of ["khanh", "lam"] as const) expect(texts(await who(k).send(`/ykien_an 1 ${COMMENTS[k]}`))).toContain("Đã ghi nhận ý kiến ẩn danh");
    expect(texts(await who("giang").click("Đồng ý"))).toContain("Đã ghi nhận ý kiến của đồng chí");

    t.clock.set(vn("2026-04-06", "16:00"));
    await runJobNow(t, consultationBatchJob, vn("2026-04-06", "09:00"));
    await t.flushOutbox();
    const batch = lan().lastText();
    expect(batch).toContain("6 ý kiến mới — 1 đồng ý, 0 không có ý kiến, 5 góp ý");
    const numberOf = (text: string) => Number(new RegExp(`Ý kiến số (\\d+) — [^:]+:\\n${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).exec(batch)?.[1]);

    expect(texts(await lan().send("/layykien_dong 1"))).toContain("Đã kết thúc đợt lấy ý kiến số 1");
    for (const k of ["chi", "dung", "khanh"] as const) expect(texts(await lan().send(`/tiepthu 1 ${numberOf(COMMENTS[k])} Đã chỉnh sửa dự thảo theo ý kiến.`))).toContain("Đã ghi tiếp thu");
    for (const k of ["hai", "lam"] as const) expect(texts(await lan().send(`/giaitrinh 1 ${numberOf(COMMENTS[k])} Giữ như dự thảo theo quy định hiện hành.`))).toContain("Đã ghi giải trình");

    const doc = await fileOf(await lan().send("/layykien_baocao 1"));
    expect(doc.name).toBe("tong-hop-y-kien-dot-1.docx");
    for (const line of ["Số người được lấy ý kiến: 9.", "Số người đã cho ý kiến: 6 người (67%).", "Có ý kiến góp ý: 5 ý kiến (trong đó 2 ý kiến ẩn danh).", "1. Ý kiến được tiếp thu (3 ý kiến)", "2. Ý kiến được giải trình (2 ý kiến)"]) {
      expect(doc.text, line).toContain(line);
    }
    expect(doc.text.split("Ý kiến ẩn danh").length - 1).toBe(2);
    expect(doc.text).not.toContain("Chưa tiếp thu, giải trình");
  });

  it("step 3 (May) — a secret vote of 5: the right result, and no row links a person to a ballot", async () => {
    t.clock.set(vn("2026-05-04", "09:00"));
    expect(texts(await lan().send("/bieuquyet moi ban chỉ đạo | kín | 06/05/2026 17:00 | Thông qua dự thảo Quy chế chi tiêu nội bộ năm 2026"))).toContain("Đã mở biểu quyết số 1 cho 5 người");
    await t.flushOutbox();
    const rowsBefore = { audit: await t.db.auditLog.count(), outbox: await t.db.outboxMessage.count() };
    const ballots: [TestUser, string][] = [
      [lan(), "Tán thành"],
      [who("hung"), "Tán thành"],
      [who("hoa"), "Không tán thành"],
    ];
    for (const [u, label] of ballots) expect(texts(await u.click(label))).toContain("Đã ghi nhận phiếu của đồng chí cho biểu quyết số 1");
    expect(texts(await who("binh").send("/bieuquyet 1 tan thanh"))).toContain("Đã ghi nhận phiếu");
    expect(texts(await who("minh").send("/bieuquyet 1 3"))).toContain("Đã ghi nhận phiếu");
    // The ballots wrote no audit row and no message; the roll holds only bare marks, the box only counts.
    expect({ audit: await t.db.auditLog.count(), outbox: await t.db.outboxMessage.count() }).toEqual(rowsBefore);
    const roll = await t.db.voteVoter.findMany({ where: { vote: { number: 1 } } });
    expect(roll).toHaveLength(5);
    expect(roll.every((r) => r.voted && r.choice === null)).toBe(true);
    expect(Object.keys(roll[0]!).sort()).toEqual(["choice", "memberId", "voteId", "voted"]);
    const box = await t.db.voteBox.findMany();
    expect(box.map((b) => b.counts)).toEqual(["[3,1,1]"]);
    expect(Object.keys(box[0]!).sort()).toEqual(["counts", "voteId"]);

    t.clock.set(vn("2026-05-06", "17:05"));
    expect(await runJobNow(t, voteCloseJob, vn("2026-05-06", "16:00"))).toHaveLength(1);
    const result = texts(await t.flushOutbox());
    expect(result).toContain("Kết quả biểu quyết số 1 (bỏ phiếu kín)");
    expect(result).toContain("• Tán thành: 3 phiếu");
    expect(result).toContain("• Không tán thành: 1 phiếu");
    expect(result).toContain("• Không biểu quyết: 1 phiếu");
    expect(result).toContain("Đã bỏ phiếu 5/5 người");
    for (const k of COMMITTEE) expect(result).not.toContain(a.people[k]!.member.fullName);
  });

  it("step 4 (June) — the dialogue (đối thoại): 4 questions, 2 anonymous, all answered, one turned into a task", async () => {
    // The whole flow is tests/e2e/dialogue-scenario.ts (also run alone by dialogue.test.ts); here it joins the year.
    t.clock.set(vn("2026-06-01", "09:00"));
    const r = await runDialogueScenario(
      t,
      { organiser: a.secretary, askers: [a.people.giang!, a.people.mai!, a.people.nam!, a.people.khanh!], assignee: a.people.minh! },
      { date: "10/06/2026", time: "14:00", due: "30/06/2026" },
    );
    const task = await t.db.task.findFirstOrThrow({ where: { number: r.taskNumber, plan: { agencyId: a.agency.id } }, include: { assignees: true } });
    expect(task.title).toBe(QUESTIONS[3]);
    expect(task.assignees.map((x) => x.memberId)).toEqual([memberId("minh")]);
    expect(await t.db.dialogueQuestion.count()).toBe(2);
    expect(await t.db.dialogueAnonymousQuestion.count()).toBe(2);
  });

  it("step 5 (July) — the 6-month report carries the directive, the consultation and the vote", async () => {
    t.clock.set(vn("2026-07-06", "09:00"));
    expect(texts(await lan().send("/baocaoky"))).toContain("#1 Báo cáo 6 tháng");
    const doc = await fileOf(await lan().send("/baocaoky 1 taofile"));
    expect(doc.text).toContain("Công tác lãnh đạo, chỉ đạo của cấp ủy, lãnh đạo cơ quan về thực hiện dân chủ");
    expect(doc.text).toContain(
      "lãnh đạo cơ quan đã lấy ý kiến đảng viên, công chức, người lao động đối với dự thảo Quy chế chi tiêu nội bộ năm 2026. Có 6 trong tổng số 9 người được lấy ý kiến đã tham gia ý kiến (đạt 67%), trong đó có 5 ý kiến góp ý cụ thể. Các ý kiến góp ý đều đã được tổng hợp, tiếp thu, giải trình: tiếp thu 3 ý kiến, giải trình 2 ý kiến.",
    );
    expect(doc.text).toContain(
      "Thực hiện nguyên tắc tập trung dân chủ, cơ quan đã tổ chức 1 cuộc bỏ phiếu kín đối với nội dung: thông qua dự thảo Quy chế chi tiêu nội bộ năm 2026 (bỏ phiếu kín; 5 người được lấy phiếu đều đã tham gia; kết quả: 3 phiếu tán thành, 1 phiếu không tán thành, 1 phiếu không biểu quyết).",
    );
    expect(doc.text).toContain("Lãnh đạo cơ quan đã tổ chức 1 hội nghị đối thoại với công chức, người lao động, tiếp nhận 4 câu hỏi, kiến nghị; đã trả lời 4/4; 1 nội dung cần thêm thời gian được giao thành nhiệm vụ để giải quyết.");
    expect(doc.text).toContain("Cơ quan đã triển khai, quán triệt Chỉ thị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở (số 30-CT/TW ngày 18/02/1998 của Bộ Chính trị)");
    expect(doc.text).toContain("Văn bản được gửi đến 9 lượt đảng viên, công chức, người lao động; 7 lượt đã xác nhận đọc, quán triệt (đạt 78%)");
    // The report speaks for the agency: no one who commented or voted is named.
    for (const k of ["chi", "dung", "hai", "khanh", "lam", ...COMMITTEE]) expect(doc.text).not.toContain(a.people[k]!.member.fullName);
  });

  it("step 6 (November) — two nominations lead to one recognised individual", async () => {
    t.clock.set(vn("2026-11-02", "08:00"));
    expect(texts(await lan().send("/guongdienhinh mo 20/11/2026"))).toContain("Đã mở nhận đề cử gương điển hình tiên tiến năm 2026 đến 20/11/2026");
    await t.flushOutbox();
    expect(texts(await who("chi").send(`/guongdienhinh decu #${memberId("hoa")} Luôn gương mẫu thực hiện Quy chế dân chủ, tiếp thu ý kiến của công chức`))).toContain("Đã ghi nhận đề cử đồng chí Lê Thị Hoa");
    expect(texts(await who("nam").send(`/guongdienhinh decu #${memberId("minh")} Tích cực tham gia phong trào thi đua Dân vận khéo`))).toContain("Đã ghi nhận đề cử đồng chí Phạm Văn Minh");
    t.clock.set(vn("2026-11-23", "08:00"));
    expect(texts(await lan().send("/guongdienhinh bophieu kín 27/11/2026"))).toContain("Đã mở 2 cuộc biểu quyết của Ban Chỉ đạo");
    await t.flushOutbox();
    for (const u of [lan(), who("hung"), who("binh")]) expect(texts(await u.send("/bieuquyet 2 1"))).toContain("Đã ghi nhận phiếu");
    for (const u of [lan(), who("hung")]) expect(texts(await u.send("/bieuquyet 3 2"))).toContain("Đã ghi nhận phiếu");
    t.clock.set(vn("2026-11-27", "17:05"));
    expect(await runJobNow(t, voteCloseJob, vn("2026-11-27", "16:00"))).toHaveLength(2);
    await t.flushOutbox();
    const decided = texts(await who("hung").send(`/guongdienhinh congnhan #${memberId("hoa")}`));
    expect(decided).toContain("công nhận 1 người");
    expect(decided).toContain("Lê Thị Hoa (Phó Chánh Thanh tra) — 1 lượt đề cử, biểu quyết số 2, được công nhận");
  });

  it("step 7 (December) — the annual report: the recognised individual, the consultation and the votes of the year", async () => {
    t.clock.set(vn("2026-12-07", "09:00"));
    expect(texts(await lan().send("/baocaoky"))).toContain("#2 Báo cáo năm");
    const doc = await fileOf(await lan().send("/baocaoky 2 taofile"));
    expect(doc.text).toContain("Công tác thi đua, khen thưởng về thực hiện dân chủ tại cơ quan");
    expect(doc.text).toContain("đã tổ chức đề cử 2 cá nhân; sau khi Ban Chỉ đạo biểu quyết, người đứng đầu cơ quan đã quyết định công nhận 1 gương điển hình tiên tiến năm 2026: đồng chí Lê Thị Hoa, Phó Chánh Thanh tra.");
    expect(doc.text).not.toContain("Phạm Văn Minh");
    expect(doc.text).toContain("đối với dự thảo Quy chế chi tiêu nội bộ năm 2026. Có 6 trong tổng số 9 người được lấy ý kiến đã tham gia ý kiến (đạt 67%)");
    // The nominees' votes are reported through the head's decision (2.4), not as votes of their own.
    expect(doc.text).toContain("cơ quan đã tổ chức 1 cuộc bỏ phiếu kín đối với nội dung: thông qua dự thảo Quy chế chi tiêu nội bộ năm 2026");
  });

  it("step 8 — bad input gets a clear Vietnamese answer and writes nothing", async () => {
    t.clock.set(vn("2026-12-08", "09:00"));
    // An open vote of the committee, in which Bình has already voted.
    expect(texts(await lan().send("/bieuquyet moi ban chỉ đạo | công khai | 10/12/2026 | Thông qua lịch họp Ban Chỉ đạo quý I năm 2027"))).toContain("Đã mở biểu quyết số 4 cho 5 người");
    await t.flushOutbox();
    expect(texts(await who("binh").send("/bieuquyet 4 1"))).toContain("Đã ghi nhận");
    const before = await state();
    const draft = (deadline: string, text: string) => `/layykien\nTiêu đề: Dự thảo Quy chế làm việc năm 2027\nĐối tượng: tất cả\nHạn: ${deadline}\nDự thảo: ${text}`;
    const bad: [TestUser, string, string][] = [
      [lan(), `/vanban gui ${docId} 01/12/2026 phòng Văn phòng`, "Hạn quán triệt đã qua"],
      [lan(), draft("01/12/2026", "Điều 1. Quy chế này quy định lề lối làm việc của cơ quan."), "Hạn lấy ý kiến đã qua"],
      [lan(), "/bieuquyet moi ban chỉ đạo | kín | 01/12/2026 17:00 | Thông qua quy chế", "Hạn biểu quyết đã qua"],
      [lan(), draft("18/12/2026", ""), "Dự thảo đang trống"],
      [who("binh"), "/bieuquyet 3 1", "đã kết thúc"], // the nominee vote closed on 27/11
      [who("binh"), "/bieuquyet 4 2", "mỗi người chỉ bỏ một phiếu"],
      [who("nam"), `/quantriet ${docId}`, "không được gửi đến đồng chí"],
    ];
    for (const [u, line, answer] of bad) expect(texts(await u.send(line)), line).toContain(answer);
    expect(await state()).toEqual(before);
  });
  it("step 9 — /trogiup lists the commands of the year to those who may use them", async () => {
    const secretary = texts(await lan().send("/trogiup"));
    for (const c of ["/phong", "/vanban", "/quantriet", "/congkhai", "/layykien —", "/layykien_ds", "/layykien_dong", "/layykien_baocao", "/layykien_tep", "/tiepthu", "/giaitrinh", "/ykien", "/ykien_an", "/bieuquyet", "/guongdienhinh"]) {
      expect(secretary, c).toContain(c);
    }
    const staff = texts(await who("chi").send("/trogiup"));
    for (const c of ["/quantriet", "/congkhai", "/ykien", "/ykien_an", "/bieuquyet", "/guongdienhinh"]) expect(staff, c).toContain(c);
    for (const c of ["/vanban —", "/layykien", "/tiepthu", "/giaitrinh"]) expect(staff, c).not.toContain(c);
  });
});
