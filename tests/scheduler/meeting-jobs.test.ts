import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MeetingKind } from "../../src/services/meetings.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { meetingReminders } from "../../src/scheduler/jobs/meeting-reminders.js";
import { meetingNudges } from "../../src/scheduler/jobs/meeting-nudges.js";
import { reminderDueAt, nudgeDueAt } from "../../src/scheduler/jobs/meeting-schedule.js";
import { TestBot } from "../harness/test-bot.js";
import { Role, seedAgency, type SeededAgency } from "../harness/fixtures.js";
import { weekdaysOnly } from "../../src/time/working-days.js";

const TZ = "Asia/Ho_Chi_Minh";
/** Ticks every 2 hours (even local hours): every due time below falls on one. */
const STEP = 2 * 3_600_000;
/** A local time in Vietnam (UTC+7). */
const vn = (day: string, time = "08:00") => new Date(`${day}T${time}:00+07:00`);

let t: TestBot;
let a: SeededAgency;

beforeEach(async () => {
  t = TestBot.create({ now: "2026-01-02T01:00:00Z" });
  a = await seedAgency(t, {
    minh: { role: Role.MEMBER, fullName: "Trần Văn Minh" },
    hoa: { role: Role.DEPUTY, fullName: "Lê Thị Hoa" },
  });
});
afterEach(() => t.close());

/** What the outbox holds for the meeting jobs: dedupe key → [chat, local creation time]. */
async function meetingMessages() {
  const rows = await t.db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: "meeting-" } }, orderBy: { id: "asc" } });
  return rows.map((r) => ({ key: r.dedupeKey!, chatId: r.chatId, at: r.createdAt, text: r.text, payload: JSON.parse(r.payload) }));
}

describe("meeting schedule rules", () => {
  it("moves day reminders back to a working day and counts the nudge lead in working days", () => {
    const rules = { cal: weekdaysOnly, tz: TZ };
    const monday = { startsAt: vn("2026-03-09", "09:00") };
    expect(reminderDueAt(monday, "1d", rules)).toEqual(vn("2026-03-06")); // Sunday → Friday
    expect(reminderDueAt(monday, "7d", rules)).toEqual(vn("2026-03-02"));
    expect(reminderDueAt(monday, "2h", rules)).toEqual(vn("2026-03-09", "07:00"));
    expect(nudgeDueAt({ startsAt: vn("2026-03-26", "14:00") }, 3, rules)).toEqual(vn("2026-03-23")); // Thu → Mon
    expect(reminderDueAt(monday, "1d", { ...rules, time: "07:30" })).toEqual(vn("2026-03-06", "07:30"));
  });
});

