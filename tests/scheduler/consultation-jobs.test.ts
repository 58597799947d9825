import { afterEach, describe, expect, it } from "vitest";
import { ConsultationStatus, Role } from "../../src/generated/prisma/enums.js";
import { parseAnswer } from "../../src/services/consultation-input.js";
import { consultationBatchJob } from "../../src/scheduler/jobs/consultation-batch.js";
import { consultationRemindersJob } from "../../src/scheduler/jobs/consultation-reminders.js";
import { seedAgency, type SeededAgency } from "../harness/fixtures.js";
import { runJobNow } from "../harness/run-job.js";
import { TestBot } from "../harness/test-bot.js";

let t: TestBot;
let s: SeededAgency;
afterEach(() => t?.close());

const START = new Date("2026-03-02T02:00:00Z");
const DRAFT = "Điều 1. Quy chế này quy định việc tiếp công dân tại cơ quan.";

async function open(deadline = new Date("2026-03-13T16:59:59.999Z")) {
  t = TestBot.create({ now: START.toISOString() });
  s = await seedAgency(t, { a: { role: Role.STAFF, fullName: "Lê Văn An" }, b: { role: Role.STAFF, fullName: "Trần Thị Bình" } });
  return t.deps.services.consultations.open(s.secretary.member, { title: "Dự thảo Quy chế tiếp công dân", draft: DRAFT, audience: { kind: "staff" }, deadline });
}

const reminders = () => t.db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: "consultation-reminder:" } } });

describe("consultation reminders", () => {
  it("reminds those who have not answered once, deadlineLeadDays working days before, whatever the number of runs", async () => {
    const { consultation } = await open();
    await t.deps.services.consultations.answerAnonymously(s.people.a!.member, 1, parseAnswer("đồng ý"));
    // Before 08:00 on Tuesday 10/03 (13/03 is a Friday: 12, 11, 10) nothing is due.
    t.clock.set("2026-03-10T00:59:00Z");
    expect(await runJobNow(t, consultationRemindersJob, START)).toHaveLength(0);
    t.clock.set("2026-03-10T01:00:00Z");
    const ran = await runJobNow(t, consultationRemindersJob, START);
    expect(ran.map((o) => o.key)).toEqual([`consultation-reminder:c=${consultation.id}:due=2026-03-13`]);
    expect(await runJobNow(t, consultationRemindersJob, START)).toHaveLength(0);
    const sent = await reminders();
    expect(sent.map((m) => m.memberId)).toEqual([s.people.b!.member.id]);
    expect(sent[0]!.text).toContain("NHẮC: đồng chí chưa cho ý kiến về dự thảo (đợt số 1)");
    expect(JSON.parse(sent[0]!.payload!).choices.flat().every((c: { typed: string[] }) => c.typed[0]!.startsWith("/ykien"))).toBe(true);
    // Run again in the job's own transaction (as after a restart that lost the JobRun): the outbox dedupe keeps one.
    await t.db.jobRun.deleteMany({ where: { kind: "consultation-reminder" } });
    await runJobNow(t, consultationRemindersJob, START);
    expect(await reminders()).toHaveLength(1);
  });

  it("sends no reminder for a consultation closed early", async () => {
    await open();
    await t.deps.services.consultations.close(s.secretary.member, 1, s.agency.id);
    t.clock.set("2026-03-10T01:00:00Z");
    expect(await runJobNow(t, consultationRemindersJob, START)).toHaveLength(0);
    expect(await reminders()).toHaveLength(0);
  });
});

describe("consultation batches", () => {
  it("delivers at the batch times only, and the first batch after the deadline closes", async () => {
    await open(new Date("2026-03-03T16:59:59.999Z"));
    await t.deps.services.consultations.answer(s.people.a!.member, 1, parseAnswer("Đề nghị bổ sung lịch tiếp công dân."));
    t.clock.set("2026-03-02T08:59:00Z");
    expect(await runJobNow(t, consultationBatchJob, START)).toHaveLength(0);
    t.clock.set("2026-03-02T09:00:00Z");
    expect(await runJobNow(t, consultationBatchJob, START)).toHaveLength(1);
    const toSecretary = () => t.db.outboxMessage.findMany({ where: { memberId: s.secretary.member.id }, orderBy: { id: "asc" } });
    expect((await toSecretary()).map((m) => m.text)).toEqual([expect.stringContaining("1 ý kiến mới — 0 đồng ý, 0 không có ý kiến, 1 góp ý")]);
    // An empty batch sends nothing; after the deadline the next batch closes and says so.
    t.clock.set("2026-03-03T01:00:00Z");
    await runJobNow(t, consultationBatchJob, START);
    expect(await toSecretary()).toHaveLength(1);
    t.clock.set("2026-03-04T01:00:00Z");
    await runJobNow(t, consultationBatchJob, START);
    expect((await t.db.consultation.findFirstOrThrow()).status).toBe(ConsultationStatus.CLOSED);
    expect((await toSecretary()).at(-1)!.text).toContain("Đã kết thúc lấy ý kiến đợt số 1");
    expect(await runJobNow(t, consultationBatchJob, START, new Date("2026-03-05T12:00:00Z"))).toHaveLength(0);
  });
});
