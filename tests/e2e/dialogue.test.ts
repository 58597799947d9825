import type { InputFile } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { Role } from "../../src/generated/prisma/enums.js";
import type { SentMessage } from "../harness/fake-telegram.js";
import { seedAgency, type SeededAgency } from "../harness/fixtures.js";
import { TEST_PLATFORM, TestBot, texts } from "../harness/test-bot.js";
import { docxText } from "../services/docx-read.js";
import { QUESTIONS, runDialogueScenario } from "./dialogue-scenario.js";

/**
 * Issue 11 point 5 (plan §2.1, "định kỳ tổ chức tiếp xúc đối thoại"), end to
 * end in the three runs: scheduling and its announcement, named and anonymous
 * questions, answers, a question turned into a task, the minutes .docx read
 * back, and bad input that writes nothing.
 */
let t: TestBot;
let s: SeededAgency;
afterEach(() => t?.close());

const START = "2026-03-02T02:00:00Z"; // Monday 09:00 in Vietnam
const FORM = (when: string, audience = "tất cả", topic = "Chế độ, chính sách đối với công chức") =>
  `/doithoai_moi\nChủ đề: ${topic}\nThời gian: ${when}\nĐịa điểm: Hội trường tầng 3\nĐối tượng: ${audience}`;

async function setup() {
  t = TestBot.create({ now: START });
  s = await seedAgency(t, {
    hung: { role: Role.HEAD, fullName: "Trần Văn Hùng", position: "Chánh Thanh tra" },
    minh: { role: Role.MEMBER, fullName: "Trần Văn Minh" },
    an: { role: Role.STAFF, fullName: "Lê Văn An" },
    binh: { role: Role.STAFF, fullName: "Trần Thị Bình" },
    cuong: { role: Role.STAFF, fullName: "Phạm Văn Cường" },
    dung: { role: Role.STAFF, fullName: "Đỗ Thị Dung" },
  });
}

const people = () => ({ organiser: s.secretary, askers: [s.people.an!, s.people.binh!, s.people.cuong!, s.people.dung!] as const, assignee: s.people.minh! });

async function written() {
  return {
    dialogues: await t.db.dialogue.count(),
    named: await t.db.dialogueQuestion.count(),
    anonymous: await t.db.dialogueAnonymousQuestion.count(),
    answered: (await t.db.dialogueQuestion.count({ where: { answer: { not: null } } })) + (await t.db.dialogueAnonymousQuestion.count({ where: { answer: { not: null } } })),
    tasks: await t.db.task.count(),
    outbox: await t.db.outboxMessage.count(),
  };
}

async function documentOf(sent: SentMessage[]): Promise<{ name: string; text: string }> {
  const doc = sent.find((m) => m.method === "sendDocument");
  expect(doc, "a document was sent").toBeDefined();
  const file = doc!.payload.document as InputFile;
  return { name: file.filename ?? "", text: await docxText((await file.toRaw()) as Uint8Array) };
}

