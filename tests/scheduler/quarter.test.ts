import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestBot } from "../harness/test-bot.js";
import { seedAgency, Role, type SeededAgency } from "../harness/fixtures.js";
import { OutboxSender } from "../../src/messaging/sender.js";
import { TelegramTransport } from "../../src/platforms/telegram/transport.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { deadlineRemindersJob } from "../../src/scheduler/jobs/deadline-reminders.js";
import { reportDeadlinesJob } from "../../src/scheduler/jobs/report-deadlines.js";
import { overdueListJob } from "../../src/scheduler/jobs/overdue-list.js";
import { weeklyDigestJob } from "../../src/scheduler/jobs/weekly-digest.js";
import { quarterlySummaryJob } from "../../src/scheduler/jobs/quarterly-summary.js";
import { endOfLocalDay, localDay } from "../../src/time/local-day.js";
import { localTime } from "../../src/time/local-time.js";

/**
 * A whole quarter (Q2 2026: Giỗ Tổ 27/4, 30/4–1/5 off) in simulated time,
 * ticking the scheduler every hour and delivering through the paced sender to
 * the fake Telegram. The bot is "down" from 11/5 07:00 to 13/5 10:00.
 */
const TZ = "Asia/Ho_Chi_Minh";
const JOBS = [deadlineRemindersJob, reportDeadlinesJob, overdueListJob, weeklyDigestJob, quarterlySummaryJob];

let t: TestBot;
let s: SeededAgency;
const taskNo: Record<string, number> = {};

const local = (iso: string) => new Date(`${iso}+07:00`);
const due = (y: number, m: number, d: number) => endOfLocalDay({ year: y, month: m, day: d }, TZ);

function newInstance() {
  const sender = new OutboxSender({
    db: t.db,
    clock: t.clock,
    logger: t.deps.logger,
    transport: new TelegramTransport(t.bot.api),
    holdUntil: (id, now) => t.deps.services.settings.quietHoldUntil(id, now),
  });
  return { scheduler: new Scheduler(t.deps, JOBS), sender };
}

/**
 * Local hours at which the test ticks. Production ticks every minute; ticking
 * the whole quarter hourly took over a minute, and these hours are enough to
 * show that nothing goes out early (07:00), that everything goes at 08:00,
 * and that nothing is sent again later in the day.
 */
const TICK_HOURS = new Set(["00:00", "07:00", "08:00", "09:00", "10:00", "14:00", "21:00"]);

/** Ticks on the hour (TICK_HOURS) up to `until`, letting the sender deliver after each tick. */
async function runUntil(inst: ReturnType<typeof newInstance>, until: Date, firstTick?: Date) {
  let next = firstTick ?? new Date(Math.floor(t.clock.now().getTime() / 3_600_000 + 1) * 3_600_000);
  for (; next <= until; next = new Date(next.getTime() + 3_600_000)) {
    if (next !== firstTick && !TICK_HOURS.has(localTime(next, TZ))) continue;
    t.clock.set(next);
    await inst.scheduler.tick();
    for (let i = 0; i < 100; i++) {
      const wait = await inst.sender.runOnce();
      if (!(await t.db.outboxMessage.count({ where: { status: "PENDING", notBefore: { lte: new Date(next.getTime() + 60_000) } } }))) break;
      if (wait > 0) t.clock.advance(wait);
    }
  }
}

/** Scheduled messages only: the notices of the set-up's task assignments have their own check. */
const SCHEDULED = { NOT: { dedupeKey: { startsWith: "task-assigned:" } } };

/** What each chat received: "dd/MM HH:mm kind first-words", in delivery order. */
async function received(chatId: string, startsWith?: string, where: object = SCHEDULED): Promise<string[]> {
  const rows = await t.db.outboxMessage.findMany({ where: { chatId, status: "SENT", ...where }, orderBy: [{ sentAt: "asc" }, { id: "asc" }] });
  return rows
    .filter((r) => !startsWith || r.text.startsWith(startsWith))
    .map((r) => `${localDay(r.sentAt!, TZ).split("-").reverse().join("/")} ${localTime(r.sentAt!, TZ)}${r.kind === "photo" ? " [ảnh]" : ""}`);
}

