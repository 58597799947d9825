import { afterEach, describe, expect, it } from "vitest";
import { ReportKind } from "../../src/generated/prisma/enums.js";
import { canonicalQuestionCode, hashQuestionCode, newQuestionCode } from "../../src/services/dialogue-code.js";
import { deliverQuestions } from "../../src/services/dialogue-delivery.js";
import { dialogueMinutes } from "../../src/services/dialogue-minutes.js";
import { dialogueStats } from "../../src/services/dialogue-views.js";
import { DialogueStatus } from "../../src/services/dialogues.js";
import { Role } from "../../src/services/roles.js";
import { translator } from "../../src/i18n/translator.js";
import { serviceWorld, TZ, type ServiceWorld } from "../harness/service-fixtures.js";
import { docxText } from "./docx-read.js";

let w: ServiceWorld;
afterEach(() => w?.tdb.close());

const STARTS = new Date("2026-03-10T07:00:00Z"); // 14:00 on 10/03/2026 in Vietnam
const INPUT = { topic: "Chế độ, chính sách đối với công chức", place: "Hội trường tầng 3", startsAt: STARTS, audience: { kind: "all" } as const };
const user = (id: string) => ({ platform: "telegram", userId: id });

async function world() {
  w = await serviceWorld();
  const db = w.tdb.db;
  const head = await w.join(Role.HEAD, "Trần Văn Hùng", "2");
  const minh = await w.join(Role.MEMBER, "Trần Văn Minh", "3");
  const staff = [];
  for (const [i, name] of ["Lê Văn An", "Trần Thị Bình", "Phạm Văn Cường"].entries()) staff.push(await w.join(Role.STAFF, name, String(10 + i)));
  return { db, head, minh, staff, svc: w.svc.dialogues };
}

async function counts(db: ServiceWorld["tdb"]["db"]) {
  return {
    dialogues: await db.dialogue.count(),
    named: await db.dialogueQuestion.count(),
    anonymous: await db.dialogueAnonymousQuestion.count(),
    tasks: await db.task.count(),
    outbox: await db.outboxMessage.count(),
    audit: await db.auditLog.count(),
  };
}