describe("meeting reminders and nudges through a quarter", () => {
  it("arrive on the right working days at the right local times, once each, across downtime and two schedulers", async () => {
    const s = t.deps.services;
    const sec = a.secretary.member;
    const { minh, hoa } = a.people as Record<"minh" | "hoa", { member: typeof sec }>;

    // Tasks: Minh has not reported this quarter, Hoa has.
    t.clock.set(vn("2026-01-05", "09:00"));
    await s.plan.createFromTemplate(sec, 2026);
    const section = await t.db.planSection.findFirstOrThrow({ where: { code: "3" } });
    await s.tasks.assign(sec, { sectionId: section.id, title: "Rà soát quy chế hoạt động", assigneeIds: [minh!.member.id], dueDate: vn("2026-06-30", "23:00") });
    const hoaTask = await s.tasks.assign(sec, { sectionId: section.id, title: "Tổ chức đối thoại", assigneeIds: [hoa!.member.id], dueDate: vn("2026-06-30", "23:00") });

    const late = await s.meetings.schedule(sec, { kind: MeetingKind.EXTRAORDINARY, startsAt: vn("2026-01-28", "16:00"), place: "Phòng họp" });
    const tet = await s.meetings.schedule(sec, { kind: MeetingKind.EXTRAORDINARY, startsAt: vn("2026-02-25", "10:00"), place: "Phòng họp" });
    const cancelled = await s.meetings.schedule(sec, { kind: MeetingKind.EXTRAORDINARY, startsAt: vn("2026-03-09", "08:00"), place: "Phòng họp" });
    const q1 = await s.meetings.schedule(sec, { kind: MeetingKind.QUARTERLY, startsAt: vn("2026-03-26", "14:00"), place: "Hội trường" });

    const scheduler = new Scheduler(t.deps, [meetingReminders, meetingNudges]);
    const second = new Scheduler(t.deps, [meetingReminders, meetingNudges]);
    // Bot down: 20/01 18:00 → 27/01 10:00 (misses the 7-day AND 1-day reminders of `late`),
    // and 18/03 20:00 → 19/03 10:00 (misses the 7-day reminder of the quarterly meeting).
    const down = [
      [vn("2026-01-20", "18:00"), vn("2026-01-27", "10:00")],
      [vn("2026-03-18", "20:00"), vn("2026-03-19", "10:00")],
    ] as const;
    for (let now = vn("2026-01-05", "10:00"); now <= vn("2026-03-31", "23:00"); now = new Date(now.getTime() + STEP)) {
      if (down.some(([from, to]) => now >= from && now < to)) continue;
      t.clock.set(now);
      if (now.getTime() === vn("2026-02-10", "10:00").getTime()) await s.progress.report(hoa!.member, hoaTask.id, { percent: 40, result: "Đã xây dựng kế hoạch đối thoại" });
      if (now.getTime() === vn("2026-03-03", "10:00").getTime()) await s.meetings.cancel(sec, cancelled.id);
      await scheduler.tick(now);
      // The second instance on the same database during the quarterly meeting's week.
      if (now >= vn("2026-03-18") && now <= vn("2026-03-27")) await second.tick(now);
    }

    const msgs = await meetingMessages();
    const reminders = msgs.filter((m) => m.key.startsWith("meeting-reminder"));
    const at = (code: string, id: number) => reminders.filter((m) => m.key.startsWith(`meeting-reminder:${code}:meeting=${id}:`)).map((m) => m.at.toISOString());

    // After downtime only the freshest reminder of `late` goes out (the 7-day one is superseded).
    expect(at("7d", late.id)).toEqual([]);
    expect(at("1d", late.id)).toEqual([vn("2026-01-27", "10:00").toISOString()]);
    expect(at("2h", late.id)).toEqual([vn("2026-01-28", "14:00").toISOString()]);
    // Tết: 18/02 is a holiday, as are 16–20/02 → the 7-day reminder moves back to Friday 13/02.
    expect(at("7d", tet.id)).toEqual([vn("2026-02-13").toISOString()]);
    expect(at("1d", tet.id)).toEqual([vn("2026-02-24").toISOString()]);
    expect(at("2h", tet.id)).toEqual([vn("2026-02-25", "08:00").toISOString()]);
    // Cancelled on 03/03: the 7-day reminder (02/03) went out, nothing after.
    expect(at("7d", cancelled.id)).toEqual([vn("2026-03-02").toISOString()]);
    expect(at("1d", cancelled.id)).toEqual([]);
    expect(at("2h", cancelled.id)).toEqual([]);
    // The quarterly meeting: 7-day reminder delivered at restart (10:00), once despite two schedulers.
    expect(at("7d", q1.id)).toEqual([vn("2026-03-19", "10:00").toISOString()]);
    expect(at("1d", q1.id)).toEqual([vn("2026-03-25").toISOString()]);
    expect(at("2h", q1.id)).toEqual([vn("2026-03-26", "12:00").toISOString()]);
    expect(reminders).toHaveLength(9);
    for (const r of reminders) {
      expect(r.chatId).toBe(String(a.groupChat.id));
      expect(r.payload.choices[0].map((c: { action: string; typed: string[] }) => [c.action, c.typed[0]])).toEqual([
        [expect.stringMatching(/^hop:att:\d+:P$/), expect.stringMatching(/^\/hop comat \d+$/)],
        [expect.stringMatching(/^hop:att:\d+:A$/), expect.stringMatching(/^\/hop vang \d+$/)],
      ]);
    }
    expect(reminders.find((r) => r.key.startsWith(`meeting-reminder:1d:meeting=${q1.id}`))!.text).toContain("ngày mai họp");

    // The skipped 7-day reminder is recorded as such (not retried, not sent).
    const skipped = await t.db.jobRun.findMany({ where: { kind: "meeting-reminder", outcome: "skipped" } });
    expect(skipped.map((r) => r.key)).toEqual([expect.stringContaining(`meeting-reminder:7d:meeting=${late.id}:`)]);

    // Nudge: 3 working days before Thursday 26/03 = Monday 23/03 08:00. Only Minh is missing.
    const nudges = msgs.filter((m) => m.key.startsWith("meeting-nudge"));
    expect(nudges.map((n) => [n.chatId, n.at.toISOString()])).toEqual([
      [minh!.member.platformUserId, vn("2026-03-23").toISOString()],
      [String(a.groupChat.id), vn("2026-03-23").toISOString()],
      [sec.platformUserId, vn("2026-03-23").toISOString()],
    ]);
    const [toMinh, toGroup, toSecretary] = nudges;
    expect(toMinh!.text).toContain("Rà soát quy chế hoạt động");
    expect(toGroup!.text).toContain("1 đồng chí chưa báo cáo");
    expect(toGroup!.text).not.toContain("Trần Văn Minh");
    expect(toSecretary!.text).toContain("Trần Văn Minh");
    expect(toSecretary!.text).not.toContain("Lê Thị Hoa");
  }, 60_000);

  it("sends nothing for a meeting switched off in the settings, and records why", async () => {
    const s = t.deps.services;
    const sec = a.secretary.member;
    await s.settings.update(sec, { disable: "hop" });
    const m = await s.meetings.schedule(sec, { kind: MeetingKind.EXTRAORDINARY, startsAt: vn("2026-01-20", "09:00"), place: "Phòng họp" });
    const scheduler = new Scheduler(t.deps, [meetingReminders]);
    t.clock.set(vn("2026-01-19", "08:00"));
    const report = await scheduler.tick(t.clock.now());
    expect(report.done).toEqual([]);
    expect(report.skipped).toContainEqual(expect.stringContaining(`meeting-reminder:1d:meeting=${m.id}`));
    expect(await meetingMessages()).toEqual([]);
  });
});
