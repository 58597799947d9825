import { afterEach, describe, expect, it } from "vitest";
import type { Member, Plan, PlanSection } from "../../src/generated/prisma/client.js";
import { readCurrentPlan, readMemberTasks, readPlanAssignees, readPlanTasks, readSections } from "../../src/services/plan-reads.js";
import { OPEN_STATUSES } from "../../src/services/task-rules.js";
import { Role } from "../../src/services/roles.js";
import { serviceWorld, type ServiceWorld } from "../harness/service-fixtures.js";

/**
 * The raw reads of /tiendo, /kehoach and /nhiemvu (src/services/plan-reads.ts)
 * on SQLite and, under `npm run test:pg`, on PostgreSQL: each must return
 * exactly what the equivalent model-API query returns (Dates, numbers, enum
 * names, nulls), so the hand-written column lists cannot drift from the schema.
 */
let w: ServiceWorld | undefined;
afterEach(async () => {
  await w?.tdb.close();
  w = undefined;
});

const at = (iso: string) => new Date(iso);

/**
 * Agency A: plans for 2025 (last year's, with open and done work), 2026 (this
 * year's: three sections created out of order, tasks of every kind) and 2027;
 * agency B: its own plan and a member, who is also (wrongly) on one of A's tasks.
 */
async function seed() {
  w = await serviceWorld();
  const db = w.tdb.db;
  const a = w.secretary;
  const hung = await w.join(Role.MEMBER, "Trần Văn Hùng", "42");
  const mai = await w.join(Role.STAFF, "Lê Thị Mai", "43");
  const other = await w.svc.roster.createAgency({
    admin: { platform: "telegram", userId: "2" },
    agencyName: "Sở Tư pháp",
    profile: { fullName: "Đỗ Văn Bình", position: "Chánh Văn phòng" },
  });
  // Before it has a plan (one world for the whole file: creating one costs a second on PostgreSQL).
  const empty = {
    plan: await readCurrentPlan(db, other.agencyId, 2026),
    tasks: await readMemberTasks(db, { agencyId: other.agencyId, memberId: other.id, doneFromYear: 2026 }),
  };
  const created = at("2026-01-05T02:00:00.123Z");
  const plan = (agencyId: number, year: number, extra: Partial<Plan> = {}) =>
    db.plan.create({ data: { agencyId, year, title: `Kế hoạch thực hiện QCDC năm ${year}`, templateId: "default", createdAt: created, ...extra } });
  const last = await plan(a.agencyId, 2025);
  const current = await plan(a.agencyId, 2026, { symbol: "05-KH/BCĐ", issuedAt: at("2026-01-10T00:00:00Z"), createdById: a.id });
  await plan(a.agencyId, 2027);
  const foreign = await plan(other.agencyId, 2026);
  const section = (planId: number, code: string, order: number) => db.planSection.create({ data: { planId, code, title: `Mục ${code}`, order } });
  const s3 = await section(current.id, "3", 2);
  const s1 = await section(current.id, "1", 0);
  const s2 = await section(current.id, "2", 1);
  const old = await section(last.id, "1", 0);
  const foreignSection = await section(foreign.id, "1", 0);
  // In bulk (two statements), so the test stays fast on PostgreSQL, where each statement is a round trip.
  const specs: { agencyId: number; planId: number; s: PlanSection; people: Member[]; data?: Record<string, unknown> }[] = [
    { agencyId: a.agencyId, planId: current.id, s: s2, people: [mai, hung], data: { dueDate: at("2026-02-01T16:59:59.999Z"), status: "IN_PROGRESS", percent: 40, lastReportAt: at("2026-01-20T03:00:00Z") } },
    { agencyId: a.agencyId, planId: current.id, s: s1, people: [hung], data: { description: "Niêm yết công khai", templateKey: "1.1", createdById: a.id } },
    {
      agencyId: a.agencyId,
      planId: current.id,
      s: s3,
      people: [hung, other],
      data: { recurrence: "QUARTERLY", periodStart: at("2025-12-31T17:00:00Z"), periodEnd: at("2026-03-31T16:59:59.999Z"), dueDate: at("2026-03-31T16:59:59.999Z") },
    },
    { agencyId: a.agencyId, planId: current.id, s: s1, people: [hung], data: { status: "CANCELLED", cancelledAt: at("2026-02-10T00:00:00Z"), dueDate: at("2026-06-30T16:59:59.999Z") } },
    { agencyId: a.agencyId, planId: current.id, s: s2, people: [hung], data: { status: "DONE", percent: 100, completedAt: at("2026-02-15T08:30:00Z"), dueDate: at("2026-04-30T16:59:59.999Z") } },
    { agencyId: a.agencyId, planId: current.id, s: s3, people: [] },
    { agencyId: a.agencyId, planId: last.id, s: old, people: [hung], data: { status: "NOT_STARTED", dueDate: at("2025-12-31T16:59:59.999Z") } },
    { agencyId: a.agencyId, planId: last.id, s: old, people: [hung], data: { status: "DONE", percent: 100, completedAt: at("2025-12-01T00:00:00Z") } },
    {
      agencyId: a.agencyId,
      planId: last.id,
      s: old,
      people: [hung],
      data: { recurrence: "HALF_YEARLY", status: "IN_PROGRESS", periodStart: at("2025-06-30T17:00:00Z"), periodEnd: at("2025-12-31T16:59:59.999Z") },
    },
    { agencyId: other.agencyId, planId: foreign.id, s: foreignSection, people: [other], data: { dueDate: at("2026-05-01T00:00:00Z"), number: 1 } },
  ];
  await db.task.createMany({
    data: specs.map((t, i) => ({ agencyId: t.agencyId, planId: t.planId, sectionId: t.s.id, number: i + 1, title: `Nhiệm vụ ${i + 1}`, createdAt: created, updatedAt: created, ...t.data })),
  });
  const ids = await db.task.findMany({ orderBy: { id: "asc" }, select: { id: true } });
  await db.taskAssignee.createMany({ data: specs.flatMap((t, i) => t.people.map((m) => ({ taskId: ids[i]!.id, memberId: m.id, assignedAt: created }))) });
  return { db, a, hung, mai, other, current, last, foreign, empty };
}

