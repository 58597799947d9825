import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TestBot, texts, type TestUser } from "../harness/test-bot.js";
import type { SentMessage } from "../harness/fake-telegram.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { meetingReminders } from "../../src/scheduler/jobs/meeting-reminders.js";
import { Role, seedAgency, type SeededAgency } from "../harness/fixtures.js";

/** A local time in Vietnam (UTC+7). */
const vn = (day: string, time = "08:00") => new Date(`${day}T${time}:00+07:00`);

let t: TestBot;
let a: SeededAgency;
let lan: TestUser;
let minh: TestUser;
let hoa: TestUser;

beforeEach(async () => {
  t = TestBot.create({ now: "2026-03-02T01:00:00Z" }); // Monday 02/03/2026 08:00 in Vietnam
  a = await seedAgency(t, {
    minh: { role: Role.MEMBER, fullName: "Trần Văn Minh" },
    hoa: { role: Role.DEPUTY, fullName: "Lê Thị Hoa" },
    tu: { role: Role.STAFF, fullName: "Phạm Văn Tư" },
  });
  lan = a.secretary.user;
  minh = a.people.minh!.user;
  hoa = a.people.hoa!.user;
});
afterEach(() => t.close());

function lastCallbackAnswer(): string {
  return String(t.telegram.callsOf("answerCallbackQuery").at(-1)?.payload.text ?? "");
}

/** What a choice answered: the button's small notice, or (typed) the bot's messages. */
function answerOf(sent: SentMessage[]): string {
  return t.buttonsOn ? lastCallbackAnswer() : texts(sent);
}

/**
 * A group member's choice under a meeting post: on Telegram a callback with
 * exactly this data (old buttons stay pressable even in the typing profile);
 * on Zalo, which has no callbacks, what `/hop` there says to type for `label`.
 */
async function pressOrClick(u: TestUser, data: string, label: string): Promise<SentMessage[]> {
  if (t.callbacks) return u.pressData(data);
  await u.send("/hop");
  return u.click(label);
}

/** What `pressOrClick` (or a stale button) answered: the callback's notice, or on Zalo the bot's messages. */
function pressAnswer(sent: SentMessage[]): string {
  return t.callbacks ? lastCallbackAnswer() : texts(sent);
}

async function scheduleTyped(line: string) {
  const r = await lan.send(`/hop moi ${line}`);
  expect(texts(r)).toContain("Đã lên lịch họp");
  // The group hears of the meeting at once (delivered here, so that later steps see only what follows).
  const sent = await t.flushOutbox();
  expect(sent.map((x) => [x.chatId, x.text.split("\n")[0]])).toEqual([[a.groupChatId, "📅 Lịch họp Ban Chỉ đạo:"]]);
  return t.db.meeting.findFirstOrThrow({ orderBy: { id: "desc" } });
}