beforeAll(async () => {
  t = TestBot.create({ now: "2026-03-31T17:00:00Z" }); // 01/04/2026 00:00 in Vietnam
  s = await seedAgency(t, {
    binh: { role: Role.MEMBER, fullName: "Trần Văn Bình" },
    chi: { role: Role.MEMBER, fullName: "Phạm Thị Chi" },
    head: { role: Role.HEAD, fullName: "Lê Văn Hùng" },
  });
  const plan = await t.db.plan.create({
    data: {
      agencyId: s.agency.id,
      year: 2026,
      title: "Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026",
      templateId: "qcdc",
      createdAt: t.clock.now(),
      sections: {
        create: [
          { code: "2.1", title: "Công tác lãnh đạo, chỉ đạo", order: 1 },
          { code: "3", title: "Kiểm tra, giám sát", order: 2 },
        ],
      },
    },
    include: { sections: true },
  });
  const [lead, check] = plan.sections;
  const tasks = t.deps.services.tasks;
  const sec = s.secretary.member;
  const assign = async (key: string, sectionId: number, who: string, title: string, dueDate: Date) => {
    const task = await tasks.assign(sec, { sectionId, title, assigneeIds: [s.people[who]!.member.id], dueDate });
    taskNo[key] = task.number;
  };
  await assign("A", lead!.id, "binh", "Quán triệt Kế hoạch đến toàn thể công chức", due(2026, 5, 4)); // Mon after 30/4–1/5
  await assign("B", check!.id, "chi", "Kiểm tra việc thực hiện dân chủ ở các phòng", due(2026, 5, 16)); // a Saturday
  await assign("C", lead!.id, "binh", "Xây dựng Quy chế dân chủ của cơ quan", due(2026, 4, 10));
  // The secretary declares an extra day off: the H1 report reminder on 10/6 moves to 9/6.
  await t.deps.services.holidays.set(sec, "2026-06-10", "holiday", "Nghỉ bù (thử)");

  const first = newInstance();
  await runUntil(first, local("2026-05-11T07:00"), local("2026-04-01T00:00"));
  // Down from 11/5 07:00 to 13/5 10:00: a new process starts and catches up.
  t.clock.set(local("2026-05-13T10:00"));
  const second = newInstance();
  await runUntil(second, local("2026-05-20T09:00"), local("2026-05-13T10:00"));
  // Bình finishes A and C on 20/5.
  t.clock.set(local("2026-05-20T09:30"));
  const progress = t.deps.services.progress;
  for (const key of ["A", "C"]) {
    const task = await t.db.task.findFirstOrThrow({ where: { agencyId: s.agency.id, number: taskNo[key] } });
    await progress.report(s.people.binh!.member, task.id, { percent: 100, result: "Đã hoàn thành." });
  }
  await runUntil(second, local("2026-07-01T10:00"));
}, 240_000);
afterAll(() => t.close());