describe("plan reads", () => {
  it("return what the model API returns: plan, sections, tasks, assignees and a member's tasks (none before there is a plan)", async () => {
    const { db, a, hung, mai, other, current, empty } = await seed();
    expect(empty).toEqual({ plan: null, tasks: [] });

    const plans = await db.plan.findMany({ where: { agencyId: a.agencyId }, orderBy: { year: "desc" } });
    expect(await readCurrentPlan(db, a.agencyId, 2026)).toEqual(plans.find((p) => p.year === 2026));
    expect(await readCurrentPlan(db, a.agencyId, 2030)).toEqual(plans[0]);
    expect((await readCurrentPlan(db, a.agencyId, 2026))!.id).toBe(current.id);

    const sections = await readSections(db, current.id);
    expect(sections).toEqual(await db.planSection.findMany({ where: { planId: current.id }, orderBy: { order: "asc" } }));
    expect(sections.map((s) => s.code)).toEqual(["1", "2", "3"]);

    const tasks = await readPlanTasks(db, current.id);
    expect(tasks).toEqual(await db.task.findMany({ where: { planId: current.id }, orderBy: { number: "asc" } }));
    expect(tasks).toHaveLength(6);
    // Enum columns come back as their names on both databases, Dates as Dates, Ints as numbers.
    expect(tasks.map((t) => t.status)).toEqual(["IN_PROGRESS", "NOT_STARTED", "NOT_STARTED", "CANCELLED", "DONE", "NOT_STARTED"]);
    expect(tasks.map((t) => t.recurrence)).toEqual(["NONE", "NONE", "QUARTERLY", "NONE", "NONE", "NONE"]);
    expect(tasks[0]!.dueDate).toBeInstanceOf(Date);
    expect(typeof tasks[0]!.percent).toBe("number");

    const assignees = await readPlanAssignees(db, current.id, a.agencyId);
    expect(assignees).toEqual(
      await db.taskAssignee.findMany({
        where: { task: { planId: current.id }, member: { agencyId: a.agencyId } },
        select: { taskId: true, member: { select: { id: true, fullName: true } } },
        orderBy: [{ taskId: "asc" }, { memberId: "asc" }],
      }),
    );
    // The other agency's member on task 3 is not named.
    expect(assignees.map((x) => x.member.id)).not.toContain(other.id);
    expect(assignees.filter((x) => x.taskId === tasks[0]!.id).map((x) => x.member.fullName)).toEqual([hung, mai].sort((x, y) => x.id - y.id).map((m) => m.fullName));

    for (const member of [hung, mai, a]) {
      const mine = await readMemberTasks(db, { agencyId: a.agencyId, memberId: member.id, doneFromYear: 2026 });
      expect(mine, member.fullName).toEqual(
        await db.task.findMany({
          where: {
            agencyId: a.agencyId,
            assignees: { some: { memberId: member.id } },
            OR: [{ status: { in: [...OPEN_STATUSES] } }, { status: "DONE", plan: { year: { gte: 2026 } } }],
          },
          include: { section: true },
          orderBy: { number: "asc" },
        }),
      );
    }
    // Hùng: this year's open and done work and last year's open work; never cancelled work nor last year's done.
    const his = await readMemberTasks(db, { agencyId: a.agencyId, memberId: hung.id, doneFromYear: 2026 });
    expect(his.map((t) => t.number)).toEqual([1, 2, 3, 5, 7, 9]);
    expect(his.find((t) => t.number === 9)!.recurrence).toBe("HALF_YEARLY");
    expect(his[0]!.section.code).toBe("2");
  });
});