describe("/hop: scheduling", () => {
  it("schedules a quarterly meeting step by step, re-asking after each bad answer", async () => {
    expect(texts(await lan.send("/hop moi"))).toContain("định kỳ hằng quý hay bất thường");
    expect(texts(await lan.send("họp gì đó"))).toContain("gõ “quy”");
    await lan.click("Định kỳ hằng quý");
    expect(texts(await lan.send("31/02/2026"))).toContain("Ngày chưa đúng");
    expect(texts(await lan.send("hôm nay"))).toContain("Ngày chưa đúng");
    expect(texts(await lan.send("01/03/2026"))).toContain("đã qua");
    expect(texts(await lan.send("26/03/2026"))).toContain("Giờ bắt đầu");
    expect(texts(await lan.send("25:00"))).toContain("Giờ chưa đúng");
    expect(texts(await lan.send("14:00"))).toContain("Địa điểm họp");
    expect(texts(await lan.send("..."))).toContain("Địa điểm cần có chữ");
    expect(texts(await lan.send("P".repeat(201)))).toContain("tối đa 200 ký tự");
    expect(texts(await lan.send("Phòng họp số 1"))).toContain("Nội dung, chương trình họp");
    expect(texts(await lan.send("Nội dung dài ".repeat(200)))).toContain("tối đa 2.000 ký tự");
    const confirm = await lan.send("Đánh giá kết quả quý I\nTriển khai nhiệm vụ quý II");
    expect(texts(confirm)).toContain("Họp định kỳ quý I năm 2026");
    expect(texts(confirm)).toContain("14:00 26/03/2026");
    expect(await t.db.meeting.count()).toBe(0); // nothing written before the confirmation
    const done = await lan.click("Xác nhận");
    expect(texts(done)).toContain("Đã lên lịch họp");
    const m = await t.db.meeting.findFirstOrThrow();
    expect(m).toMatchObject({ kind: "QUARTERLY", quarter: 1, place: "Phòng họp số 1", agenda: "Đánh giá kết quả quý I\nTriển khai nhiệm vụ quý II" });
    expect(m.startsAt).toEqual(vn("2026-03-26", "14:00"));
    // The confirmation button is stale now (a callback: Telegram only).
    if (t.callbacks) {
      await lan.pressData("hopnew:confirm");
      expect(lastCallbackAnswer()).toContain("tin nhắn cũ");
    }
  });

  it("schedules in one typed line, refuses bad values, and keeps paperwork out of the group", async () => {
    expect(texts(await lan.send("/hop moi quy 31/02/2026 08:00 Phòng họp"))).toContain("Ngày chưa đúng");
    expect(texts(await lan.send("/hop moi quy 10/03/2026 8 giờ Phòng họp"))).toContain("Giờ chưa đúng");
    expect(texts(await lan.send("/hop moi hop 10/03/2026 08:00 Phòng họp"))).toContain("Cách dùng: /hop moi");
    expect(texts(await lan.send("/hop moi batthuong 01/03/2026 08:00 Phòng họp"))).toContain("đã qua");
    expect(texts(await lan.send("/hop moi batthuong 10/03/2026 08:00"))).toContain("Địa điểm cần có chữ");
    expect(texts(await minh.send("/hop moi batthuong 10/03/2026 08:00 Phòng họp"))).toContain("chỉ dành cho Trưởng ban và Thư ký");
    expect(texts(await lan.in(a.groupChat).send("/hop moi"))).toContain("chỉ dùng trong tin nhắn riêng");
    expect(await t.db.meeting.count()).toBe(0);
    const m = await scheduleTyped("batthuong 10/03/2026 14:30 Phòng họp số 2");
    expect(m).toMatchObject({ kind: "EXTRAORDINARY", quarter: null, place: "Phòng họp số 2" });
  });

  it("posts a new meeting to the group with it, and promises only the reminders still ahead", async () => {
    const far = await lan.send("/hop moi batthuong 20/03/2026 14:00 Phòng họp số 2");
    expect(texts(far)).toContain("Bot đã đăng lịch họp vào nhóm");
    expect(texts(far)).toContain("Bot sẽ nhắc trong nhóm trước 7 ngày, trước 1 ngày và trước 2 giờ");
    const posts = await t.db.outboxMessage.findMany({ where: { chatId: a.groupChatId } });
    expect(posts).toHaveLength(1);
    expect(posts[0]!.text).toContain("📅 Lịch họp Ban Chỉ đạo:");
    expect(posts[0]!.text).toContain("/hop comat 1");
    // Today at 11:00, three hours away: only the 2-hour reminder is left.
    const soon = texts(await lan.send("/hop moi batthuong 02/03/2026 11:00 Phòng họp số 2"));
    expect(soon).toContain("Bot sẽ nhắc trong nhóm trước 2 giờ, kèm");
    expect(soon).not.toContain("7 ngày");
    const close = texts(await lan.send("/hop moi batthuong 02/03/2026 09:30 Phòng họp số 2"));
    expect(close).toContain("gần đến giờ nên bot không gửi nhắc lịch nữa");
    expect(await t.db.outboxMessage.count({ where: { chatId: a.groupChatId } })).toBe(3);
  });

  it("proposes the year's quarterly meetings and creates them from the button", async () => {
    const r = await lan.send("/hop de_xuat 2026");
    expect(texts(r)).toContain("Quý II: 08:00 19/06/2026");
    expect(texts(r)).toContain("/hop de_xuat 2026 dongy");
    await lan.click("Tạo các cuộc họp này");
    expect(await t.db.meeting.count()).toBe(4);
    // The same button again (from an old copy of the message; typed again on Zalo): nothing left to create.
    if (t.callbacks) await lan.pressData("hop:prop:2026");
    else await lan.send("/hop de_xuat 2026 dongy");
    expect(t.callbacks ? lastCallbackAnswer() : lan.lastText()).toContain("không còn cuộc họp định kỳ nào");
    expect(await t.db.meeting.count()).toBe(4);
  });
});