describe("a quarter of scheduled messages", () => {
  it("reminds task owners before, on and after the due day, on working days at 08:00", async () => {
    const binh = await received(s.people.binh!.user.chatId);
    expect(binh).toEqual([
      "07/04/2026 08:00", // C: 3 working days before Friday 10/4
      "10/04/2026 08:00", // C due today
      "17/04/2026 08:00", // C overdue, week 1
      "24/04/2026 08:00", // C overdue, week 2
      "24/04/2026 08:00", // A: 3 working days before 04/05 (27/4, 30/4, 1/5 off) → Friday 24/4
      "29/04/2026 08:00", // C overdue, week 3: 01/05 is a holiday → Wednesday 29/4
      "04/05/2026 08:00", // A due today
      "08/05/2026 08:00", // C overdue, week 4
      "13/05/2026 10:00", // A overdue week 1 (due 11/5 08:00, bot down): still useful, sent at start-up
      "15/05/2026 08:00", // C overdue, week 5
      "18/05/2026 08:00", // A overdue, week 2
      // 20/5: A and C done → nothing more
    ]);
    const chi = await received(s.people.chi!.user.chatId);
    expect(chi).toEqual([
      "13/05/2026 10:00", // B: 3 working days before Sat 16/5 = Tue 12/5 (bot down) → at start-up
      "15/05/2026 08:00", // B due Saturday → Friday
      "22/05/2026 08:00", // B overdue weekly, Saturdays → Fridays
      "29/05/2026 08:00",
      "05/06/2026 08:00",
      "12/06/2026 08:00",
      "19/06/2026 08:00",
      "26/06/2026 08:00",
    ]);
    const texts = (await t.db.outboxMessage.findMany({ where: { chatId: s.people.chi!.user.chatId, ...SCHEDULED }, orderBy: { id: "asc" } })).map((m) => m.text);
    expect(texts[0]).toContain(`số ${taskNo.B}`);
    expect(texts[0]).toContain("16/05/2026");
    expect(texts[1]).toContain("ngày nghỉ");
    expect(texts[2]).toContain("quá hạn");
  });

  it("posts the weekly digest every Monday 08:00 (Tuesday after Giỗ Tổ), text then chart, and the quarterly summaries", async () => {
    const group = await received(String(s.groupChat.id));
    const digestDays = ["06/04", "13/04", "20/04", "28/04", "04/05", "18/05", "25/05", "01/06", "08/06", "15/06", "22/06", "29/06"];
    const expected = [
      "01/04/2026 08:00", "01/04/2026 08:00 [ảnh]", // Q1 summary
      ...digestDays.flatMap((d) => [`${d}/2026 08:00`, `${d}/2026 08:00 [ảnh]`]),
      "01/07/2026 08:00", "01/07/2026 08:00 [ảnh]", // Q2 summary
    ];
    expect(group).toEqual(expected);
    const weekly = await t.db.outboxMessage.findMany({ where: { chatId: String(s.groupChat.id), kind: "text", text: { startsWith: "TỔNG HỢP TUẦN QUA" } }, orderBy: { id: "asc" } });
    expect(weekly).toHaveLength(12);
    const may18 = weekly.find((m) => m.text.includes("11/05/2026 – 17/05/2026"))!;
    expect(may18.text).toContain("Quá hạn: 3"); // A (04/05), B (16/05), C (10/04)
    expect(may18.text).toContain("Tiến độ theo phần của Kế hoạch:");
    const may25 = weekly.find((m) => m.text.includes("18/05/2026 – 24/05/2026"))!;
    expect(may25.text).toContain("Báo cáo tiến độ đã gửi: 2 (của 1 người)");
    expect(may25.text).toContain("Quá hạn: 1");
    expect(may25.text).toContain("- 2.1 Công tác lãnh đạo, chỉ đạo: 100% (2/2 nhiệm vụ hoàn thành)");
    // The 11/05 digest fell due during the downtime and was more than two days stale: skipped and logged.
    const skipped = await t.db.jobRun.findUniqueOrThrow({ where: { key: `weekly-digest:agency=${s.agency.id}:week=2026-05-11` } });
    expect(skipped.outcome).toBe("skipped");
    expect(t.logLines.join("")).toContain("no longer useful after downtime");
  });

  it("delivers the assignment notices queued at 00:00 when quiet hours end, 07:00", async () => {
    const assigned = { dedupeKey: { startsWith: "task-assigned:" } };
    expect(await received(s.people.binh!.user.chatId, undefined, assigned)).toEqual(["01/04/2026 07:00", "01/04/2026 07:00"]); // A and C
    expect(await received(s.people.chi!.user.chatId, undefined, assigned)).toEqual(["01/04/2026 07:00"]); // B
  });

  it("gives the secretary the overdue list weekly and both leaders the H1 report deadline", async () => {
    const secretary = await received(s.secretary.user.chatId, "Danh sách nhiệm vụ quá hạn");
    expect(secretary).toEqual(
      ["13/04", "20/04", "28/04", "04/05", "18/05", "25/05", "01/06", "08/06", "15/06", "22/06", "29/06"].map((d) => `${d}/2026 08:00`),
    );
    for (const chat of [s.secretary.user.chatId, s.people.head!.user.chatId]) {
      // 3 working days before Mon 15/6 is 10/6, which the secretary made a day off → 9/6.
      expect(await received(chat, "Nhắc việc: Báo cáo 6 tháng")).toEqual(["09/06/2026 08:00"]);
      expect(await received(chat, "Hôm nay (15/06/2026) là hạn gửi Báo cáo 6 tháng")).toEqual(["15/06/2026 08:00"]);
    }
  });

  it("sent nothing twice and lost nothing", async () => {
    const rows = await t.db.outboxMessage.findMany();
    expect(rows.every((r) => r.status === "SENT")).toBe(true);
    expect(t.telegram.sent).toHaveLength(rows.length);
    const photos = t.telegram.sent.filter((m) => m.method === "sendPhoto");
    expect(photos).toHaveLength(14);
  });
});
