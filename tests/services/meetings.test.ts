import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeClock } from "../../src/clock.js";
import type { Member } from "../../src/generated/prisma/client.js";
import { DomainError } from "../../src/services/errors.js";
import { createServices, type Services } from "../../src/services/index.js";
import { AttendanceAnswer, MeetingKind, MeetingStatus } from "../../src/services/meetings.js";
import { Role } from "../../src/services/roles.js";
import { createTestDb, type TestDb } from "../harness/test-db.js";
import { seedHalfYear, SEED_TEXTS } from "../harness/report-seed.js";

const TZ = "Asia/Ho_Chi_Minh";
let t: TestDb;
let clock: FakeClock;
let s: Services;
let sec: Member;
let minh: Member;
let hoa: Member;
let staff: Member;

/** 08:00 in Vietnam on a given day (UTC+7). */
const vn = (day: string, time = "08:00") => new Date(`${day}T${time}:00+07:00`);

async function join(role: Role, fullName: string, userId: string): Promise<Member> {
  const invite = await s.roster.createInvite(sec, role);
  return s.roster.joinWithInvite({ code: invite.code, user: { platform: "telegram", userId }, profile: { fullName, position: "Chuyên viên" } });
}

beforeEach(async () => {
  t = createTestDb();
  clock = new FakeClock("2026-03-02T01:00:00Z"); // Monday 08:00 in Vietnam
  s = createServices({ db: t.db, clock, timezone: TZ });
  sec = await s.roster.createAgency({
    admin: { platform: "telegram", userId: "100" },
    agencyName: "Thanh tra tỉnh Tây Ninh",
    profile: { fullName: "Nguyễn Thị Lan", position: "Chánh Văn phòng" },
  });
  minh = await join(Role.MEMBER, "Trần Văn Minh", "101");
  hoa = await join(Role.DEPUTY, "Lê Thị Hoa", "102");
  staff = await join(Role.STAFF, "Phạm Văn Tư", "103");
});
afterEach(() => t.close());

async function expectDomainError(p: Promise<unknown>, code: string) {
  await expect(p).rejects.toSatisfy((e: unknown) => e instanceof DomainError && e.code === code);
}

describe("MeetingService.schedule", () => {
  it("schedules a quarterly meeting, derives its quarter and audits it", async () => {
    const m = await s.meetings.schedule(sec, { kind: MeetingKind.QUARTERLY, startsAt: vn("2026-03-26", "14:00"), place: "  Phòng họp   số 1 ", agenda: "Đánh giá quý I\n\n Triển khai quý II" });
    expect(m).toMatchObject({ quarter: 1, year: 2026, place: "Phòng họp số 1", agenda: "Đánh giá quý I\nTriển khai quý II", status: MeetingStatus.SCHEDULED });
    expect(m.scheduledAt).toEqual(clock.now());
    const audit = await t.db.auditLog.findMany({ where: { action: "meeting.schedule" } });
    expect(audit).toHaveLength(1);
  });

  it("refuses bad input and writes nothing", async () => {
    const base = { kind: MeetingKind.EXTRAORDINARY, startsAt: vn("2026-03-10"), place: "Phòng họp" };
    await expectDomainError(s.meetings.schedule(sec, { ...base, startsAt: vn("2026-03-01") }), "meeting-in-past");
    await expectDomainError(s.meetings.schedule(sec, { ...base, startsAt: vn("2029-01-01") }), "meeting-too-far");
    await expectDomainError(s.meetings.schedule(sec, { ...base, startsAt: new Date("invalid") }), "meeting-bad-date");
    await expectDomainError(s.meetings.schedule(sec, { ...base, place: "   " }), "meeting-bad-place");
    await expectDomainError(s.meetings.schedule(sec, { ...base, place: "P".repeat(201) }), "meeting-bad-place");
    await expectDomainError(s.meetings.schedule(sec, { ...base, agenda: "Nội dung ".repeat(300) }), "meeting-bad-agenda");
    await expectDomainError(s.meetings.schedule(minh, base), "meeting-managers-only");
    expect(await t.db.meeting.count()).toBe(0);
  });

  it("keeps one quarterly meeting per quarter; a cancelled one frees the quarter", async () => {
    const first = await s.meetings.schedule(sec, { kind: MeetingKind.QUARTERLY, startsAt: vn("2026-03-20"), place: "Phòng họp" });
    await expectDomainError(s.meetings.schedule(sec, { kind: MeetingKind.QUARTERLY, startsAt: vn("2026-03-27"), place: "Phòng họp" }), "meeting-quarter-taken");
    // An extraordinary meeting in the same quarter is fine.
    await s.meetings.schedule(sec, { kind: MeetingKind.EXTRAORDINARY, startsAt: vn("2026-03-27"), place: "Phòng họp" });
    await s.meetings.cancel(sec, first.id);
    const again = await s.meetings.schedule(sec, { kind: MeetingKind.QUARTERLY, startsAt: vn("2026-03-27"), place: "Phòng họp" });
    expect(again.quarter).toBe(1);
  });
});