describe("plan progress (/tiendo)", () => {
  it("counts each section's states and lists the overdue tasks with their owners exactly as the overview derives them", async () => {
    const { db, a, hung, other, current } = await seed();
    // Two more overdue tasks: one not started with an owner of another agency (never named), one due the same day as task 1.
    const task = (number: number) => db.task.findFirstOrThrow({ where: { planId: current.id, number } });
    await db.task.update({ where: { id: (await task(2)).id }, data: { dueDate: at("2026-01-15T16:59:59.999Z") } });
    await db.taskAssignee.create({ data: { taskId: (await task(2)).id, memberId: other.id, assignedAt: at("2026-01-05T02:00:00Z") } });
    await db.task.update({ where: { id: (await task(6)).id }, data: { dueDate: at("2026-02-01T16:59:59.999Z") } });

    const overview = await w!.svc.plan.overview(a.agencyId);
    const progress = await w!.svc.plan.progress(a.agencyId);
    expect(progress.plan).toEqual(overview.plan);
    expect(progress.counts).toEqual(overview.counts);
    expect(progress.sections).toEqual(overview.sections.map((s) => ({ section: s.section, counts: s.counts })));
    expect(progress.overdue).toEqual(
      overview.overdue.map((t) => ({ id: t.id, number: t.number, title: t.title, dueDate: t.dueDate, percent: t.percent, assignees: t.assignees })),
    );
    // What that is, spelled out: tasks 2, 1 and 6 are overdue (2 first, then 1 and 6 by number); 4 is cancelled, 5 done.
    expect(progress.overdue.map((t) => t.number)).toEqual([2, 1, 6]);
    expect(progress.overdue[0]!.assignees.map((x) => x.member.id)).toEqual([hung.id]);
    expect(progress.overdue[2]!.assignees).toEqual([]);
    expect(progress.counts).toEqual({ done: 1, "in-progress": 0, overdue: 3, "not-started": 1, total: 5 });
    expect(progress.sections.map((s) => [s.section.code, s.counts.total])).toEqual([["1", 1], ["2", 2], ["3", 2]]);
  });
});
