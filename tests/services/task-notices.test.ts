import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FakeClock } from "../../src/clock.js";
import type { Member } from "../../src/generated/prisma/client.js";
import type { Services } from "../../src/services/index.js";
import { createConclusionTask } from "../../src/services/meeting-task.js";
import { MeetingKind } from "../../src/services/meetings.js";
import { Role } from "../../src/services/roles.js";
import type { TestDb } from "../harness/test-db.js";
import { serviceWorld, TZ, type ServiceWorld } from "../harness/service-fixtures.js";

/**
 * Private notices of task and obstacle changes are queued in the outbox by the
 * services, in the transaction of the change (docs/tasks.md, "Notifications").
 */
let tdb: TestDb;
let clock: FakeClock;
let svc: Services;
let secretary: Member;
let hung: Member;
let mai: Member;

let world: ServiceWorld;

beforeEach(async () => {
  world = await serviceWorld();
  ({ tdb, clock, svc, secretary } = world);
  const join = world.join;
  hung = await join(Role.MEMBER, "Trần Văn Hùng", "2");
  mai = await join(Role.MEMBER, "Lê Thị Mai", "3");
  await svc.plan.createFromTemplate(secretary, 2026);
});
afterEach(() => tdb.close());

const outbox = () => tdb.db.outboxMessage.findMany({ orderBy: { id: "asc" } });

async function newTask(assigneeIds: number[], extra: { recurrence?: "QUARTERLY"; description?: string } = {}) {
  const section = await tdb.db.planSection.findFirstOrThrow({ where: { code: "2.2" } });
  return svc.tasks.assign(secretary, {
    sectionId: section.id,
    title: "Tuyên truyền Luật",
    assigneeIds,
    ...(extra.recurrence ? { recurrence: extra.recurrence } : { dueDate: new Date("2026-06-30T16:59:59.999Z") }),
    ...(extra.description ? { description: extra.description } : {}),
  });
}

describe("task notices", () => {
  it("assigning queues one private notice per assignee but the assigner, with the report button", async () => {
    const task = await newTask([hung.id, secretary.id, mai.id], { description: "Đăng trên cổng thông tin" });
    expect(task.notified.map((m) => m.fullName)).toEqual(["Trần Văn Hùng", "Lê Thị Mai"]);
    const rows = await outbox();
    expect(rows.map((r) => [r.chatId, r.memberId, r.agencyId, r.platform, r.dedupeKey])).toEqual([
      ["2", hung.id, secretary.agencyId, "telegram", `task-assigned:${task.id}:${hung.id}:${clock.now().getTime()}`],
      ["3", mai.id, secretary.agencyId, "telegram", `task-assigned:${task.id}:${mai.id}:${clock.now().getTime()}`],
    ]);
    expect(rows[0]!.text).toBe(
      `📌 Đồng chí được giao nhiệm vụ #${task.number}: Tuyên truyền Luật\nMục: 2.2. Công tác triển khai, tuyên truyền\nHạn: 30/06/2026\nMô tả: Đăng trên cổng thông tin\nBáo cáo tiến độ: chọn mục bên dưới hoặc gõ /baocao ${task.number} <phần trăm>% <nội dung>`,
    );
    expect(JSON.parse(rows[0]!.payload)).toEqual({
      choices: [[{ label: "📝 Báo cáo tiến độ", action: `bc:n:${task.number}`, typed: [`/baocao ${task.number}`] }]],
    });
  });

  it("a recurring task's notice shows the period's due date and the recurrence", async () => {
    await newTask([hung.id], { recurrence: "QUARTERLY" });
    expect((await outbox())[0]!.text).toContain("Hạn: 31/03/2026 (hằng quý)");
  });

  it("reassigning tells only the newly added; someone removed and added again later is told again", async () => {
    const task = await newTask([hung.id]);
    const first = await svc.tasks.reassign(secretary, task.number, [hung.id, mai.id]);
    expect(first.task.notified.map((m) => m.id)).toEqual([mai.id]);
    await svc.tasks.reassign(secretary, task.number, [hung.id]);
    clock.advance(60_000);
    await svc.tasks.reassign(secretary, task.number, [hung.id, mai.id]);
    const rows = await outbox();
    expect(rows.map((r) => r.memberId)).toEqual([hung.id, mai.id, mai.id]);
    expect(new Set(rows.map((r) => r.dedupeKey)).size).toBe(3);
  });

  it("the notice reports whether the assignee is already known to be unreachable", async () => {
    await tdb.db.member.update({ where: { id: mai.id }, data: { unreachableAt: clock.now() } });
    const task = await newTask([hung.id, mai.id]);
    expect(task.notified.map((m) => [m.fullName, m.unreachableAt !== null])).toEqual([
      ["Trần Văn Hùng", false],
      ["Lê Thị Mai", true],
    ]);
    // Still queued: they may have unblocked the bot; the sender finds out.
    expect(await tdb.db.outboxMessage.count({ where: { memberId: mai.id } })).toBe(1);
  });

  it("a refused assignment queues nothing", async () => {
    await expect(newTask([hung.id, 9999])).rejects.toThrow();
    expect(await outbox()).toEqual([]);
  });
});

