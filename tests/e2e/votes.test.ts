import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { voteCloseJob } from "../../src/scheduler/jobs/vote-close.js";
import { TestBot, texts, type TestUser } from "../harness/test-bot.js";
import { Role, seedAgency, type SeededAgency } from "../harness/fixtures.js";
import { runJobNow } from "../harness/run-job.js";

/** Votes (docs/votes.md) through the chat, with buttons and typed (QCDC_TEST_BUTTONS=off). */
let t: TestBot;
let a: SeededAgency;
let lan: TestUser;
let hung: TestUser;
let hoa: TestUser;
let minh: TestUser;
let thu: TestUser;
let tu: TestUser;

beforeEach(async () => {
  t = TestBot.create({ now: "2026-03-02T01:00:00Z" }); // Monday 02/03/2026 08:00 in Vietnam
  a = await seedAgency(t, {
    hung: { role: Role.HEAD, fullName: "Trần Văn Hùng", position: "Chánh Thanh tra" },
    hoa: { role: Role.DEPUTY, fullName: "Lê Thị Hoa" },
    minh: { role: Role.MEMBER, fullName: "Phạm Văn Minh" },
    thu: { role: Role.MEMBER, fullName: "Đỗ Thị Thu" },
    tu: { role: Role.STAFF, fullName: "Ngô Văn Tư" },
  });
  lan = a.secretary.user;
  const user = (key: string) => a.people[key]!.user;
  [hung, hoa, minh, thu, tu] = [user("hung"), user("hoa"), user("minh"), user("thu"), user("tu")];
});
afterEach(() => t.close());

const SECRET = "/bieuquyet moi ban chỉ đạo | kín | 05/03/2026 17:00 | Thông qua dự thảo Quy chế chi tiêu nội bộ năm 2026";