describe("/hop: attendance", () => {
  it("takes 'present' and 'absent' with a reason asked privately, and shows the secretary the list", async () => {
    const m = await scheduleTyped("batthuong 10/03/2026 14:00 Phòng họp số 1");
    const group = a.groupChat;

    // In the group, /hop lists the meeting with its buttons; Hoa answers present there.
    const listed = await hoa.in(group).send("/hop");
    expect(texts(listed)).toContain(`Cuộc họp số ${m.id}`);
    const present = await hoa.in(group).click("Có mặt");
    expect(answerOf(present)).toContain("có mặt");

    // Minh presses "Vắng" in the group: the reason is asked in his private chat.
    const absent = await pressOrClick(minh.in(group), `hop:att:${m.id}:A`, "Vắng");
    expect(pressAnswer(absent)).toContain("nhắn riêng để hỏi lý do");
    expect(minh.lastText()).toContain("gõ lý do vắng");
    expect(texts(await minh.send("   ..."))).toContain("Lý do cần có chữ");
    expect(texts(await minh.send("Đi công tác tại huyện Châu Thành"))).toContain("kèm lý do");

    const row = await t.db.meetingAttendance.findUniqueOrThrow({ where: { meetingId_memberId: { meetingId: m.id, memberId: a.people.minh!.member.id } } });
    expect(row).toMatchObject({ answer: "ABSENT", reason: "Đi công tác tại huyện Châu Thành" });

    const list = texts(await lan.send(`/hop diemdanh ${m.id}`));
    expect(list).toContain("Có mặt (1):\n• Lê Thị Hoa");
    expect(list).toContain("Vắng (1):\n• Trần Văn Minh — Đi công tác tại huyện Châu Thành");
    expect(list).toContain("Chưa trả lời (1):\n• Nguyễn Thị Lan");
    expect(list).not.toContain("Phạm Văn Tư");
    expect(texts(await minh.send(`/hop diemdanh ${m.id}`))).toContain("chỉ dành cho Trưởng ban và Thư ký");
  });

  it("when the bot cannot write privately, or the person is busy in another dialogue, says what to type", async () => {
    const m = await scheduleTyped("batthuong 10/03/2026 14:00 Phòng họp số 1");
    t.telegram.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot can't initiate conversation with a user" }, { chatId: 101 });
    const refused = await pressOrClick(minh.in(a.groupChat), `hop:att:${m.id}:A`, "Vắng");
    expect(pressAnswer(refused)).toContain(`gõ /hop vang ${m.id} <lý do>`);

    // Hoa is in the middle of another dialogue (as another feature would store it): it is left alone.
    const busy = JSON.stringify({ flow: { name: "other", step: "x", data: {}, startedAt: "" } });
    const key = `${t.platform}:${t.platformId(102)}`;
    await t.db.sessionEntry.upsert({ where: { key }, create: { key, value: busy }, update: { value: busy } });
    await pressOrClick(hoa.in(a.groupChat), `hop:att:${m.id}:A`, "Vắng");
    expect(hoa.lastText()).toContain(`/hop vang ${m.id} <lý do>`);
    const session = await t.db.sessionEntry.findUniqueOrThrow({ where: { key } });
    expect(JSON.parse(session.value).flow.name).toBe("other");
    expect(await t.db.meetingAttendance.count({ where: { meetingId: m.id, answer: "ABSENT" } })).toBe(2);
  });

  it("accepts typed answers and recognises a stale button of a cancelled meeting", async () => {
    const m = await scheduleTyped("batthuong 10/03/2026 14:00 Phòng họp số 1");
    expect(texts(await minh.send(`/hop comat ${m.id}`))).toContain("có mặt");
    expect(texts(await hoa.send(`/hop vang ${m.id} Nghỉ phép`))).toContain("kèm lý do");
    expect(texts(await hoa.send("/hop vang abc"))).toContain("Cách dùng: /hop vang");
    expect(texts(await lan.send(`/hop huy ${m.id}`))).toContain("Đã hủy cuộc họp");
    const notice = await t.db.outboxMessage.findFirstOrThrow({ where: { chatId: a.groupChatId }, orderBy: { id: "desc" } });
    expect(notice.text).toContain("đã bị hủy");

    // An old button on Telegram; on Zalo the command it stood for, typed in the group.
    const stale = t.callbacks ? await minh.in(a.groupChat).pressData(`hop:att:${m.id}:P`) : await minh.in(a.groupChat).send(`/hop comat ${m.id}`);
    expect(pressAnswer(stale)).toContain(`Cuộc họp số ${m.id} đã bị hủy`);
    const answers = await t.db.meetingAttendance.findMany({ orderBy: { memberId: "asc" } });
    expect(answers.map((x) => x.answer)).toEqual(["PRESENT", "ABSENT"]); // unchanged by the stale button
  });
});

