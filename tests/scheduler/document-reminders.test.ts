import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Role, seedAgency, type SeededAgency } from "../harness/fixtures.js";
import { TestBot } from "../harness/test-bot.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { documentRemindersJob } from "../../src/scheduler/jobs/document-reminders.js";
import { endOfLocalDay } from "../../src/time/local-day.js";

/**
 * The reminder of a document to study (docs/documents.md): N working days
 * before the deadline on the agency's calendar, once, only to those who have
 * not confirmed; a change of N moves it without a second one; a sending made
 * after the reminder's day gets none.
 */
const vn = (day: string, time = "08:00") => new Date(`${day}T${time}:00+07:00`);
const due = (y: number, m: number, d: number) => endOfLocalDay({ year: y, month: m, day: d }, "Asia/Ho_Chi_Minh");

let t: TestBot;
let s: SeededAgency;

beforeEach(async () => {
  t = TestBot.create({ now: vn("2026-04-20").toISOString() }); // Monday 20/04/2026
  s = await seedAgency(t, { an: { role: Role.STAFF, fullName: "Trần Văn An" }, binh: { role: Role.STAFF, fullName: "Lê Thị Bình" } });
});
afterEach(() => t.close());

const reminders = () => t.db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: "document-reminder:" } }, orderBy: { id: "asc" } });

/** Ticks every hour from now to `until` (local 07:00–10:00 only, enough to see the day). */
async function tickUntil(sched: Scheduler, until: Date) {
  for (let at = t.clock.now().getTime(); at <= until.getTime(); at += 3_600_000) {
    t.clock.set(new Date(at));
    const hour = Number(new Date(at).toLocaleString("en-GB", { hour: "2-digit", hour12: false, timeZone: "Asia/Ho_Chi_Minh" }));
    if (hour >= 7 && hour <= 10) await sched.tick();
  }
}

describe("document reminders", () => {
  it("counts working days over Giỗ Tổ and 30/4–1/5, reminds only who has not confirmed, once", async () => {
    const svc = t.deps.services.documents;
    const doc = (await svc.registerFromTemplate(s.secretary.member)).created[0]!;
    // Deadline Monday 04/05; 30/4 and 1/5 are off: 2 working days before is Tuesday 28/04.
    await svc.send(s.secretary.member, doc.id, { kind: "staff" }, due(2026, 5, 4));
    await svc.confirm(s.people.an!.member, doc.id);
    const sched = new Scheduler(t.deps, [documentRemindersJob]);
    await tickUntil(sched, vn("2026-05-04", "10:00"));
    const sent = await reminders();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.memberId).toBe(s.people.binh!.member.id);
    expect(sent[0]!.notBefore.toISOString()).toBe(vn("2026-04-28").toISOString());
    await new Scheduler(t.deps, [documentRemindersJob]).tick();
    expect(await reminders()).toHaveLength(1);
  });

  it("moves with a new lead without a second reminder; a late sending gets none", async () => {
    const svc = t.deps.services.documents;
    const [d1, d2] = (await svc.registerFromTemplate(s.secretary.member)).created;
    await svc.send(s.secretary.member, d1!.id, { kind: "staff" }, due(2026, 4, 24)); // Friday
    await svc.setReminderLeadDays(s.secretary.member, 3); // Tuesday 21/04
    const sched = new Scheduler(t.deps, [documentRemindersJob]);
    await tickUntil(sched, vn("2026-04-21", "10:00"));
    expect((await reminders()).map((m) => m.notBefore.toISOString())).toEqual([vn("2026-04-21").toISOString(), vn("2026-04-21").toISOString()]);
    await svc.setReminderLeadDays(s.secretary.member, 1); // would be Thursday 23/04: same occurrence key, already run
    // Sent on Thursday with a deadline on Friday: the reminder day (Thursday 08:00) is not after the sending.
    t.clock.set(vn("2026-04-23", "09:30"));
    await svc.send(s.secretary.member, d2!.id, { kind: "staff" }, due(2026, 4, 24));
    await tickUntil(sched, vn("2026-04-24", "10:00"));
    expect(await reminders()).toHaveLength(2);
  });
});