describe("quarterly proposals", () => {
  it("proposes the 20th of each quarter's last month, moved back to a working day, 08:00", async () => {
    const p = await s.meetings.proposeQuarterly(sec.agencyId, 2026);
    // 20/03 is a Friday; 20/06 a Saturday, 20/09 and 20/12 Sundays → the Fridays before.
    expect(p.map((x) => x.startsAt.toISOString())).toEqual([
      vn("2026-03-20").toISOString(),
      vn("2026-06-19").toISOString(),
      vn("2026-09-18").toISOString(),
      vn("2026-12-18").toISOString(),
    ]);
    expect(await t.db.meeting.count()).toBe(0);
  });

  it("creates only the missing future ones, once", async () => {
    const q2 = await s.meetings.schedule(sec, { kind: MeetingKind.QUARTERLY, startsAt: vn("2026-06-25"), place: "Hội trường" });
    clock.set(vn("2026-03-21")); // Q1's proposed day has passed
    const created = await s.meetings.createProposed(sec, 2026, "Phòng họp cơ quan");
    expect(created.map((m) => m.quarter)).toEqual([3, 4]);
    const all = await t.db.meeting.findMany({ orderBy: { quarter: "asc" } });
    expect(all.map((m) => [m.quarter, m.id === q2.id])).toEqual([[2, true], [3, false], [4, false]]);
    await expectDomainError(s.meetings.createProposed(sec, 2026, "Phòng họp cơ quan"), "meeting-nothing-to-propose");
    await expectDomainError(s.meetings.proposeQuarterly(sec.agencyId, 2025), "meeting-bad-year");
    await expectDomainError(s.meetings.createProposed(sec, 2030, "Phòng họp cơ quan"), "meeting-bad-year");
  });
});

