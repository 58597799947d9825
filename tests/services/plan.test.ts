import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FakeClock } from "../../src/clock.js";
import type { Services } from "../../src/services/index.js";
import { DomainError } from "../../src/services/errors.js";
import { loadPlanTemplate, planTemplateSchema } from "../../src/services/plan-template.js";
import { Role } from "../../src/services/roles.js";
import type { Member } from "../../src/generated/prisma/client.js";
import type { TestDb } from "../harness/test-db.js";
import { serviceWorld, TZ } from "../harness/service-fixtures.js";

let tdb: TestDb;
let clock: FakeClock;
let svc: Services;
let secretary: Member;
let hung: Member;
let mai: Member;
let staff: Member;

beforeEach(async () => {
  const world = await serviceWorld();
  ({ tdb, clock, svc, secretary } = world);
  const join = world.join;
  hung = await join(Role.MEMBER, "Trần Văn Hùng", "2");
  mai = await join(Role.MEMBER, "Lê Thị Mai", "3");
  staff = await join(Role.STAFF, "Phạm Văn Nam", "4");
});
afterEach(() => tdb.close());

const code = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: unknown) => (e instanceof DomainError ? e.code : `bug: ${String(e)}`),
  );

describe("plan template", () => {
  it("the built-in template is valid and holds the reference plan's sections", () => {
    const t = loadPlanTemplate("qcdc");
    expect(t.sections.map((s) => s.code)).toEqual(["2.1", "2.2", "2.3", "2.4", "3", "4", "5"]);
    const titles = t.sections.flatMap((s) => s.tasks.map((x) => x.title)).join("\n");
    for (const doc of ["30-CT/TW", "99-QĐ/TW", "11-QĐi/TW", "403-CV/TU", "05-CT/TU", "Luật Thực hiện dân chủ ở cơ sở năm 2022"]) {
      expect(titles).toContain(doc);
    }
  });

  it("rejects a template with a bad due expression or a duplicate key", () => {
    const base = { id: "x", title: "Kế hoạch {year}", sections: [{ code: "1", title: "Mục một", tasks: [{ key: "a", title: "Việc A", due: "13-45x" }] }] };
    expect(planTemplateSchema.safeParse(base).success).toBe(false);
    const dup = { ...base, sections: [{ code: "1", title: "Mục một", tasks: [{ key: "a", title: "Việc A" }, { key: "a", title: "Việc B" }] }] };
    expect(planTemplateSchema.safeParse(dup).success).toBe(false);
  });
});

describe("PlanService", () => {
  it("creates one plan per agency per year, with due dates relative to the year", async () => {
    const { plan, taskCount } = await svc.plan.createFromTemplate(secretary, 2026);
    expect(plan.title).toBe("Kế hoạch thực hiện Quy chế dân chủ năm 2026");
    expect(await tdb.db.task.count({ where: { planId: plan.id } })).toBe(taskCount);
    const rules = await tdb.db.task.findFirstOrThrow({ where: { templateKey: "committee-rules" } });
    expect(rules.dueDate!.toISOString()).toBe("2026-03-31T16:59:59.999Z"); // 31/03 23:59:59.999 in Vietnam
    const meeting = await tdb.db.task.findFirstOrThrow({ where: { templateKey: "committee-quarterly-meeting" } });
    expect(meeting.recurrence).toBe("QUARTERLY");
    expect(meeting.periodStart!.toISOString()).toBe("2025-12-31T17:00:00.000Z"); // 01/01/2026 00:00 in Vietnam
    expect(meeting.dueDate!.toISOString()).toBe("2026-03-31T16:59:59.999Z");
    expect(await code(svc.plan.createFromTemplate(secretary, 2026))).toBe("plan-exists");
    expect(await code(svc.plan.createFromTemplate(secretary, 2030))).toBe("plan-year");
    expect(await code(svc.plan.createFromTemplate(hung, 2027))).toBe("forbidden");
    expect(await tdb.db.plan.count()).toBe(1);
  });
});

