import { existsSync, readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { Role } from "../../src/generated/prisma/enums.js";
import { dialogueBatchJob } from "../../src/scheduler/jobs/dialogue-batch.js";
import { seedAgency } from "../harness/fixtures.js";
import { runJobNow } from "../harness/run-job.js";
import { TEST_PLATFORM, TestBot, texts, type TestUser } from "../harness/test-bot.js";

/**
 * docs/anonymity.md applied to anonymous questions to a dialogue
 * (docs/dialogue.md): every row of every table before and after the
 * questions, the raw bytes of the SQLite file and its WAL, and every log line.
 * Unlike anonymous answers to a consultation there is no "has asked" mark at
 * all: only the question rows may change.
 */
let t: TestBot;
afterEach(() => t?.close());

const START = "2026-03-02T02:00:00Z";
const P = { id: 987654321, username: "nguoi_hoi_p", first_name: "Bíẩn", last_name: "Thứnhất" };
const Q = { id: 987654322, username: "nguoi_hoi_q", first_name: "Kínđáo", last_name: "Thứhai" };
const P_TEXT = ["Đề nghị công khai định mức khoán xăng xe năm tới.", "Đề nghị cho biết vì sao chưa chi tiền làm thêm giờ quý III."];
const Q_TEXT = "Đề nghị bố trí phòng nghỉ trưa cho người lao động.";
const FORM = "/doithoai_moi\nChủ đề: Chế độ, chính sách đối với công chức\nThời gian: 10/03/2026 14:00\nĐịa điểm: Hội trường\nĐối tượng: tất cả";

async function join(userId: number, fullName: string) {
  const roster = t.deps.services.roster;
  const secretary = await t.db.member.findFirstOrThrow({ where: { role: Role.SECRETARY } });
  const invite = await roster.createInvite(secretary, Role.STAFF);
  return roster.joinWithInvite({ code: invite.code, user: t.identity(userId), profile: { fullName, position: "Chuyên viên" } });
}

function databaseBytes(): Buffer {
  const wal = `${t.testDb.file}-wal`;
  return Buffer.concat([readFileSync(t.testDb.file), existsSync(wal) ? readFileSync(wal) : Buffer.alloc(0)]);
}

function count(hay: Buffer, needle: Buffer): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

/** Every row of every table, read straight from the file, keyed by table. */
function snapshot(): Record<string, Record<string, unknown>[]> {
  const raw = new Database(t.testDb.file, { readonly: true });
  try {
    const tables = (raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name);
    return Object.fromEntries(tables.map((name) => [name, raw.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() as Record<string, unknown>[]]));
  } finally {
    raw.close();
  }
}

async function scenario(): Promise<{ p: TestUser; q: TestUser }> {
  t = TestBot.create({ now: START });
  await seedAgency(t);
  await join(Q.id, "Bùi Thị Quyên");
  await join(P.id, "Phạm Văn Phúc");
  const sec = t.user({ id: 100, first_name: "Lan" });
  expect(texts(await sec.send(FORM))).toContain("Đã gửi thông báo tới 3 người");
  await t.flushOutbox();
  return { p: t.user(P), q: t.user(Q) };
}

const code = (reply: string) => /(DT-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(reply)![1]!;

describe("anonymity of questions to a dialogue", () => {
  it("writes only question rows without identity or time, and nothing else anywhere", async () => {
    const { p, q } = await scenario();
    await t.db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    const before = snapshot();
    const idText = Buffer.from(t.platformId(P.id));
    const idsBefore = count(databaseBytes(), idText);
    const logStart = t.logLines.length;

    const codes = [code(texts(await p.send(`/hoi_an 1 ${P_TEXT[0]}`)))];
    // The question's pages were checkpointed and the WAL truncated at once: no frame keeps them beside other writes.
    const wal = `${t.testDb.file}-wal`;
    expect(existsSync(wal) ? readFileSync(wal).indexOf(Buffer.from(P_TEXT[0]!)) : -1).toBe(-1);
    t.clock.advance(3_600_000);
    codes.push(code(texts(await q.send(`/hoi_an 1 ${Q_TEXT}`))));
    codes.push(code(texts(await p.send(`/hoi_an 1 ${P_TEXT[1]}`))));
    // Reading an answer with the code writes nothing either.
    expect(texts(await p.send(`/hoi_xem ${codes[0]}`))).toContain("đang chờ chuyển");
    const after = snapshot();

    const changed = Object.keys(after).filter((name) => JSON.stringify(after[name]) !== JSON.stringify(before[name]));
    // No mark, no duplicate-filter row, no session, no audit row, no outbox message.
    expect(changed).toEqual(["DialogueAnonymousQuestion"]);
    const rows = after.DialogueAnonymousQuestion!;
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0]!).sort()).toEqual(["answer", "answeredById", "codeHash", "delivered", "dialogueId", "id", "number", "taskId", "text"]);
    for (const row of rows) expect(row).toMatchObject({ dialogueId: 1, delivered: 0, number: null, answer: null, answeredById: null, taskId: null });
    // Unlinkability: P's two rows share nothing that Q's row lacks (only the dialogue, which all share).
    const [p1, q1, p2] = rows;
    for (const col of Object.keys(p1!)) if (p1![col] === p2![col]) expect(q1![col], col).toBe(p1![col]);
    // The receipt codes are not stored, only their hashes.
    const bytes = databaseBytes();
    for (const c of codes) expect(bytes.indexOf(Buffer.from(c.replace(/^DT-/, "").replace(/-/g, "")))).toBe(-1);

    // Raw bytes: no new copy of the platform id, not as a 4-byte integer, no username or name anywhere.
    expect(count(bytes, idText)).toBe(idsBefore);
    if (TEST_PLATFORM !== "zalo") {
      const asInt = Buffer.alloc(4);
      asInt.writeUInt32BE(P.id);
      expect(bytes.indexOf(asInt)).toBe(-1);
    }
    for (const s of [P.username, P.first_name, P.last_name, Q.username, Q.first_name, Q.last_name]) {
      for (const form of [s, s.normalize("NFD")]) {
        expect(bytes.indexOf(Buffer.from(form, "utf8")), form).toBe(-1);
        expect(bytes.indexOf(Buffer.from(form, "utf16le")), form).toBe(-1);
      }
    }
    expect(await t.db.sessionEntry.count({ where: { key: { contains: t.platformId(P.id) } } })).toBe(0);

    // Logs: nothing of either person's anonymous updates.
    const logs = t.logLines.slice(logStart).join("");
    for (const s of [t.platformId(P.id), t.platformId(Q.id), P.username, Q.username, P.first_name, JSON.stringify(P.first_name).slice(1, -1), "hoi_an", "hoi_xem", "update_id"]) {
      expect(logs.includes(s), s).toBe(false);
    }

    // Delivered in a batch at the start with numbers given then; the organiser reads no name.
    t.clock.set("2026-03-10T07:00:00Z");
    await runJobNow(t, dialogueBatchJob, new Date(START));
    expect(snapshot().DialogueAnonymousQuestion!.map((r) => r.delivered)).toEqual([1, 1, 1]);
    await t.flushOutbox();
    const batch = t.user({ id: 100 }).lastText();
    expect(batch).toContain("3 câu hỏi mới");
    expect(batch.split("— Câu hỏi ẩn danh:").length - 1).toBe(3);
    expect(batch).not.toContain("Phạm Văn Phúc");
  });

  it("logs a crash in an anonymous question by its error name only", async () => {
    const { p } = await scenario();
    t.deps.services.dialogues.askAnonymously = () => Promise.reject(new Error(`disk full while writing for ${P.id}`));
    const logStart = t.logLines.length;
    expect(texts(await p.send(`/hoi_an 1 ${P_TEXT[0]}`))).toContain("Xin lỗi, bot vừa gặp sự cố");
    const logs = t.logLines.slice(logStart).join("");
    expect(logs).toContain("error in an anonymous update");
    expect(logs).not.toContain("disk full");
    expect(logs).not.toContain(t.platformId(P.id));
  });

  it("refuses an anonymous question in a group without taking the text, and logs nothing of it", async () => {
    const { p } = await scenario();
    const logStart = t.logLines.length;
    await p.in(t.group({ id: -1001234567890 })).send(`/hoi_an 1 ${P_TEXT[0]}`);
    expect(await t.db.dialogueAnonymousQuestion.count()).toBe(0);
    expect(t.logLines.slice(logStart).join("")).not.toContain(t.platformId(P.id));
  });
});