describe("attendance", () => {
  it("records answers, keeps a reason until PRESENT, and lists everyone for the secretary", async () => {
    const m = await s.meetings.schedule(sec, { kind: MeetingKind.EXTRAORDINARY, startsAt: vn("2026-03-10"), place: "Phòng họp" });
    await s.meetings.answer(minh, m.id, AttendanceAnswer.ABSENT);
    await s.meetings.answer(minh, m.id, AttendanceAnswer.ABSENT, "Đi công tác huyện");
    await s.meetings.answer(hoa, m.id, AttendanceAnswer.ABSENT, "Nghỉ phép");
    await s.meetings.answer(hoa, m.id, AttendanceAnswer.PRESENT);
    const list = await s.meetings.attendanceList(sec, m.id);
    expect(list.present.map((x) => x.fullName)).toEqual(["Lê Thị Hoa"]);
    expect(list.absent.map((x) => [x.member.fullName, x.reason])).toEqual([["Trần Văn Minh", "Đi công tác huyện"]]);
    expect(list.unanswered.map((x) => x.fullName)).toEqual(["Nguyễn Thị Lan"]); // staff are not on the list
    expect(await t.db.meetingAttendance.count()).toBe(2);
    await expectDomainError(s.meetings.attendanceList(minh, m.id), "meeting-managers-only");
  });

  it("refuses staff, cancelled meetings, started meetings and other agencies' meetings", async () => {
    const m = await s.meetings.schedule(sec, { kind: MeetingKind.EXTRAORDINARY, startsAt: vn("2026-03-10"), place: "Phòng họp" });
    await expectDomainError(s.meetings.answer(staff, m.id, AttendanceAnswer.PRESENT), "meeting-not-committee");
    await expectDomainError(s.meetings.answer(minh, m.id, AttendanceAnswer.ABSENT, "   "), "meeting-bad-reason");
    await expectDomainError(s.meetings.answer(minh, 9999, AttendanceAnswer.PRESENT), "meeting-unknown");
    clock.set(vn("2026-03-10", "08:30"));
    await expectDomainError(s.meetings.answer(minh, m.id, AttendanceAnswer.PRESENT), "meeting-started");
    clock.set(vn("2026-03-03"));
    await s.meetings.cancel(sec, m.id);
    await expectDomainError(s.meetings.answer(minh, m.id, AttendanceAnswer.PRESENT), "meeting-cancelled");
    expect(await t.db.meetingAttendance.count()).toBe(0);
  });
});

describe("reschedule and cancel", () => {
  it("moves a meeting, resets scheduledAt and announces it to the group through the outbox", async () => {
    await s.groups.bindGroup(sec, { platform: "telegram", chatId: "-100777", title: "BCĐ" });
    const m = await s.meetings.schedule(sec, { kind: MeetingKind.QUARTERLY, startsAt: vn("2026-03-20"), place: "Phòng họp" });
    clock.set(vn("2026-03-05"));
    const moved = await s.meetings.reschedule(sec, m.id, { startsAt: vn("2026-03-24", "14:00"), place: "Hội trường" }, (x) => `moved ${x.id}`);
    expect(moved).toMatchObject({ place: "Hội trường", quarter: 1 });
    expect(moved.scheduledAt).toEqual(vn("2026-03-05"));
    await s.meetings.cancel(sec, m.id, (x) => `cancelled ${x.id}`);
    const out = await t.db.outboxMessage.findMany({ orderBy: { id: "asc" } });
    expect(out.map((o) => [o.chatId, o.text])).toEqual([["-100777", `moved ${m.id}`], ["-100777", `cancelled ${m.id}`]]);
    await expectDomainError(s.meetings.reschedule(sec, m.id, { startsAt: vn("2026-03-25") }), "meeting-cancelled");
  });
});

