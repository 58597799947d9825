import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TestBot, texts, choiceLabels, choicesShown } from "../harness/test-bot.js";
import { TEST_ZALO_LINK } from "../harness/fake-zalo.js";
import { loadPlanTemplate } from "../../src/services/plan-template.js";
import { seedPlanAgency } from "./plan-helpers.js";

let t: TestBot;
beforeEach(() => {
  // Monday 2 March 2026, 08:00 in Vietnam.
  t = TestBot.create({ now: "2026-03-02T01:00:00Z" });
});
afterEach(() => t.close());

const template = loadPlanTemplate("qcdc");
const templateTaskCount = template.sections.reduce((n, s) => n + s.tasks.length, 0);
const NEW_TASK = templateTaskCount + 1;

/** The secretary assigns one task in section 2.2 to Hùng and Mai through /giaoviec. */
async function assignToTwo(s: Awaited<ReturnType<typeof seedPlanAgency>>) {
  const sec = s.secretary.user;
  expect(texts(await sec.send("/giaoviec"))).toContain("thuộc mục nào");
  expect(texts(await sec.click("2.2."))).toContain("Nhập tên nhiệm vụ");
  expect(texts(await sec.send("Tuyên truyền Luật Thực hiện dân chủ ở cơ sở trên cổng thông tin"))).toContain("Giao cho ai?");
  await sec.click("Trần Văn Hùng");
  await sec.click("Lê Thị Mai");
  expect(choiceLabels(sec.inbox().at(-1)!).filter((label) => label.startsWith("✅")).sort()).toEqual([
    "✅ Lê Thị Mai",
    "✅ Trần Văn Hùng",
  ]);
  expect(texts(await sec.click("Xong"))).toContain("Hạn hoàn thành?");
  expect(texts(await sec.send("30/06/2026"))).toContain("Mô tả thêm");
  const confirm = texts(await sec.click("Bỏ qua"));
  expect(confirm).toContain("Người thực hiện: Trần Văn Hùng, Lê Thị Mai");
  expect(confirm).toContain("Hạn: 30/06/2026");
  return sec.click("Xác nhận");
}