async function everyRowCount(): Promise<number> {
  const names = (await t.db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'Vote%'")).map((r) => r.name);
  let n = 0;
  for (const name of names) n += Number((await t.db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT COUNT(*) AS n FROM "${name}"`))[0]!.n);
  return n + (await t.db.outboxMessage.count());
}

describe("/bieuquyet", () => {
  it("is listed by /trogiup with /guongdienhinh, for staff too", async () => {
    const help = texts(await tu.send("/trogiup"));
    expect(help).toContain("/bieuquyet — các cuộc biểu quyết đang chờ đồng chí");
    expect(help).toContain("/guongdienhinh — đợt xét gương điển hình tiên tiến năm nay");
  });

  it("runs a secret vote of 5: the right result, posted once at the deadline, and no link between a person and a ballot", async () => {
    // Bad input: a clear answer, nothing written.
    const bad: [string, string][] = [
      ["/bieuquyet moi ban chỉ đạo | kín | 01/03/2026 17:00 | Thông qua quy chế", "Hạn biểu quyết đã qua"],
      ["/bieuquyet moi ban giám khảo | kín | 05/03/2026 | Thông qua quy chế", "Đối tượng chưa đúng"],
      ["/bieuquyet moi ban chỉ đạo | bí ẩn | 05/03/2026 | Thông qua quy chế", "Hình thức chưa đúng"],
      ["/bieuquyet moi ban chỉ đạo | kín | 31/02/2026 | Thông qua quy chế", "Hạn chưa đúng"],
      ["/bieuquyet moi ban chỉ đạo | kín", "Cú pháp: /bieuquyet moi"],
      ["/bieuquyet moi tất cả | công khai | 05/03/2026 | Chọn ngày | Thứ Sáu", "Cần từ 2 đến 10 phương án"],
    ];
    for (const [line, answer] of bad) expect(texts(await lan.send(line)), line).toContain(answer);
    expect(texts(await minh.send(SECRET))).toContain("Chỉ Trưởng ban và Thư ký");
    expect(await everyRowCount()).toBe(0);

    expect(texts(await lan.send(SECRET))).toContain("Đã mở biểu quyết số 1 cho 5 người");
    const notices = await t.flushOutbox();
    expect(notices.map((m) => m.chatId).sort()).toEqual([lan, hung, hoa, minh, thu].map((u) => u.chatId).sort());
    expect(notices[0]!.text).toContain("Biểu quyết số 1 (bỏ phiếu kín, hạn 17:00 05/03/2026)");

    // Three by the notice's choice (button, or its typed form), two typed.
    expect(texts(await lan.click("Tán thành"))).toContain("Đã ghi nhận phiếu của đồng chí cho biểu quyết số 1");
    expect(texts(await hung.click("Không tán thành"))).toContain("Đã ghi nhận phiếu");
    expect(texts(await hoa.send("/bieuquyet 1 tan thanh"))).toContain("Đã ghi nhận phiếu");
    expect(texts(await minh.send("/bieuquyet 1 3"))).toContain("Đã ghi nhận phiếu");
    // From the list: /bieuquyet shows the open vote with its choices.
    expect(texts(await thu.send("/bieuquyet"))).toContain("Thông qua dự thảo Quy chế chi tiêu nội bộ");
    expect(texts(await thu.click("Tán thành"))).toContain("Đã ghi nhận phiếu");

    // Refused, nothing written: a second vote, someone outside the audience, a result before the end.
    const rows = await everyRowCount();
    expect(texts(await lan.send("/bieuquyet 1 2"))).toContain("đã bỏ phiếu cho biểu quyết số 1; mỗi người chỉ bỏ một phiếu");
    expect(texts(await tu.send("/bieuquyet 1 1"))).toContain("không thuộc đối tượng của biểu quyết số 1");
    expect(texts(await hung.send("/bieuquyet 1 7"))).toContain("chỉ có các phương án từ 1 đến 3");
    expect(texts(await hung.send("/bieuquyet ketqua 1"))).toContain("chưa kết thúc");
    expect(await everyRowCount()).toBe(rows);

    // The deadline: the job closes it and posts the result once.
    t.clock.set("2026-03-05T10:00:00Z");
    expect(texts(await hoa.send("/bieuquyet 1 2"))).toContain("đã kết thúc");
    expect(await runJobNow(t, voteCloseJob, new Date("2026-03-05T09:00:00Z"))).toHaveLength(1);
    const posted = await t.flushOutbox();
    expect(posted.map((m) => m.chatId)).toEqual([a.groupChatId]);
    expect(posted[0]!.text).toContain("• Tán thành: 3 phiếu");
    expect(posted[0]!.text).toContain("• Không tán thành: 1 phiếu");
    expect(posted[0]!.text).toContain("• Không biểu quyết: 1 phiếu");
    expect(posted[0]!.text).toContain("Đã bỏ phiếu 5/5 người");
    expect(posted[0]!.text).not.toContain("từng người đã chọn");
    expect(await runJobNow(t, voteCloseJob, new Date("2026-03-05T09:00:00Z"))).toHaveLength(0);
    expect(await t.flushOutbox()).toEqual([]);
    expect(texts(await tu.send("/bieuquyet dong 1"))).toContain("Chỉ Trưởng ban và Thư ký");
    expect(texts(await lan.send("/bieuquyet dong 1"))).toContain("đã kết thúc trước đó");
    expect(texts(await hung.send("/bieuquyet ketqua 1"))).toContain("Tán thành: 3 phiếu");

    // What a database administrator finds: marks without choices, counts without people,
    // and no session row or log line with a ballot in it.
    const raw = new Database(t.testDb.file, { readonly: true });
    expect(raw.prepare('SELECT COUNT(*) AS n FROM "VoteVoter" WHERE voted = 1 AND choice IS NULL').get()).toEqual({ n: 5 });
    expect(raw.prepare('SELECT * FROM "VoteBox"').all()).toEqual([{ voteId: 1, counts: "[3,1,1]" }]);
    const sessions = raw.prepare('SELECT value FROM "SessionEntry"').all() as { value: string }[];
    raw.close();
    for (const s of sessions) expect(s.value).not.toContain("bq:v:");
    const logs = t.logLines.join("");
    expect(logs).not.toContain("bq:v:");
    expect(logs).not.toContain("tan thanh");
  });

  it("runs an open vote of the whole agency: the committee sees who chose what once it is closed, the staff only the counts", async () => {
    expect(texts(await lan.send("/bieuquyet moi tất cả | công khai | 05/03/2026 | Chọn ngày tổ chức Hội nghị công chức, người lao động | Thứ Sáu 20/03; Thứ Bảy 21/03"))).toContain(
      "cho 6 người",
    );
    await t.flushOutbox();
    expect(texts(await tu.click("Thứ Bảy"))).toContain("đồng chí chọn “Thứ Bảy 21/03”");
    expect(texts(await hung.send("/bieuquyet 1 1"))).toContain("chọn “Thứ Sáu 20/03”");
    expect(texts(await minh.send("/bieuquyet 1 thu sau 20/03"))).toContain("chọn “Thứ Sáu 20/03”");
    expect(texts(await tu.send("/bieuquyet ketqua 1"))).toContain("chưa kết thúc");
    const closed = texts(await lan.send("/bieuquyet dong 1"));
    expect(closed).toContain("Đã kết thúc biểu quyết số 1");
    expect(closed).toContain("• Ngô Văn Tư: Thứ Bảy 21/03");
    expect(closed).toContain("• Lê Thị Hoa: không bỏ phiếu");
    const staffView = texts(await tu.send("/bieuquyet ketqua 1"));
    expect(staffView).toContain("• Thứ Sáu 20/03: 2 phiếu");
    expect(staffView).not.toContain("Trần Văn Hùng");
    // The group is the committee's: the result there names the voters, and is posted once.
    const posted = (await t.flushOutbox()).filter((m) => m.chatId === a.groupChatId);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.text).toContain("• Trần Văn Hùng: Thứ Sáu 20/03");
    expect(await runJobNow(t, voteCloseJob, new Date("2026-03-02T00:00:00Z"), new Date("2026-03-06T00:00:00Z"))).toHaveLength(0);
    expect(texts(await lan.send("/bieuquyet ds"))).toContain("Số 1: Chọn ngày tổ chức Hội nghị công chức, người lao động — đã kết thúc, đã bỏ phiếu 3/6");
  });

  it("posts the result once from the real scheduler, after a restart, and after downtime longer than its look-back", async () => {
    await lan.send(SECRET);
    await lan.send("/bieuquyet moi ban chỉ đạo | công khai | 06/03/2026 | Thông qua lịch họp quý II");
    await t.flushOutbox();
    await hung.send("/bieuquyet 1 1");
    await hung.send("/bieuquyet 2 1");
    t.clock.set("2026-03-05T10:00:30Z");
    await new Scheduler(t.deps, [voteCloseJob]).tick();
    // A second process (or a restart) ticking again finds the JobRun row and the closed vote.
    await new Scheduler(t.deps, [voteCloseJob]).tick();
    const first = (await t.flushOutbox()).filter((m) => m.chatId === a.groupChatId);
    expect(first).toHaveLength(1);
    expect(first[0]!.text).toContain("Kết quả biểu quyết số 1");
    // Vote 2's deadline passes while the bot is down for 20 days (the look-back is 8): still posted, once.
    t.clock.set("2026-03-26T02:00:00Z");
    await new Scheduler(t.deps, [voteCloseJob]).tick();
    await new Scheduler(t.deps, [voteCloseJob]).tick();
    const late = (await t.flushOutbox()).filter((m) => m.chatId === a.groupChatId);
    expect(late).toHaveLength(1);
    expect(late[0]!.text).toContain("• Trần Văn Hùng: Tán thành");
  });
});