describe("conclusions", () => {
  async function heldMeeting() {
    const m = await s.meetings.schedule(sec, { kind: MeetingKind.QUARTERLY, startsAt: vn("2026-03-20"), place: "Phòng họp" });
    return m;
  }

  it("are recorded only after the start, numbered in order, and mark the meeting held", async () => {
    const m = await heldMeeting();
    await expectDomainError(s.meetings.addConclusion(sec, m.id, "Sớm quá"), "meeting-not-yet");
    clock.set(vn("2026-03-20", "10:00"));
    await expectDomainError(s.meetings.addConclusion(sec, m.id, "x".repeat(1001)), "conclusion-bad-text");
    await expectDomainError(s.meetings.addConclusion(minh, m.id, "Không phải thư ký"), "meeting-managers-only");
    const a = await s.meetings.addConclusion(sec, m.id, "Giao Văn phòng rà soát quy chế");
    const b = await s.meetings.addConclusion(sec, m.id, "Tổ chức đối thoại với công chức");
    expect([a.order, b.order]).toEqual([1, 2]);
    expect((await s.meetings.getMeeting(sec.agencyId, m.id)).status).toBe(MeetingStatus.HELD);
    // Held: no more attendance changes.
    await expectDomainError(s.meetings.answer(minh, m.id, AttendanceAnswer.PRESENT), "meeting-started");
  });

  it("becomes a task in section 3 of the year's plan, assigned, once", async () => {
    await s.plan.createFromTemplate(sec, 2026);
    const m = await heldMeeting();
    clock.set(vn("2026-03-20", "10:00"));
    const c = await s.meetings.addConclusion(sec, m.id, "Giao Văn phòng rà soát Quy chế hoạt động của Ban Chỉ đạo");
    const tasksBefore = await t.db.task.count();
    await expectDomainError(s.meetings.conclusionToTask(sec, c.id, { assigneeIds: [minh.id], dueDate: { year: 2026, month: 3, day: 19 } }), "conclusion-due-past");
    await expectDomainError(s.meetings.conclusionToTask(sec, c.id, { assigneeIds: [staff.id], dueDate: null }), "conclusion-bad-assignee");
    await expectDomainError(s.meetings.conclusionToTask(sec, c.id, { assigneeIds: [], dueDate: null }), "conclusion-no-assignees");
    expect(await t.db.task.count()).toBe(tasksBefore);

    const r = await s.meetings.conclusionToTask(sec, c.id, { assigneeIds: [minh.id, hoa.id], dueDate: { year: 2026, month: 4, day: 30 } });
    const task = await t.db.task.findUniqueOrThrow({ where: { id: r.taskId }, include: { section: true, assignees: true } });
    expect(task.section.code).toBe("3");
    expect(task.title).toBe(c.text);
    expect(task.number).toBe(tasksBefore + 1);
    expect(task.dueDate).toEqual(new Date("2026-04-30T23:59:59.999+07:00"));
    expect(task.assignees.map((a) => a.memberId).sort()).toEqual([minh.id, hoa.id].sort());
    expect((await t.db.meetingConclusion.findUniqueOrThrow({ where: { id: c.id } })).taskId).toBe(task.id);
    await expectDomainError(s.meetings.conclusionToTask(sec, c.id, { assigneeIds: [minh.id], dueDate: null }), "conclusion-has-task");
    expect(await t.db.task.count()).toBe(tasksBefore + 1);
  });

  it("needs the year's plan", async () => {
    const m = await heldMeeting();
    clock.set(vn("2026-03-20", "10:00"));
    const c = await s.meetings.addConclusion(sec, m.id, "Kết luận");
    await expectDomainError(s.meetings.conclusionToTask(sec, c.id, { assigneeIds: [minh.id], dueDate: null }), "conclusion-no-plan");
  });
});

describe("drafted agenda", () => {
  it("summarises the reviewed quarter: sections, overdue tasks, open obstacles, proposals, feedback", async () => {
    await seedHalfYear(t.db, sec.agencyId, [sec.id, minh.id, hoa.id]);
    clock.set(vn("2026-06-10"));
    const m = await s.meetings.schedule(sec, { kind: MeetingKind.QUARTERLY, startsAt: vn("2026-06-19"), place: "Phòng họp" });
    const { draft } = await s.meetings.agenda(sec.agencyId, m.id);
    expect(draft).toMatchObject({ year: 2026, quarter: 2 });
    expect(draft.sections.map((x) => x.code)).toEqual(["2.1", "2.2", "2.3", "3"]);
    expect(draft.sections.find((x) => x.code === "2.2")).toMatchObject({ total: 2, done: 1 });
    // Task 4 (due 31/05, in progress) is overdue on 10/06.
    expect(draft.overdue.map((x) => x.number)).toEqual([4]);
    expect(draft.obstacles.map((x) => x.text)).toEqual([SEED_TEXTS.obstacleOpen]);
    expect(draft.proposals.map((x) => x.text)).toEqual([SEED_TEXTS.proposal]);
    expect(draft.feedback).toBeDefined();
  });
});