describe("/hop: reminder in the group, rescheduling, agenda, minutes", () => {
  it("delivers the reminder with working buttons, then follows a reschedule", async () => {
    const m = await scheduleTyped("batthuong 10/03/2026 14:00 Phòng họp số 1");
    const scheduler = new Scheduler(t.deps, [meetingReminders]);
    const sender = { runOnce: () => t.flushOutbox() };
    t.clock.set(vn("2026-03-03")); // 7 days before, 08:00
    await scheduler.tick();
    await sender.runOnce();
    const group = a.groupChat;
    const reminder = t.telegram.messagesTo(group.id).at(-1)!;
    expect(reminder.text).toContain("còn 7 ngày");
    expect(reminder.text).toContain(`/hop comat ${m.id}`);
    const present = await minh.in(group).click("Có mặt");
    expect(answerOf(present)).toContain("có mặt");
    expect(await t.db.meetingAttendance.count({ where: { meetingId: m.id, answer: "PRESENT" } })).toBe(1);

    expect(texts(await lan.send(`/hop doi ${m.id} 31/03/2026`))).toContain("Giờ chưa đúng");
    expect(texts(await lan.send(`/hop doi ${m.id} 30/02/2026 09:00`))).toContain("Ngày chưa đúng");
    expect(texts(await lan.send(`/hop doi ${m.id} 02/03/2026 09:00`))).toContain("đã qua");
    expect(texts(await lan.send(`/hop doi x 12/03/2026 09:00`))).toContain("Cách dùng: /hop doi");
    const moved = await lan.send(`/hop doi ${m.id} 12/03/2026 09:00 Hội trường tầng 3`);
    expect(texts(moved)).toContain("09:00 12/03/2026");
    expect(texts(moved)).toContain("Hội trường tầng 3");
    // The group hears of it through the outbox; the next reminder is for the new time.
    await sender.runOnce();
    expect(t.telegram.messagesTo(group.id).at(-1)!.text).toContain("đổi lịch");
    t.clock.set(vn("2026-03-11"));
    await scheduler.tick();
    await sender.runOnce();
    expect(t.telegram.messagesTo(group.id).at(-1)!.text).toContain("ngày mai họp");
    expect(t.telegram.messagesTo(group.id).at(-1)!.text).toContain("09:00 12/03/2026");
  });

  it("shows the drafted agenda and records the minutes after the meeting", async () => {
    const m = await scheduleTyped("quy 26/03/2026 14:00 Phòng họp số 1");
    const agenda = texts(await minh.send(`/hop chuongtrinh ${m.id}`));
    expect(agenda).toContain("Dự thảo chương trình cuộc họp");
    expect(agenda).toContain("quý I năm 2026");
    expect(agenda).toContain("Chưa có kế hoạch năm 2026");
    expect(agenda).toContain("Nhiệm vụ quá hạn (0)");
    expect(agenda).toContain("Góp ý, phản ánh, kiến nghị trong quý: 0");
    expect(texts(await lan.send(`/hop bienban ${m.id} Đã họp, đủ thành viên`))).toContain("chưa diễn ra");
    t.clock.set(vn("2026-03-26", "17:00"));
    expect(texts(await lan.send(`/hop bienban ${m.id}`))).toContain("Cách dùng: /hop bienban");
    expect(texts(await lan.send(`/hop bienban ${m.id} Đã họp, đủ thành viên; thống nhất 3 kết luận`))).toContain("Đã ghi biên bản");
    const row = await t.db.meeting.findUniqueOrThrow({ where: { id: m.id } });
    expect(row).toMatchObject({ status: "HELD", minutes: "Đã họp, đủ thành viên; thống nhất 3 kết luận" });
  });
});

