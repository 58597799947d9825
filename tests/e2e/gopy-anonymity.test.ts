import { existsSync, readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { feedbackBatchJob } from "../../src/scheduler/jobs/feedback-batch.js";
import { TestBot, texts, type TestUser } from "../harness/test-bot.js";
import { seedAgency, Role } from "../harness/fixtures.js";
import { runJobNow } from "../harness/run-job.js";

/**
 * The promise of docs/anonymity.md, tested on the real artefacts: the SQLite
 * file and its WAL as bytes, and every log line the bot wrote.
 */
let t: TestBot;
afterEach(() => t?.close());

const SENDER = { id: 987654321, username: "nguoi_gop_y_bi_mat", first_name: "Bíẩn", last_name: "Ngườigửi" };
const CODE = /GY-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/;

async function join(userId: number, fullName: string) {
  const roster = t.deps.services.roster;
  const secretary = await t.db.member.findFirstOrThrow({ where: { role: Role.SECRETARY } });
  const invite = await roster.createInvite(secretary, Role.STAFF);
  await roster.joinWithInvite({ code: invite.code, user: t.identity(userId), profile: { fullName, position: "Chuyên viên" } });
}

async function sendFeedback(user: TestUser, category: string, text: string): Promise<string> {
  await user.send("/gopy");
  await user.click(category);
  await user.send(text);
  return CODE.exec(texts(await user.click("Gửi")))![0];
}

/** Every occurrence of `needle` in `hay`, with `before` bytes of left context. */
function occurrences(hay: Buffer, needle: Buffer, before: number): Buffer[] {
  const found: Buffer[] = [];
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) found.push(hay.subarray(Math.max(0, i - before), i));
  return found;
}

function databaseBytes(): Buffer {
  const wal = `${t.testDb.file}-wal`;
  return Buffer.concat([readFileSync(t.testDb.file), existsSync(wal) ? readFileSync(wal) : Buffer.alloc(0)]);
}

