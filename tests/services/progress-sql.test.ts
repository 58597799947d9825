import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Member } from "../../src/generated/prisma/client.js";
import { readReportTarget } from "../../src/services/progress-sql.js";
import { REPORT_COLUMNS } from "../../src/services/sql-columns.js";
import { transactionWithSql } from "../../src/db/direct-sql.js";
import { Role } from "../../src/services/roles.js";
import { serviceWorld, type ServiceWorld } from "../harness/service-fixtures.js";

/**
 * The raw statements of a one-line /baocao (src/services/progress-sql.ts), on
 * SQLite and, under `npm run test:pg`, PostgreSQL: what they read and write
 * must be exactly what Prisma's model API reads and writes, so the SQL cannot
 * drift from the schema unnoticed.
 */
let w: ServiceWorld;
let hung: Member;
let mai: Member;

beforeEach(async () => {
  w = await serviceWorld();
  hung = await w.join(Role.MEMBER, "Trần Văn Hùng", "2");
  mai = await w.join(Role.MEMBER, "Lê Thị Mai", "3");
  await w.svc.plan.createFromTemplate(w.secretary, 2026);
});
afterEach(() => w.tdb.close());

async function newTask(assigneeIds: number[], extra: Record<string, unknown> = {}) {
  const section = await w.tdb.db.planSection.findFirstOrThrow({ where: { code: "2.2" } });
  return w.svc.tasks.assign(w.secretary, { sectionId: section.id, title: "Tuyên truyền Luật", assigneeIds, dueDate: new Date("2026-06-30T16:59:59.999Z"), ...extra });
}

describe("readReportTarget", () => {
  it("reads the task, the plan's year, whether it is the member's and its latest report as the model API does", async () => {
    const db = w.tdb.db;
    const task = await newTask([hung.id]);
    const read = (memberId: number, ref: { id: number } | { number: number }) => transactionWithSql(db, (_tx, sql) => readReportTarget(sql, { agencyId: hung.agencyId, memberId, ref }));

    const before = await read(hung.id, { number: task.number });
    const plain = await db.task.findUniqueOrThrow({ where: { id: task.id } });
    expect(before).toEqual({ task: plain, mine: true, planYear: 2026, latest: null });
    expect((await read(mai.id, { id: task.id }))!.mine).toBe(false);

    await w.svc.progress.report(hung, task.id, { percent: 30, result: "Lần một" });
    w.clock.advance(60_000);
    await w.svc.progress.report(hung, task.id, { percent: 60, result: "Lần hai", obstacles: "Thiếu kinh phí", proposals: "Bổ sung" });
    const after = await read(hung.id, { id: task.id });
    const latest = await db.progressReport.findFirstOrThrow({ where: { taskId: task.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(after!.latest).toEqual(latest);
    expect(after!.task).toEqual(await db.task.findUniqueOrThrow({ where: { id: task.id } }));
    expect(Object.keys(latest)).toEqual([...REPORT_COLUMNS]);
  });

  it("finds nothing for a number of another agency or none at all", async () => {
    const task = await newTask([hung.id]);
    const other = await w.tdb.db.agency.create({ data: { name: "Sở khác", createdAt: new Date() } });
    const read = (agencyId: number, number: number) => transactionWithSql(w.tdb.db, (_tx, sql) => readReportTarget(sql, { agencyId, memberId: hung.id, ref: { number } }));
    expect(await read(other.id, task.number)).toBeNull();
    expect(await read(hung.agencyId, 99_999)).toBeNull();
  });
});

describe("a report through the raw statements", () => {
  it("writes the report and the task's progress exactly as the model API shows them afterwards", async () => {
    const db = w.tdb.db;
    const task = await newTask([hung.id, mai.id]);
    const out = await w.svc.progress.report(hung, task.id, { percent: 100, result: "Đã hoàn thành" });
    expect(out.report).toEqual(await db.progressReport.findUniqueOrThrow({ where: { id: out.report.id } }));
    expect(out.task).toEqual(await db.task.findUniqueOrThrow({ where: { id: task.id } }));
    expect(out.task).toMatchObject({ status: "DONE", percent: 100, completedAt: w.clock.now(), lastReportAt: w.clock.now() });
    // An edit takes it back: the raw update with the status cast on PostgreSQL.
    const edited = await w.svc.progress.editReport(hung, out.report.id, { percent: 40, result: "Chưa xong" });
    expect(edited.task).toEqual(await db.task.findUniqueOrThrow({ where: { id: task.id } }));
    expect(edited.task).toMatchObject({ status: "IN_PROGRESS", percent: 40, completedAt: null });
  });

  it("answers a repeated identical report again instead of writing it twice", async () => {
    const task = await newTask([hung.id]);
    const first = await w.svc.progress.report(hung, task.id, { percent: 50, result: "Một nửa", obstacles: "A\nB" });
    w.clock.advance(60_000);
    const again = await w.svc.progress.reportByNumber(hung, task.number, { percent: 50, result: "Một nửa", obstacles: "A\nB" });
    expect(again.report.id).toBe(first.report.id);
    expect(again.obstacleCount).toBe(2);
    expect(await w.tdb.db.progressReport.count({ where: { taskId: task.id } })).toBe(1);
  });
});