describe("obstacle notices", () => {
  it("resolving queues the reporter's notice once; a resolver's own obstacle queues none", async () => {
    const task = await newTask([hung.id, secretary.id]);
    await svc.progress.report(hung, task.id, { percent: 30, result: "Đang làm", obstacles: "Thiếu kinh phí" });
    await svc.progress.report(secretary, task.id, { percent: 40, result: "Đang làm", obstacles: "Thiếu người" });
    const [mine, theirs] = [...(await svc.obstacles.listOpen(secretary.agencyId))].sort((a, b) => (a.memberId === secretary.id ? -1 : b.memberId === secretary.id ? 1 : 0));
    const before = (await outbox()).length;
    const r = await svc.obstacles.resolve(secretary, theirs!.id, "Bố trí kinh phí");
    expect(r.notified?.fullName).toBe("Trần Văn Hùng");
    const rows = (await outbox()).slice(before);
    expect(rows.map((x) => [x.chatId, x.memberId, x.dedupeKey])).toEqual([["2", hung.id, `obstacle-resolved:${theirs!.id}`]]);
    expect(rows[0]!.text).toContain("Cách giải quyết (Nguyễn Thị Lan): Bố trí kinh phí");
    expect((await svc.obstacles.resolve(secretary, mine!.id, "Tự lo")).notified).toBeNull();
    expect((await outbox()).length).toBe(before + 1);
  });

  it("a new obstacle is told at once to the head and the secretary, never to its reporter", async () => {
    const head = await world.join(Role.HEAD, "Võ Văn Kiệt", "9");
    const task = await newTask([hung.id, secretary.id]);
    let before = (await outbox()).length;
    await svc.progress.report(hung, task.id, { percent: 20, result: "Đã họp", obstacles: "Thiếu kinh phí\nChưa có tài liệu" });
    let rows = (await outbox()).slice(before);
    expect(rows.map((r) => r.memberId).sort()).toEqual([secretary.id, head.id].sort());
    expect(rows[0]!.text).toBe(
      `⚠️ Vướng mắc mới ở nhiệm vụ #${task.number} “Tuyên truyền Luật” do Trần Văn Hùng báo cáo:\n• Thiếu kinh phí\n• Chưa có tài liệu\nXem và giải quyết: /vuongmac`,
    );
    // The secretary reporting her own obstacle: only the head hears of it; no obstacle, no notice.
    before = (await outbox()).length;
    await svc.progress.report(secretary, task.id, { percent: 30, result: "Đang làm", obstacles: "Thiếu người" });
    await svc.progress.report(hung, task.id, { percent: 40, result: "Tiếp tục" });
    rows = (await outbox()).slice(before);
    expect(rows.map((r) => r.memberId)).toEqual([head.id]);
  });

  it("a reporter who has left the agency is not told", async () => {
    const task = await newTask([mai.id]);
    await svc.progress.report(mai, task.id, { percent: 30, result: "Đang làm", obstacles: "Thiếu kinh phí" });
    const [o] = await svc.obstacles.listOpen(secretary.agencyId);
    await tdb.db.member.update({ where: { id: mai.id }, data: { status: "LEFT" } });
    const before = (await outbox()).length;
    expect((await svc.obstacles.resolve(secretary, o!.id, "Bố trí kinh phí")).notified).toBeNull();
    expect((await outbox()).length).toBe(before);
  });
});

describe("conclusion task notices", () => {
  it("commit with the task or not at all", async () => {
    const meeting = await svc.meetings.schedule(secretary, { kind: MeetingKind.EXTRAORDINARY, startsAt: new Date("2026-03-03T07:00:00Z"), place: "Phòng họp" });
    clock.set("2026-03-03T09:00:00Z");
    const c = await svc.meetings.addConclusion(secretary, meeting.id, "Rà soát quy chế");
    const conclusion = await svc.meetings.getConclusion(secretary.agencyId, c.id);
    const tasksBefore = await tdb.db.task.count();
    const input = { actor: secretary, conclusion, assigneeIds: [hung.id], dueDate: null, now: clock.now(), timezone: TZ };
    // A crash after the task was written: neither the task nor its notice remains.
    await expect(
      tdb.db.$transaction(async (tx) => {
        await createConclusionTask(tx, input);
        throw new Error("crash");
      }),
    ).rejects.toThrow("crash");
    expect(await tdb.db.task.count()).toBe(tasksBefore);
    expect(await tdb.db.outboxMessage.count({ where: { memberId: hung.id } })).toBe(0);

    const r = await svc.meetings.conclusionToTask(secretary, c.id, { assigneeIds: [hung.id, secretary.id], dueDate: null });
    expect(r.notified.map((m) => m.id)).toEqual([hung.id]);
    const rows = await tdb.db.outboxMessage.findMany({ where: { memberId: hung.id } });
    expect(rows.map((x) => x.text)).toEqual([
      `📌 Đồng chí được giao nhiệm vụ số ${r.taskNumber} từ kết luận cuộc họp Ban Chỉ đạo (người giao: Nguyễn Thị Lan); hạn: không có hạn. Xem: /nhiemvu`,
    ]);
  });
});