describe("tasks and reports", () => {
  beforeEach(async () => {
    await svc.plan.createFromTemplate(secretary, 2026);
  });

  async function newTask(extra: Partial<Parameters<Services["tasks"]["assign"]>[1]> = {}) {
    const section = await tdb.db.planSection.findFirstOrThrow({ where: { code: "2.2" } });
    return svc.tasks.assign(secretary, {
      sectionId: section.id,
      title: "Tuyên truyền Luật",
      assigneeIds: [hung.id, mai.id],
      dueDate: new Date("2026-06-30T16:59:59.999Z"),
      ...extra,
    });
  }

  it("assigns to several members and refuses bad assignments", async () => {
    const task = await newTask();
    expect(task.assignees.map((a) => a.member.fullName)).toEqual(["Trần Văn Hùng", "Lê Thị Mai"]);
    expect(await code(newTask({ assigneeIds: [] }))).toBe("assignees-required");
    expect(await code(newTask({ assigneeIds: [hung.id, 9999] }))).toBe("member-unknown");
    expect(await code(newTask({ dueDate: new Date("2026-03-01T00:00:00Z") }))).toBe("date-past");
    expect(await code(newTask({ title: "  " }))).toBe("title-short");
    expect(await code(svc.tasks.assign(hung, { sectionId: task.sectionId, title: "Việc riêng", assigneeIds: [hung.id], dueDate: task.dueDate }))).toBe("forbidden");
    expect(await tdb.db.task.count({ where: { title: "Tuyên truyền Luật" } })).toBe(1);
  });

  it("a report moves the status; obstacles and proposals become rows; all in one transaction", async () => {
    const task = await newTask();
    const out = await svc.progress.report(hung, task.id, { percent: 50, result: "Đã soạn", obstacles: "- Thiếu kinh phí\n\n2) Thiếu người", proposals: "Bổ sung kinh phí" });
    expect(out.task).toMatchObject({ status: "IN_PROGRESS", percent: 50 });
    expect((await tdb.db.obstacle.findMany()).map((o) => o.text)).toEqual(["Thiếu kinh phí", "Thiếu người"]);
    expect(await tdb.db.proposal.count()).toBe(1);
    for (const [input, expected] of [
      [{ percent: 101, result: "x" }, "percent-range"],
      [{ percent: -1, result: "x" }, "percent-range"],
      [{ percent: 50.5, result: "x" }, "percent-range"],
      [{ percent: 50, result: " \n " }, "result-empty"],
      [{ percent: 50, result: "x".repeat(5000) }, "text-too-long"],
    ] as const) {
      expect(await code(svc.progress.report(hung, task.id, input))).toBe(expected);
    }
    expect(await code(svc.progress.report(staff, task.id, { percent: 10, result: "x" }))).toBe("task-not-yours");
    expect(await tdb.db.progressReport.count()).toBe(1);
    await svc.progress.report(mai, task.id, { percent: 100, result: "Xong" });
    expect(await code(svc.progress.report(hung, task.id, { percent: 10, result: "x" }))).toBe("task-not-open");
  });

  it("the latest report may be edited by its author within 24 hours; resolved obstacles stay", async () => {
    const task = await newTask();
    const { report } = await svc.progress.report(hung, task.id, { percent: 100, result: "Xong", obstacles: "A\nB" });
    const [a] = await tdb.db.obstacle.findMany({ orderBy: { id: "asc" } });
    await svc.obstacles.resolve(secretary, a!.id, "Đã xử lý A");
    clock.advance(23 * 3600_000);
    const edited = await svc.progress.editReport(hung, report.id, { percent: 80, result: "Gần xong", obstacles: "C" });
    expect(edited.task).toMatchObject({ status: "IN_PROGRESS", percent: 80 });
    expect((await tdb.db.obstacle.findMany({ orderBy: { id: "asc" } })).map((o) => `${o.text}:${o.status}`)).toEqual(["A:RESOLVED", "C:OPEN"]);
    expect(await code(svc.progress.editReport(mai, report.id, { percent: 10, result: "x" }))).toBe("report-not-editable");
    clock.advance(2 * 3600_000);
    expect(await code(svc.progress.editReport(hung, report.id, { percent: 10, result: "x" }))).toBe("report-too-old");
    await svc.progress.report(mai, task.id, { percent: 90, result: "Tiếp" });
    expect(await code(svc.progress.editableReport(hung, task.id))).toBe("report-not-editable");
  });

  it("a recurring task opens its next period when done, or when its period ends; never past the plan's year", async () => {
    const task = await newTask({ recurrence: "QUARTERLY", dueDate: null });
    expect(task.dueDate!.toISOString()).toBe("2026-03-31T16:59:59.999Z");
    const done = await svc.progress.report(hung, task.id, { percent: 100, result: "Đã họp quý I" });
    expect(done.nextPeriodOpened).toBe(true);
    expect(done.task).toMatchObject({ status: "NOT_STARTED", percent: 0 });
    expect(done.task.dueDate!.toISOString()).toBe("2026-06-30T16:59:59.999Z");
    const report = await tdb.db.progressReport.findFirstOrThrow();
    expect(report.periodEnd!.toISOString()).toBe("2026-03-31T16:59:59.999Z");
    // Q2 passes without a report: on the next read Q3 is open (Q2 was missed).
    clock.set("2026-07-02T01:00:00Z");
    expect(await svc.tasks.rollPeriods()).toBeGreaterThanOrEqual(1);
    let row = await tdb.db.task.findUniqueOrThrow({ where: { id: task.id } });
    expect(row.dueDate!.toISOString()).toBe("2026-09-30T16:59:59.999Z");
    // Skipping several periods at once lands in the current one, and the last period stays.
    clock.set("2027-01-10T01:00:00Z");
    await svc.tasks.rollPeriods();
    row = await tdb.db.task.findUniqueOrThrow({ where: { id: task.id } });
    expect(row.dueDate!.toISOString()).toBe("2026-12-31T16:59:59.999Z");
    expect(row.status).toBe("NOT_STARTED");
    await svc.progress.report(hung, task.id, { percent: 100, result: "Đã họp quý IV" });
    row = await tdb.db.task.findUniqueOrThrow({ where: { id: task.id } });
    expect(row.status).toBe("DONE");
  });

  it("overview counts each state; overdue is derived from the due date", async () => {
    const task = await newTask();
    await svc.progress.report(hung, task.id, { percent: 30, result: "Đang làm" });
    clock.set("2026-07-01T01:00:00Z");
    const o = await svc.plan.overview(secretary.agencyId);
    const s22 = o.sections.find((s) => s.section.code === "2.2")!;
    expect(s22.counts).toMatchObject({ overdue: 7, done: 0, "in-progress": 0 }); // 6 template tasks due by 30/06 + ours
    expect(o.overdue.map((t) => t.number)).toContain(task.number);
    await svc.tasks.cancel(secretary, task.number);
    const after = await svc.plan.overview(secretary.agencyId);
    expect(after.counts.total).toBe(o.counts.total - 1);
  });

  it("my tasks: open ones from any plan, done ones of this year's plan only", async () => {
    const { plan: old } = await svc.plan.createFromTemplate(secretary, 2025);
    const oldTasks = await tdb.db.task.findMany({ where: { planId: old.id }, orderBy: { number: "asc" }, take: 2 });
    const thisYear = await newTask({ assigneeIds: [hung.id] });
    for (const t of [...oldTasks, thisYear]) await svc.tasks.reassign(secretary, t.number, [hung.id]);
    // Last year's tasks are due in 2025: reports are still accepted on open tasks.
    await svc.progress.report(hung, oldTasks[0]!.id, { percent: 100, result: "Xong từ năm trước" });
    await svc.progress.report(hung, thisYear.id, { percent: 100, result: "Xong" });
    const mine = await svc.tasks.myTasks(hung);
    expect(mine.map((t) => t.number).sort((a, b) => a - b)).toEqual([oldTasks[1]!.number, thisYear.number].sort((a, b) => a - b));
    expect(mine[0]!.number).toBe(oldTasks[1]!.number); // overdue first
  });

  it("obstacles: only leaders resolve, once, with a note", async () => {
    const task = await newTask();
    await svc.progress.report(hung, task.id, { percent: 30, result: "Đang làm", obstacles: "Thiếu kinh phí" });
    const [o] = await svc.obstacles.listOpen(secretary.agencyId);
    expect(o).toMatchObject({ text: "Thiếu kinh phí", member: { fullName: "Trần Văn Hùng" }, task: { number: task.number } });
    expect(await code(svc.obstacles.resolve(hung, o!.id, "Tự xử lý"))).toBe("forbidden");
    expect(await code(svc.obstacles.resolve(secretary, o!.id, "  "))).toBe("resolution-empty");
    const r = await svc.obstacles.resolve(secretary, o!.id, "Bố trí kinh phí");
    expect(r).toMatchObject({ status: "RESOLVED", resolution: "Bố trí kinh phí", resolvedById: secretary.id });
    expect(await code(svc.obstacles.resolve(secretary, o!.id, "Lần nữa"))).toBe("obstacle-resolved");
    expect(await svc.obstacles.listOpen(secretary.agencyId)).toEqual([]);
  });
});
