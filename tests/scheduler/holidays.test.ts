import { afterEach, describe, expect, it } from "vitest";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { allJobs } from "../../src/scheduler/jobs/index.js";
import { deadlineRemindersJob } from "../../src/scheduler/jobs/deadline-reminders.js";
import { holidayCheckJob } from "../../src/scheduler/jobs/holiday-check.js";
import { runJobNow } from "../harness/run-job.js";
import { TestBot } from "../harness/test-bot.js";
import { Role, seedAgency } from "../harness/fixtures.js";
import { endOfLocalDay } from "../../src/time/local-day.js";

const TZ = "Asia/Ho_Chi_Minh";
/** A local time in Vietnam (UTC+7). */
const vn = (day: string, time = "08:00") => new Date(`${day}T${time}:00+07:00`);

let t: TestBot;
afterEach(() => t.close());

describe("holidays of a year without a data file (2028)", () => {
  it("move a deadline reminder off Tết, through the scheduler's working calendar", async () => {
    t = TestBot.create({ now: "2028-01-03T02:00:00Z" });
    const a = await seedAgency(t, { minh: { role: Role.MEMBER, fullName: "Trần Văn Minh" } });
    const sec = a.secretary.member;
    await t.deps.services.plan.createFromTemplate(sec, 2028);
    const section = await t.db.planSection.findFirstOrThrow({ where: { code: "3" } });
    // Due on Tết (mùng 1 Mậu Thân, Wednesday 26/01/2028). Tết's weekdays off are computed:
    // Mon 24/1 (28 tháng Chạp), Tue 25/1 (29 tháng Chạp), 26–28/1 (mùng 1–3).
    const task = await t.deps.services.tasks.assign(sec, {
      sectionId: section.id,
      title: "Tổng hợp ý kiến cán bộ",
      assigneeIds: [a.people.minh!.member.id],
      dueDate: endOfLocalDay({ year: 2028, month: 1, day: 26 }, TZ),
    });

    const texts = async () =>
      (await t.db.outboxMessage.findMany({ where: { chatId: "101", dedupeKey: { startsWith: "deadline:" } }, orderBy: { id: "asc" } })).map((m) => m.text);
    const runAt = async (day: string) => {
      t.clock.set(vn(day));
      return (await runJobNow(t, deadlineRemindersJob, vn("2028-01-10", "00:00"))).map((o) => (o.data as { stage: string }).stage);
    };
    expect(await runAt("2028-01-17")).toEqual([]);
    // Three working days back from the last working day before Tết (21/1): 20, 19, 18/1.
    expect(await runAt("2028-01-18")).toEqual(["before"]);
    expect(await runAt("2028-01-20")).toEqual([]);
    // "Due" on the last working day before Tết, Friday 21/1 (22–23/1 are a weekend), not on 26/1.
    expect(await runAt("2028-01-21")).toEqual(["due"]);
    expect(await runAt("2028-01-26")).toEqual([]);
    const sent = await texts();
    expect(sent).toHaveLength(2);
    expect(sent[0]).toContain(`nhiệm vụ số ${task.number} "Tổng hợp ý kiến cán bộ" đến hạn ngày 26/01/2028 (còn 4 ngày làm việc)`);
    expect(sent[1]).toContain(`nhiệm vụ số ${task.number} "Tổng hợp ý kiến cán bộ" đến hạn ngày 26/01/2028 (ngày nghỉ), hôm nay là ngày làm việc cuối trước hạn`);
  });
});