describe("DialogueService", () => {
  it("schedules with its announcement in one transaction, the head chairing, and refuses bad input writing nothing", async () => {
    const { db, head, staff, svc } = await world();
    const before = await counts(db);
    await expect(svc.schedule(w.secretary, { ...INPUT, startsAt: new Date("2026-03-01T07:00:00Z") })).rejects.toMatchObject({ code: "dialogue-in-past" });
    await expect(svc.schedule(w.secretary, { ...INPUT, startsAt: new Date("2029-03-01T07:00:00Z") })).rejects.toMatchObject({ code: "dialogue-too-far" });
    await expect(svc.schedule(w.secretary, { ...INPUT, topic: "Hỏi" })).rejects.toMatchObject({ code: "dialogue-topic" });
    await expect(svc.schedule(w.secretary, { ...INPUT, place: "  " })).rejects.toMatchObject({ code: "dialogue-place" });
    await expect(svc.schedule(w.secretary, { ...INPUT, audience: { kind: "departments", departmentIds: [999] } })).rejects.toMatchObject({ code: "dialogue-audience-empty" });
    await expect(svc.schedule(staff[0]!, INPUT)).rejects.toMatchObject({ code: "forbidden" });
    expect(await counts(db)).toEqual(before);

    const { dialogue, invited } = await svc.schedule(w.secretary, { ...INPUT, audience: { kind: "staff" } });
    expect(invited).toBe(3);
    expect(dialogue).toMatchObject({ number: 1, chairId: head.id, createdById: w.secretary.id, invited: 3, status: DialogueStatus.OPEN });
    const notices = await db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: "dialogue-open:" } }, orderBy: { id: "asc" } });
    expect(notices.map((n) => n.memberId)).toEqual([staff[0]!.id, staff[2]!.id, staff[1]!.id]); // name order
    expect(notices[0]!.text).toContain("THÔNG BÁO HỘI NGHỊ ĐỐI THOẠI — số 1");
    expect(notices[0]!.text).toContain("Địa điểm: Hội trường tầng 3");
    expect((await svc.schedule(head, INPUT)).dialogue.number).toBe(2);
  });

  it("numbers questions at delivery in a random order and answers only delivered ones, once", async () => {
    const { db, minh, staff, svc } = await world();
    await svc.schedule(w.secretary, INPUT);
    await expect(svc.ask(staff[0]!, 1, "  ")).rejects.toMatchObject({ code: "dialogue-question-empty" });
    await expect(svc.ask(staff[0]!, 1, "Hả?")).rejects.toMatchObject({ code: "dialogue-question-short" });
    await expect(svc.ask(staff[0]!, 2, "Đề nghị cho biết lộ trình nâng lương.")).rejects.toMatchObject({ code: "dialogue-unknown" });
    await svc.ask(staff[0]!, 1, "Đề nghị cho biết lộ trình nâng lương.");
    await svc.ask(staff[1]!, 1, "Đề nghị bố trí thêm máy tính.");
    const { code } = await svc.askAnonymously(user("12"), staff[2]!, 1, "Đề nghị công khai tiêu chí thi đua.");
    await expect(svc.answer(w.secretary, 1, 1, "Trả lời trước khi chuyển")).rejects.toMatchObject({ code: "dialogue-question-unknown" });

    const d = await db.dialogue.findFirstOrThrow();
    const delivered = await db.$transaction((tx) => deliverQuestions(tx, d));
    expect(delivered.map((q) => q.number).sort()).toEqual([1, 2, 3]);
    expect(delivered.filter((q) => q.author === null)).toHaveLength(1);
    expect((await db.dialogue.findFirstOrThrow()).questionCount).toBe(3);
    expect(await db.$transaction((tx) => deliverQuestions(tx, d))).toEqual([]);

    const named = await db.dialogueQuestion.findFirstOrThrow({ where: { memberId: staff[0]!.id } });
    await expect(svc.answer(minh, 1, named.number!, "Trả lời")).rejects.toMatchObject({ code: "forbidden" });
    await expect(svc.answer(w.secretary, 1, named.number!, "?")).rejects.toMatchObject({ code: "dialogue-answer-empty" });
    await svc.answer(w.secretary, 1, named.number!, "Nâng lương trước hạn xét vào quý II.");
    await expect(svc.answer(w.secretary, 1, named.number!, "Lần hai")).rejects.toMatchObject({ code: "dialogue-already-answered" });
    const notice = await db.outboxMessage.findFirstOrThrow({ where: { dedupeKey: `dialogue-answer:q=${named.id}` } });
    expect(notice.memberId).toBe(staff[0]!.id);
    expect(notice.text).toContain("Nâng lương trước hạn xét vào quý II.");

    // The anonymous asker reads the answer by the code, typed loosely; nobody is notified.
    const anon = await db.dialogueAnonymousQuestion.findFirstOrThrow();
    const outbox = await db.outboxMessage.count();
    await svc.answer(w.secretary, 1, anon.number!, "Tiêu chí được niêm yết tại bảng tin.");
    expect(await db.outboxMessage.count()).toBe(outbox);
    const view = await svc.follow(user("99"), code.toLowerCase().replace(/-/g, " "));
    expect(view).toMatchObject({ number: anon.number, answer: "Tiêu chí được niêm yết tại bảng tin." });
    await expect(svc.follow(user("99"), "DT-0000-0000-0000")).rejects.toMatchObject({ code: "dialogue-code-unknown" });
  });

  it("turns a question into a task with a deadline in one transaction, and counts it in §2.1 of the report", async () => {
    const { db, head, minh, staff, svc } = await world();
    await w.svc.plan.createFromTemplate(w.secretary, 2026);
    await svc.schedule(w.secretary, INPUT);
    await svc.askAnonymously(user("10"), staff[0]!, 1, "Đề nghị hỗ trợ chi phí gửi xe cho người lao động.");
    await svc.ask(staff[1]!, 1, "Đề nghị bố trí thêm máy tính.");
    w.clock.set("2026-03-10T07:00:00Z");
    const d = await db.dialogue.findFirstOrThrow();
    await db.$transaction((tx) => deliverQuestions(tx, d));
    const anon = await db.dialogueAnonymousQuestion.findFirstOrThrow();
    const before = await counts(db);
    const due = { year: 2026, month: 3, day: 31 };
    await expect(svc.toTask(w.secretary, 1, anon.number!, { assigneeIds: [staff[1]!.id], dueDate: due, note: null })).rejects.toMatchObject({ code: "conclusion-bad-assignee" });
    await expect(svc.toTask(w.secretary, 1, anon.number!, { assigneeIds: [minh.id], dueDate: { year: 2026, month: 3, day: 1 }, note: null })).rejects.toMatchObject({ code: "conclusion-due-past" });
    expect(await counts(db)).toEqual(before);

    const r = await svc.toTask(w.secretary, 1, anon.number!, { assigneeIds: [minh.id], dueDate: due, note: "Văn phòng nghiên cứu phương án." });
    expect(r.answer).toBe(`Văn phòng nghiên cứu phương án. Đã giao nhiệm vụ số ${r.taskNumber} cho đồng chí Trần Văn Minh, hạn hoàn thành 31/03/2026.`);
    const task = await db.task.findFirstOrThrow({ where: { number: r.taskNumber }, include: { section: true } });
    expect(task).toMatchObject({ title: "Đề nghị hỗ trợ chi phí gửi xe cho người lao động.", description: expect.stringContaining("hội nghị đối thoại số 1") });
    expect(task.section.code).toBe("3");
    expect((await db.dialogueAnonymousQuestion.findFirstOrThrow()).taskId).toBe(task.id);
    await expect(svc.toTask(w.secretary, 1, anon.number!, { assigneeIds: [minh.id], dueDate: due, note: null })).rejects.toMatchObject({ code: "dialogue-already-answered" });

    await expect(svc.close(w.secretary, 1, 0)).rejects.toMatchObject({ code: "dialogue-participants" });
    const closed = await svc.close(head, 1, 25);
    expect(closed.dialogue).toMatchObject({ status: DialogueStatus.CLOSED, participants: 25 });
    await expect(svc.ask(staff[2]!, 1, "Một câu hỏi muộn.")).rejects.toMatchObject({ code: "dialogue-closed" });

    const from = new Date("2025-12-31T17:00:00Z");
    const to = new Date("2026-06-30T17:00:00Z");
    expect(await dialogueStats(db, d.agencyId, from, to)).toEqual({ dialogues: 1, questions: 2, answered: 1, tasks: 1 });
    await w.svc.reports.ensureFixedRequests(d.agencyId, 2026);
    const six = (await w.svc.reports.listRequests(d.agencyId)).find((x) => x.kind === ReportKind.SIX_MONTH)!;
    const text = await docxText((await w.svc.reports.generate(w.secretary, six.id)).report.docx);
    expect(text).toContain(
      "Lãnh đạo cơ quan đã tổ chức 1 hội nghị đối thoại với công chức, người lao động, tiếp nhận 2 câu hỏi, kiến nghị; đã trả lời 1/2; 1 nội dung cần thêm thời gian được giao thành nhiệm vụ để giải quyết.",
    );
  });

  it("writes the times of the minutes as the locale does: 14 giờ 00 phút in Vietnamese, 14:00 in English", async () => {
    const { db, head, svc } = await world();
    await svc.schedule(w.secretary, INPUT);
    w.clock.set("2026-03-10T09:30:00Z"); // 16:30 the same day in Vietnam
    await svc.close(head, 1, 25);
    const vi = (await svc.minutes(w.secretary, 1)).model;
    expect(vi.partOne.lines[0]).toBe("Thời gian: bắt đầu lúc 14 giờ 00 phút, ngày 10/03/2026.");
    expect(vi.closing).toBe("Hội nghị kết thúc lúc 16 giờ 30 phút cùng ngày. Biên bản đã được thông qua tại hội nghị./.");
    const args = { agencyId: head.agencyId, number: 1, profile: await w.svc.reports.profile(head.agencyId), now: w.clock.now(), timezone: TZ };
    const en = (await dialogueMinutes(db, { ...args, texts: translator().forLocale("en") })).model;
    expect(en.partOne.lines[0]).toBe("Time: from 14:00, 10/03/2026.");
    expect(en.closing).toBe("The dialogue ended at 16:30 the same day. These minutes were approved at the dialogue./.");
  });

  it("limits anonymous questions per person and day without storing who asked", async () => {
    const { db, staff, svc } = await world();
    await svc.schedule(w.secretary, INPUT);
    for (let i = 0; i < 5; i++) await svc.askAnonymously(user("10"), staff[0]!, 1, `Câu hỏi ẩn danh số ${i + 1} về chế độ.`);
    await expect(svc.askAnonymously(user("10"), staff[0]!, 1, "Câu hỏi thứ sáu về chế độ.")).rejects.toMatchObject({ code: "dialogue-anon-quota" });
    await svc.askAnonymously(user("11"), staff[1]!, 1, "Câu hỏi của người khác về chế độ.");
    expect(await db.dialogueAnonymousQuestion.count()).toBe(6);
    w.clock.set("2026-03-03T02:00:00Z");
    await svc.askAnonymously(user("10"), staff[0]!, 1, "Câu hỏi ngày hôm sau về chế độ.");
  });

  it("reads receipt codes forgivingly and hashes them apart from /gopy codes", () => {
    const c = newQuestionCode();
    expect(c).toMatch(/^DT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const canonical = canonicalQuestionCode(c)!;
    expect(canonicalQuestionCode(c.toLowerCase().replace(/-/g, " "))).toBe(canonical);
    expect(canonicalQuestionCode(c.slice(3))).toBe(canonical);
    expect(canonicalQuestionCode("DT-1234")).toBeUndefined();
    expect(hashQuestionCode(canonical)).toMatch(/^[0-9a-f]{64}$/);
  });
});