describe("anonymity of feedback", () => {
  it("leaves the sender's id, chat id, username and name nowhere in the database file, its WAL or the logs", async () => {
    t = TestBot.create({ now: "2026-03-02T02:30:00Z" });
    const { head, groupChat } = await seedAgency(t, { hung: { role: Role.HEAD, fullName: "Trần Văn Hùng" } }).then((s) => ({
      ...s,
      head: s.people.hung!.user,
    }));
    await join(SENDER.id, "Phạm Thị Hoa");
    const sender = t.user(SENDER);
    expect(sender.chatId).toBe(t.platformId(SENDER.id));

    // The membership row legitimately holds the id (it must: that is how the
    // bot knows the sender may use /gopy). Put everything written so far into
    // the main file so the WAL holds only what the scenario writes, and count.
    await t.db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    const idText = Buffer.from(t.platformId(SENDER.id));
    const before = occurrences(databaseBytes(), idText, 8);
    expect(before.length).toBeGreaterThan(0);
    const logStart = t.logLines.length;

    // Everything the sender does: a group attempt, a refused photo, a cancelled
    // draft, two submissions, following both; the committee handles them.
    await sender.in(groupChat).send("/gopy");
    await sender.send("/gopy");
    await sender.send("/huy");
    await sender.send("/gopy");
    await sender.click("Phản ánh");
    await sender.sendRaw({ photo: [{ file_id: "p", file_unique_id: "u", width: 1, height: 1 }] });
    await sender.send("Bảng chấm công tháng 2 bị ghi sai ngày nghỉ phép của tổ Hành chính.");
    const code1 = CODE.exec(texts(await sender.click("Gửi")))![0];
    const code2 = await sendFeedback(sender, "Kiến nghị", "Đề nghị lắp thêm quạt ở phòng một cửa.");
    // Erasing the dialogue is offered only where the platform can delete (not on Zalo).
    if (t.capabilities.deleting) await sender.click("xóa tin nhắn này");

    t.clock.set("2026-03-02T09:00:00Z");
    await runJobNow(t, feedbackBatchJob, new Date("2026-03-02T02:30:00Z"));
    await head.send("/gopy_nhan 1");
    await head.send("/traloi 1 Văn phòng đã sửa bảng chấm công.");
    await head.click("Đăng cả lên nhóm");
    await head.send("/traloi 2 Đã đưa vào kế hoạch mua sắm quý II.");
    await head.send("riêng");
    await head.send("/gopy_dong 2");
    await head.send("/gopy_ds tatca");
    expect(texts(await sender.send(`/theodoi ${code1}`))).toContain("Văn phòng đã sửa bảng chấm công");
    expect(texts(await sender.send(`/theodoi ${code2}`))).toContain("Trạng thái: Đã đóng");
    expect(await t.db.feedback.count()).toBe(2);
    expect(await t.db.feedbackReply.count()).toBe(2);

    // Raw bytes of the database file and its WAL (not checkpointed again).
    const bytes = databaseBytes();
    expect(existsSync(`${t.testDb.file}-wal`)).toBe(true);
    const after = occurrences(bytes, idText, 8);
    // No new copy of the id anywhere, and every copy is the membership record
    // or its index entries, where the platform name ("telegram", "zalo") precedes it.
    expect(after.length).toBe(before.length);
    for (const ctxBytes of after) expect(ctxBytes.toString("latin1").endsWith(t.platform)).toBe(true);
    // The id as a binary integer, as SQLite would store an INTEGER column.
    const asInt = Buffer.alloc(4);
    asInt.writeUInt32BE(SENDER.id);
    expect(bytes.indexOf(asInt)).toBe(-1);
    for (const s of [SENDER.username, SENDER.first_name, SENDER.last_name]) {
      for (const form of [s, s.normalize("NFD")]) {
        expect(bytes.indexOf(Buffer.from(form, "utf8")), form).toBe(-1);
        expect(bytes.indexOf(Buffer.from(form, "utf16le")), form).toBe(-1);
      }
    }
    // Nothing was kept for the sender's session either.
    expect(await t.db.sessionEntry.count({ where: { key: { contains: t.platformId(SENDER.id) } } })).toBe(0);

    // Logs: the committee's updates are logged, the sender's are not at all.
    const logs = t.logLines.slice(logStart).join("");
    expect(logs).toContain(t.platform === "zalo" ? `"user":"${t.platformId(101)}"` : '"user":101');
    for (const s of [t.platformId(SENDER.id), SENDER.username, SENDER.first_name, JSON.stringify(SENDER.first_name).slice(1, -1), SENDER.last_name]) {
      expect(logs.includes(s), s).toBe(false);
    }
    expect(logs).not.toContain("theodoi");
    expect(logs).not.toContain('"command":"/gopy"');
  });

  it("logs a crash in the anonymous flow by its error name only", async () => {
    t = TestBot.create({ now: "2026-03-02T02:30:00Z" });
    await seedAgency(t);
    await join(SENDER.id, "Phạm Thị Hoa");
    const sender = t.user(SENDER);
    t.deps.services.feedback.submit = () => Promise.reject(new Error(`disk full while writing for ${SENDER.id}`));
    await sender.send("/gopy");
    await sender.click("Khác");
    await sender.send("Nội dung");
    expect(texts(await sender.click("Gửi"))).toContain("Xin lỗi, bot vừa gặp sự cố");
    const logs = t.logLines.join("");
    expect(logs).toContain("error in an anonymous update");
    expect(logs).not.toContain("disk full");
    expect(logs).not.toContain(String(SENDER.id));
    expect(logs).not.toContain(t.platformId(SENDER.id));
    expect(logs).not.toContain("update_id");
  });

  it("gives two submissions by the same person nothing in common that a third person's lacks", async () => {
    t = TestBot.create({ now: "2026-03-02T02:30:00Z" });
    await seedAgency(t);
    await join(201, "Người Thứ Nhất");
    await join(202, "Người Thứ Hai");
    const p = t.user({ id: 201, username: "p_user" });
    const q = t.user({ id: 202, username: "q_user" });

    const tables = (await t.db.$queryRawUnsafe<{ name: string }[]>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'",
    )).map((r) => r.name);
    const countAll = async () => {
      const out: Record<string, number> = {};
      for (const name of tables) out[name] = Number((await t.db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT COUNT(*) AS n FROM "${name}"`))[0]!.n);
      return out;
    };
    const countsBefore = await countAll();

    // P, then Q, then P again: same day, same category.
    await sendFeedback(p, "Góp ý", "Nên tổ chức đối thoại định kỳ với công chức.");
    t.clock.advance(3_600_000);
    await sendFeedback(q, "Góp ý", "Nên công khai tiêu chí xét thi đua.");
    t.clock.advance(3_600_000);
    await sendFeedback(p, "Góp ý", "Nên có hòm thư góp ý ở tầng 1.");

    // Only Feedback rows were written: anonymous updates leave no duplicate-filter row (issue 14, finding 8).
    const countsAfter = await countAll();
    const grew = tables.filter((name) => countsAfter[name] !== countsBefore[name]).sort();
    expect(grew).toEqual(["Feedback"]);

    // Read the rows generically, every column, straight from the file.
    const raw = new Database(t.testDb.file, { readonly: true });
    const rows = raw.prepare('SELECT * FROM "Feedback" ORDER BY id').all() as Record<string, unknown>[];
    const columns = (raw.prepare('PRAGMA table_info("Feedback")').all() as { name: string }[]).map((c) => c.name);
    raw.close();
    expect(rows).toHaveLength(3);
    const [p1, qRow, p2] = rows as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
    for (const col of columns) {
      // Whatever P's two rows share, Q's row shares too: no column singles out a sender.
      if (p1[col] === p2[col]) expect(qRow[col], col).toBe(p1[col]);
    }
    // The same, for the day granularity: no time of day anywhere.
    expect(new Set(rows.map((r) => r.day))).toEqual(new Set(["2026-03-02"]));
    // The limits still tell P and Q apart, in memory only.
    const feedback = t.deps.services.feedback;
    expect(feedback.submissionsLeft(t.identity(201))).toBe(3);
    expect(feedback.submissionsLeft(t.identity(202))).toBe(4);
  });
});