describe("dialogues with the staff", () => {
  it("lists the commands in /trogiup for whom they are meant", async () => {
    await setup();
    const staffHelp = texts(await s.people.an!.user.send("/trogiup"));
    for (const c of ["/doithoai [số]", "/hoi <số>", "/hoi_an <số>", "/hoi_xem <mã>"]) expect(staffHelp).toContain(c);
    expect(staffHelp).not.toContain("/doithoai_moi");
    expect(staffHelp).not.toContain("/giaidap");
    const secHelp = texts(await s.secretary.user.send("/trogiup"));
    for (const c of ["/doithoai_moi", "/doithoai_dong", "/doithoai_bienban", "/giaidap"]) expect(secHelp).toContain(c);
  });

  it("takes 4 questions (2 anonymous), answers them all, one as a task, and writes the minutes", async () => {
    await setup();
    const r = await runDialogueScenario(t, people(), { date: "10/03/2026", time: "14:00", due: "31/03/2026" });
    expect(r.number).toBe(1);
    expect(await written()).toMatchObject({ dialogues: 1, named: 2, anonymous: 2, answered: 4 });
    const task = await t.db.task.findFirstOrThrow({ where: { number: r.taskNumber }, include: { assignees: true, section: true } });
    expect(task.title).toBe(QUESTIONS[3]);
    expect(task.section.code).toBe("3");
    expect(task.assignees.map((a) => a.memberId)).toEqual([s.people.minh!.member.id]);
    const anon = await t.db.dialogueAnonymousQuestion.findFirstOrThrow({ where: { taskId: task.id } });
    expect(anon.answer).toContain(`Đã giao nhiệm vụ số ${r.taskNumber} cho đồng chí Trần Văn Minh, hạn hoàn thành 31/03/2026`);

    // The minutes: counts, each question with its answer, anonymous ones without a name.
    const sent = await s.secretary.user.send("/doithoai_bienban 1");
    expect(texts(sent)).toContain("Biên bản hội nghị đối thoại số 1: 4 câu hỏi (2 ẩn danh), 4 đã trả lời, 1 giao thành nhiệm vụ.");
    // Zalo sends no documents: the file is a download link, so the same .docx is read from the service there.
    let text: string;
    if (TEST_PLATFORM === "zalo") text = await docxText((await t.deps.services.dialogues.minutes(s.secretary.member, 1)).docx);
    else {
      const doc = await documentOf(sent);
      expect(doc.name).toBe("bien-ban-doi-thoai-so-1.docx");
      text = doc.text;
    }
    for (const line of [
      "BIÊN BẢN",
      "Hội nghị đối thoại giữa người đứng đầu cơ quan với công chức, người lao động",
      "Thời gian: bắt đầu lúc 14 giờ 00 phút, ngày 10/03/2026.",
      "Địa điểm: Hội trường tầng 3.",
      "Chủ trì: đồng chí Trần Văn Hùng, Chánh Thanh tra.",
      "Thư ký: đồng chí Nguyễn Thị Lan.",
      "số người tham dự: 4 người (thông báo mời gửi tới 7 người).",
      "Tổng số câu hỏi, kiến nghị: 4 (trong đó 2 câu hỏi ẩn danh); đã trả lời: 4; giao thành nhiệm vụ để giải quyết: 1.",
      `giao nhiệm vụ số ${r.taskNumber} cho đồng chí Trần Văn Minh, hạn hoàn thành 31/03/2026`,
    ]) {
      expect(text, line).toContain(line);
    }
    for (const q of QUESTIONS) expect(text).toContain(q);
    expect(text.split("Câu hỏi ẩn danh").length - 1).toBe(2);
    expect(text).toContain("Đ/c Lê Văn An");
    expect(text).not.toContain("Phạm Văn Cường");
    expect(text).not.toContain("Đỗ Thị Dung");
    expect(text).not.toContain("Chưa trả lời");
  });

  it("refuses bad input with a clear answer and writes nothing", async () => {
    await setup();
    const sec = s.secretary.user;
    const an = s.people.an!.user;
    const before = await written();
    expect(texts(await sec.send(FORM("01/03/2026 14:00")))).toContain("Thời gian đối thoại đã qua");
    expect(texts(await sec.send(FORM("31/02/2026 14:00")))).toContain("không có trên lịch");
    expect(texts(await sec.send(FORM("10/03/2026")))).toContain("Vui lòng ghi ngày và giờ");
    expect(texts(await sec.send(FORM("10/03/2026 14:00", "phòng Kế toán")))).toContain("Không có phòng: ke toan");
    expect(texts(await sec.send(FORM("10/03/2026 14:00", "tất cả", "Hỏi")))).toContain("Chủ đề cần có chữ");
    expect(texts(await sec.send("/doithoai_moi\nChủ đề: Chế độ chính sách"))).toContain("Còn thiếu: Thời gian, Địa điểm, Đối tượng");
    expect(texts(await an.send(FORM("10/03/2026 14:00")))).not.toContain("Đã lên lịch");
    expect(texts(await an.send("/hoi 1 Đề nghị cho biết lộ trình nâng lương"))).toContain("Không có hội nghị đối thoại số 1");
    expect(await written()).toEqual(before);

    expect(texts(await sec.send(FORM("10/03/2026 14:00")))).toContain("Đã lên lịch hội nghị đối thoại số 1");
    await t.flushOutbox();
    const open = await written();
    expect(texts(await an.send("/hoi 1"))).toContain("Vui lòng ghi nội dung câu hỏi");
    expect(texts(await an.send("/hoi 1    "))).toContain("Vui lòng ghi nội dung câu hỏi");
    expect(texts(await an.send("/hoi_an 1"))).toContain("Vui lòng ghi nội dung câu hỏi");
    expect(texts(await an.send("/hoi_an 1 ?!"))).toContain("Câu hỏi quá ngắn");
    expect(texts(await an.send(`/hoi 1 ${"Dài quá ".repeat(300)}`))).toContain("tối đa 2.000");
    expect(texts(await an.send("/hoi_xem DT-0000-0000-0000"))).toContain("Mã không đúng");
    expect(texts(await an.send("/giaidap 1 1 Trả lời"))).not.toContain("Đã ghi trả lời");
    // An undelivered question has no number: nothing to answer yet.
    expect(texts(await an.send("/hoi 1 Đề nghị cho biết lộ trình nâng lương"))).toContain("Đã gửi câu hỏi");
    expect(texts(await sec.send("/giaidap 1 1 Sẽ trả lời sau"))).toContain("chưa có câu hỏi số 1");
    expect(texts(await sec.send("/doithoai_dong 1 5"))).toContain("chưa bắt đầu");
    expect(await written()).toEqual({ ...open, named: open.named + 1 });

    // Another agency's secretary cannot see or answer this agency's dialogue.
    const other = t.user({ id: 200, first_name: "Khác" });
    await t.deps.services.roster.createAgency({ admin: t.identity(200), agencyName: "Sở Tư pháp", profile: { fullName: "Võ Văn Khác", position: "Chánh Văn phòng" } });
    t.clock.set("2026-03-10T08:00:00Z");
    expect(texts(await sec.send("/doithoai_dong 1 0"))).toContain("Số người tham dự cần là số nguyên dương");
    expect(texts(await sec.send("/doithoai_dong 1 5"))).toContain("Đã kết thúc nhận câu hỏi");
    expect(texts(await other.send("/giaidap 1 1 Trả lời thay"))).toContain("Không có hội nghị đối thoại số 1");
    expect(texts(await sec.send("/giaidap 1 1 Lộ trình nâng lương sẽ được thông báo trong quý II."))).toContain("và báo cho người hỏi");
    expect(texts(await sec.send("/giaidap 1 1 Trả lời lần hai"))).toContain("đã được trả lời");
    // A closed dialogue takes no more questions, named or anonymous.
    const closed = await written();
    expect(texts(await an.send("/hoi 1 Còn một câu hỏi nữa ạ"))).toContain("đã kết thúc nhận câu hỏi");
    expect(texts(await an.send("/hoi_an 1 Còn một câu hỏi nữa ạ"))).toContain("đã kết thúc nhận câu hỏi");
    expect(await written()).toEqual(closed);
  });
});