describe("/ketluan", () => {
  it("records a conclusion after the meeting and turns it into a task assigned on the spot", async () => {
    await t.deps.services.plan.createFromTemplate(a.secretary.member, 2026);
    const m = await scheduleTyped("batthuong 10/03/2026 14:00 Phòng họp số 1");
    expect(texts(await lan.send(`/ketluan ${m.id} Giao Văn phòng rà soát quy chế`))).toContain("chưa diễn ra");
    t.clock.set(vn("2026-03-10", "16:00"));
    expect(texts(await lan.send(`/ketluan ${m.id} ${"Quá dài ".repeat(200)}`))).toContain("tối đa 1.000 ký tự");
    expect(texts(await lan.send("/ketluan"))).toContain("Cách dùng: /ketluan");
    const r = await lan.send(`/ketluan ${m.id} Giao Văn phòng rà soát Quy chế hoạt động của Ban Chỉ đạo`);
    expect(texts(r)).toContain("Đã ghi kết luận 1");

    const picker = await lan.click("Giao thành nhiệm vụ");
    expect(texts(picker)).toContain("Chọn người thực hiện");
    const minhId = a.people.minh!.member.id;
    const hoaId = a.people.hoa!.member.id;
    expect(texts(await lan.send("Minh và Hoa"))).toContain("gõ số của người thực hiện");
    expect(texts(await lan.send(`${minhId} ${hoaId}`))).toContain("Hạn hoàn thành");
    expect(texts(await lan.send("31/04/2026"))).toContain("Ngày chưa đúng");
    expect(texts(await lan.send("01/03/2026"))).toContain("Hạn hoàn thành đã qua");
    const done = await lan.send("30/04/2026");
    expect(texts(done)).toContain("Trần Văn Minh, Lê Thị Hoa; hạn: 30/04/2026");

    const conclusion = await t.db.meetingConclusion.findFirstOrThrow();
    const task = await t.db.task.findUniqueOrThrow({ where: { id: conclusion.taskId! }, include: { assignees: true, section: true } });
    expect(task.title).toBe("Giao Văn phòng rà soát Quy chế hoạt động của Ban Chỉ đạo");
    expect(task.section.code).toBe("3");
    expect(task.description).toBe(`Kết luận 1 của cuộc họp Ban Chỉ đạo số ${m.id}.`);
    expect(task.assignees.map((x) => x.memberId).sort()).toEqual([minhId, hoaId].sort());
    expect(texts(done)).toContain("Bot sẽ nhắn riêng cho Trần Văn Minh, Lê Thị Hoa.");
    // The notices were queued with the task and go out through the sender, once.
    const queued = await t.db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: `task-assigned:${task.id}:` } }, orderBy: { id: "asc" } });
    expect(queued.map((q) => [q.chatId, q.memberId, q.status])).toEqual([
      [minh.chatId, minhId, "PENDING"],
      [hoa.chatId, hoaId, "PENDING"],
    ]);
    expect(minh.lastText()).not.toContain(`nhiệm vụ số ${task.number}`);
    expect((await t.flushOutbox()).map((x) => x.chatId)).toEqual([minh.chatId, hoa.chatId]);
    expect(await t.flushOutbox()).toEqual([]);
    expect(minh.lastText()).toContain(`nhiệm vụ số ${task.number}`);
    expect(hoa.lastText()).toContain(`nhiệm vụ số ${task.number}`);

    // The button of the recorded conclusion is stale now; typing finds it done.
    const again = await lan.click("Giao thành nhiệm vụ");
    expect((t.buttonsOn ? lastCallbackAnswer() : "") + texts(again)).toContain("đã được giao thành nhiệm vụ");
    expect(texts(await lan.send(`/ketluan ${m.id}`))).toContain("đã thành nhiệm vụ");
    expect(await t.db.task.count({ where: { id: task.id } })).toBe(1);
  });

  it("picks assignees with buttons and allows no due date", async () => {
    await t.deps.services.plan.createFromTemplate(a.secretary.member, 2026);
    const m = await scheduleTyped("batthuong 10/03/2026 14:00 Phòng họp số 1");
    t.clock.set(vn("2026-03-10", "16:00"));
    await lan.send(`/ketluan ${m.id} Tổ chức đối thoại với công chức`);
    await lan.click("Giao thành nhiệm vụ");
    const none = await lan.click("Xong");
    expect(answerOf(none)).toContain("ít nhất một người");
    await lan.click("Lê Thị Hoa");
    await lan.click("Xong");
    const done = await lan.click("Không có hạn");
    expect(texts(done)).toContain("cho Lê Thị Hoa; hạn: không có hạn");
    const task = await t.db.task.findFirstOrThrow({ where: { title: "Tổ chức đối thoại với công chức" }, include: { assignees: true } });
    expect(task.dueDate).toBeNull();
    expect(task.assignees.map((x) => x.memberId)).toEqual([a.people.hoa!.member.id]);
  });
});