describe("plan, tasks and progress reports", () => {
  it("goes from the template to resolved obstacles, with the numbers shown right", async () => {
    const s = await seedPlanAgency(t);
    const { hung, mai } = s.people as Record<string, (typeof s.people)[string]>;
    const sec = s.secretary.user;

    // 1. The plan from the template.
    const created = texts(await sec.send("/taokehoach"));
    expect(created).toContain(`Kế hoạch thực hiện Quy chế dân chủ năm 2026`);
    expect(created).toContain(`${template.sections.length} mục, ${templateTaskCount} nhiệm vụ`);
    expect(await t.db.planSection.count()).toBe(7);
    expect(await t.db.task.count()).toBe(templateTaskCount);
    expect(texts(await sec.send("/taokehoach"))).toContain("Kế hoạch năm 2026 đã có");

    // 2. Assigning one task to two members; both are told privately, with a report button.
    const done = texts(await assignToTwo(s));
    expect(done).toContain(`Đã giao nhiệm vụ #${NEW_TASK}`);
    expect(done).toContain("Bot sẽ nhắn riêng cho Trần Văn Hùng, Lê Thị Mai.");
    // The notices were queued with the task (same transaction), not sent by the command.
    const newTask = await t.db.task.findFirstOrThrow({ where: { number: NEW_TASK } });
    const queued = await t.db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: `task-assigned:${newTask.id}:` } }, orderBy: { id: "asc" } });
    expect(queued.map((m) => [m.chatId, m.memberId, m.agencyId, m.status])).toEqual([
      [hung!.user.chatId, hung!.member.id, newTask.agencyId, "PENDING"],
      [mai!.user.chatId, mai!.member.id, newTask.agencyId, "PENDING"],
    ]);
    expect(queued[0]!.createdAt).toEqual(newTask.createdAt);
    expect(hung!.user.inbox().some((m) => m.text.includes(`nhiệm vụ #${NEW_TASK}`))).toBe(false);
    const flushed = await t.flushOutbox();
    expect(flushed.map((m) => m.chatId).sort()).toEqual([hung!.user.chatId, mai!.user.chatId].sort());
    expect(await t.flushOutbox()).toEqual([]); // nothing is sent twice
    expect(await t.db.outboxMessage.count({ where: { id: { in: queued.map((m) => m.id) }, status: "SENT" } })).toBe(2);
    for (const p of [hung!, mai!]) {
      const notice = p.user.inbox().at(-1)!;
      expect(notice.text).toContain(`Đồng chí được giao nhiệm vụ #${NEW_TASK}`);
      expect(notice.text).toContain("Hạn: 30/06/2026");
      expect(choiceLabels(notice)).toContain("📝 Báo cáo tiến độ");
    }
    const task = await t.db.task.findFirstOrThrow({ where: { number: NEW_TASK }, include: { assignees: true } });
    expect(task.assignees.map((a) => a.memberId).sort()).toEqual([hung!.member.id, mai!.member.id].sort());

    // 3. Hùng reports 50 % with an obstacle, from the button under the notice.
    expect(texts(await hung!.user.click("Báo cáo tiến độ"))).toContain("bao nhiêu phần trăm");
    expect(texts(await hung!.user.click("50%"))).toContain("Kết quả đã làm được?");
    expect(texts(await hung!.user.send("Đã xây dựng dự thảo bài viết"))).toContain("vướng mắc");
    expect(texts(await hung!.user.send("Chưa có kinh phí in tài liệu"))).toContain("đề xuất");
    const preview = texts(await hung!.user.click("Không có"));
    expect(preview).toContain("Tiến độ: 50%");
    expect(preview).toContain("Vướng mắc: Chưa có kinh phí in tài liệu");
    expect(texts(await hung!.user.click("Gửi"))).toContain(`Đã ghi báo cáo nhiệm vụ #${NEW_TASK}: 50%`);
    let reports = await t.db.progressReport.findMany();
    expect(reports).toHaveLength(1);
    expect(await t.db.obstacle.count({ where: { status: "OPEN" } })).toBe(1);
    // The head and the secretary hear of the new obstacle at once (not Hùng himself).
    const raised = await t.flushOutbox();
    expect(raised.map((m) => m.chatId).sort()).toEqual([sec.chatId, s.people.head!.user.chatId].sort());
    expect(raised[0]!.text).toContain("Vướng mắc mới ở nhiệm vụ");
    expect(raised[0]!.text).toContain("• Chưa có kinh phí in tài liệu");

    // ... then edits it (within 24 h): 60 %, a different obstacle.
    t.clock.advance(3 * 3600_000);
    expect(texts(await hung!.user.send(`/suabaocao ${NEW_TASK}`))).toContain("bao nhiêu phần trăm");
    await hung!.user.send("60");
    await hung!.user.send("Đã hoàn thiện dự thảo, chờ duyệt");
    await hung!.user.send("Chưa có kinh phí in tài liệu tuyên truyền");
    expect(texts(await hung!.user.send("không"))).toContain("Xem lại báo cáo (sửa)");
    expect(texts(await hung!.user.send("gửi"))).toContain(`Đã sửa báo cáo nhiệm vụ #${NEW_TASK}: 60%`);
    reports = await t.db.progressReport.findMany();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ percent: 60, result: "Đã hoàn thiện dự thảo, chờ duyệt" });
    expect(reports[0]!.editedAt).not.toBeNull();
    const obstacles = await t.db.obstacle.findMany();
    expect(obstacles.map((o) => o.text)).toEqual(["Chưa có kinh phí in tài liệu tuyên truyền"]);
    expect((await t.db.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("IN_PROGRESS");

    // 4. Mai reports done with the one-line form.
    t.clock.advance(3600_000);
    expect(texts(await mai!.user.send(`/baocao ${NEW_TASK} 100% Đã đăng 3 bài trên cổng thông tin`))).toContain(
      `Đã ghi báo cáo nhiệm vụ #${NEW_TASK}: 100%`,
    );
    expect(await t.db.progressReport.count()).toBe(2);
    expect((await t.db.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("DONE");

    // 5. /tiendo and /kehoach show exactly these numbers.
    const total = templateTaskCount + 1;
    const progress = texts(await sec.send("/tiendo"));
    expect(progress).toContain(`Tổng: 1/${total} hoàn thành · 0 đang thực hiện · 0 quá hạn · ${total - 1} chưa thực hiện`);
    const section22 = template.sections.find((x) => x.code === "2.2")!.tasks.length + 1;
    expect(progress).toContain(`2.2. Công tác triển khai, tuyên truyền\n${"█".repeat(Math.round(10 / section22))}`);
    expect(progress).toContain(`1/${section22} · 0 đang thực hiện · 0 quá hạn · ${section22 - 1} chưa thực hiện`);
    expect(progress).toContain("Không có nhiệm vụ quá hạn.");
    const plan = (await sec.send("/kehoach")).map((m) => m.text);
    const allPages = [plan.join("\n")];
    // Follow the pages to find the task line.
    for (let page = 2; page <= 5 && allPages.join("").includes(`/kehoach ${page}`); page++) {
      allPages.push(texts(await sec.send(`/kehoach ${page}`)));
    }
    const joined = allPages.join("\n");
    expect(joined).toContain(`(1/${total} nhiệm vụ hoàn thành)`);
    expect(joined).toContain(
      `#${NEW_TASK} Tuyên truyền Luật Thực hiện dân chủ ở cơ sở trên cổng thông tin\n👤 Trần Văn Hùng, Lê Thị Mai · ⏰ 30/06/2026 · 100% hoàn thành`,
    );

    // Weeks later, the Q1 tasks are overdue and listed with owners.
    t.clock.set("2026-04-05T01:00:00Z");
    // /tiendo pages its overdue list (one message per page): read every page.
    let later = texts(await sec.send("/tiendo"));
    for (let page = 2; later.includes(`/tiendo ${page}`); page++) later += `\n${texts(await sec.send(`/tiendo ${page}`))}`;
    const q1 = template.sections.flatMap((x) => x.tasks).filter((x) => x.due === "Q1-end" || x.due === "03-31").length;
    expect(later).toContain(`${q1} quá hạn`);
    expect(later).toContain(`Nhiệm vụ quá hạn (${q1}):`);
    expect(later).toContain("Sửa đổi, bổ sung Quy chế hoạt động của Ban Chỉ đạo cơ quan — hạn 31/03/2026 — chưa giao (0%)");

    // 6. The head resolves the obstacle; Hùng is told.
    const head = s.people.head!.user;
    const list = texts(await head.send("/vuongmac"));
    expect(list).toContain("“Chưa có kinh phí in tài liệu tuyên truyền” — Trần Văn Hùng, 02/03/2026");
    const id = obstacles[0]!.id;
    expect(texts(await head.click(`Giải quyết [${id}]`))).toContain("Nhập cách giải quyết");
    expect(texts(await head.send("Văn phòng bố trí kinh phí từ nguồn chi thường xuyên"))).toContain("Bot sẽ nhắn riêng cho Trần Văn Hùng.");
    const notice = await t.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `obstacle-resolved:${id}` } });
    expect(notice).toMatchObject({ chatId: hung!.user.chatId, memberId: hung!.member.id, status: "PENDING" });
    expect(hung!.user.lastText()).not.toContain("đã được giải quyết");
    expect((await t.flushOutbox()).map((m) => m.chatId)).toEqual([hung!.user.chatId]);
    expect(await t.flushOutbox()).toEqual([]);
    const told = hung!.user.lastText();
    expect(told).toContain("đã được giải quyết");
    expect(told).toContain("Cách giải quyết (Võ Minh Tâm): Văn phòng bố trí kinh phí từ nguồn chi thường xuyên");
    expect(await t.db.obstacle.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "RESOLVED", resolvedById: s.people.head!.member.id });
    expect(texts(await head.send("/vuongmac"))).toContain("Không có vướng mắc nào");
  });

  it("staff see only the plan summary in /tiendo", async () => {
    const s = await seedPlanAgency(t);
    await s.secretary.user.send("/taokehoach");
    const r = texts(await s.people.nam!.user.send("/tiendo"));
    expect(r).toContain(`Tổng: 0/${templateTaskCount} hoàn thành`);
    expect(r).toContain("dành cho thành viên Ban Chỉ đạo");
    expect(r).not.toContain("2.1.");
  });

  it("/nhiemvu lists my tasks overdue first, with the last report", async () => {
    const s = await seedPlanAgency(t);
    const sec = s.secretary.user;
    await sec.send("/taokehoach");
    // Task 1 is due at the end of Q2, task 2 at the end of Q1; both go to Hùng.
    await sec.send(`/suanv 1 giao ${s.people.hung!.member.id}`);
    await sec.send(`/suanv 2 giao ${s.people.hung!.member.id}`);
    await s.people.hung!.user.send("/baocao 1 20% Đã phân công người soạn");
    t.clock.set("2026-04-02T01:00:00Z");
    const r = texts(await s.people.hung!.user.send("/nhiemvu"));
    expect(r).toContain("Nhiệm vụ của Trần Văn Hùng (2)");
    expect(r).toContain("#2 [quá hạn]");
    expect(r).toMatch(/#1 \[đang thực hiện\][^\n]*\n⏰ 30\/06\/2026 · 20% · báo cáo gần nhất: 02\/03\/2026/);
    expect(r.indexOf("#2 [")).toBeLessThan(r.indexOf("#1 ["));
  });

  it("/baocao in the group only offers the private chat, and /start baocao opens the flow", async () => {
    const s = await seedPlanAgency(t);
    await s.secretary.user.send("/taokehoach");
    await s.secretary.user.send(`/suanv 3 giao ${s.people.hung!.member.id}`);
    const inGroup = await s.people.hung!.user.in(s.groupChat).send("/baocao 3 50% trong nhóm");
    expect(texts(inGroup)).toContain("tin nhắn riêng");
    // Zalo's share link carries no payload: the person opens the chat and types /baocao there.
    expect(choicesShown(inGroup[0]!)[0]!.url).toBe(t.capabilities.deepLinkPayload ? "https://t.me/qcdc_test_bot?start=baocao" : TEST_ZALO_LINK);
    expect(await t.db.progressReport.count()).toBe(0);
    // One open task: the choice is skipped.
    expect(texts(await s.people.hung!.user.send("/start baocao"))).toContain("Nhiệm vụ #3");
  });
});