describe("December: check next year's days off", () => {
  async function messages() {
    return (await t.db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: "holiday-check:" } }, orderBy: { id: "asc" } })).map((m) => ({
      chatId: m.chatId,
      text: m.text,
      at: m.createdAt.toISOString(),
    }));
  }

  it("reminds the secretary once, on the first working day of December, across restarts, with the computed dates", async () => {
    t = TestBot.create({ now: "2027-11-20T01:00:00Z" });
    await seedAgency(t, { hoa: { role: Role.HEAD, fullName: "Lê Thị Hoa" } });
    expect(allJobs).toContain(holidayCheckJob);

    let scheduler = new Scheduler(t.deps, [holidayCheckJob]);
    // Every 2 hours from 28/11 to 20/12 2027, with a restart (a new Scheduler) on 10/12.
    for (let now = vn("2027-11-28", "00:00"); now <= vn("2027-12-20", "00:00"); now = new Date(now.getTime() + 2 * 3_600_000)) {
      t.clock.set(now);
      if (now.getTime() === vn("2027-12-10", "00:00").getTime()) scheduler = new Scheduler(t.deps, [holidayCheckJob]);
      await scheduler.tick(now);
    }
    const sent = await messages();
    expect(sent).toHaveLength(1); // the secretary only: the head is reminded only when there is no secretary
    expect(sent[0]!.chatId).toBe("100");
    expect(sent[0]!.at).toBe(vn("2027-12-01").toISOString()); // Wednesday 1/12, at the reminder time
    const text = sent[0]!.text;
    expect(text).toContain("rà soát lịch nghỉ lễ, Tết năm 2028");
    expect(text).toContain("do bot tự tính theo Bộ luật Lao động 2019");
    expect(text).toContain("- 24/01/2028: Tết Nguyên đán (28 tháng Chạp)");
    expect(text).toContain("- 26/01/2028: Tết Nguyên đán (Mùng 1)");
    expect(text).toContain("- 04/04/2028: Giỗ Tổ Hùng Vương (10/3 âm lịch)");
    expect(text).toContain("/ngaynghi lambu");
    expect(await t.db.jobRun.count({ where: { kind: "holiday-check" } })).toBe(1);
  });

  it("says when next year's dates come from the data file, and includes the agency's own edits", async () => {
    t = TestBot.create({ now: "2026-11-25T01:00:00Z" });
    const a = await seedAgency(t);
    await t.deps.services.holidays.set(a.secretary.member, "2027-06-10", "holiday", "Nghỉ hội thao");
    t.clock.set(vn("2026-12-01", "08:00"));
    await runJobNow(t, holidayCheckJob, vn("2026-11-25"));
    const [msg, ...rest] = await messages();
    expect(rest).toHaveLength(0);
    expect(msg!.text).toContain("lấy từ tệp dữ liệu ngày nghỉ kèm theo bot");
    expect(msg!.text).toContain("Ước tính theo Bộ luật Lao động 2019"); // the 2027 file's own note
    expect(msg!.text).toContain("- 08/02/2027: Tết Nguyên đán (Mùng 3)");
    expect(msg!.text).toContain("- 10/06/2027: Nghỉ hội thao (cơ quan thêm)");
  });

  it("goes out late after a long downtime in December, but not in January, and to the head without a secretary", async () => {
    t = TestBot.create({ now: "2027-11-20T01:00:00Z" });
    const a = await seedAgency(t, { hoa: { role: Role.HEAD, fullName: "Lê Thị Hoa" } });
    await t.db.member.update({ where: { id: a.secretary.member.id }, data: { status: "LEFT", leftAt: t.clock.now() } });
    const scheduler = new Scheduler(t.deps, [holidayCheckJob]);
    // Down from 28/11 to 14/12 (longer than the scheduler's 8-day look-back).
    t.clock.set(vn("2027-12-14", "10:00"));
    const report = await scheduler.tick();
    expect(report.done).toEqual([`holiday-check:agency=${a.agency.id}:year=2028`]);
    expect((await messages()).map((m) => m.chatId)).toEqual(["101"]);

    // Another agency's bot is down over the whole of December: nothing about "next year" in January.
    await t.db.outboxMessage.deleteMany();
    await t.db.jobRun.deleteMany();
    t.clock.set(vn("2028-01-02", "10:00"));
    const late = await scheduler.tick();
    expect(late.skipped).toEqual([`holiday-check:agency=${a.agency.id}:year=2028`]);
    expect(await messages()).toEqual([]);
  });
});
