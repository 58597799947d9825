import { existsSync, readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { Role } from "../../src/generated/prisma/enums.js";
import { consultationBatchJob } from "../../src/scheduler/jobs/consultation-batch.js";
import { seedAgency } from "../harness/fixtures.js";
import { runJobNow } from "../harness/run-job.js";
import { TestBot, texts, type TestUser } from "../harness/test-bot.js";

/**
 * docs/anonymity.md applied to anonymous answers to a consultation
 * (docs/consultations.md): every row of every table before and after the
 * anonymous answers, the raw bytes of the SQLite file and its WAL, and every
 * log line the bot wrote.
 */
let t: TestBot;
afterEach(() => t?.close());

const START = "2026-03-02T02:00:00Z";
const P = { id: 987654321, username: "nguoi_an_danh_p", first_name: "Bíẩn", last_name: "Thứnhất" };
const Q = { id: 987654322, username: "nguoi_an_danh_q", first_name: "Kínđáo", last_name: "Thứhai" };
const P_TEXT = "Đề nghị công khai định mức khoán xăng xe tại Điều 6.";
const FORM = "/layykien\nTiêu đề: Dự thảo Quy chế sử dụng tài sản công\nĐối tượng: tất cả\nHạn: 13/03/2026\nDự thảo: Điều 1. Quy chế này quy định việc quản lý, sử dụng tài sản công của cơ quan.";

async function join(userId: number, fullName: string) {
  const roster = t.deps.services.roster;
  const secretary = await t.db.member.findFirstOrThrow({ where: { role: Role.SECRETARY } });
  const invite = await roster.createInvite(secretary, Role.STAFF);
  return roster.joinWithInvite({ code: invite.code, user: t.identity(userId), profile: { fullName, position: "Chuyên viên" } });
}

function databaseBytes(): { main: Buffer; wal: Buffer } {
  const wal = `${t.testDb.file}-wal`;
  return { main: readFileSync(t.testDb.file), wal: existsSync(wal) ? readFileSync(wal) : Buffer.alloc(0) };
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

async function scenario(): Promise<{ p: TestUser; q: TestUser; pMember: number; qMember: number }> {
  t = TestBot.create({ now: START });
  await seedAgency(t);
  // Q sorts before P by name, and answers after: recipient rows follow the name order, never the answers.
  const qMember = (await join(Q.id, "Bùi Thị Quyên")).id;
  const pMember = (await join(P.id, "Phạm Văn Phúc")).id;
  const sec = t.user({ id: 100, first_name: "Lan" });
  expect(texts(await sec.send(FORM))).toContain("Đã gửi tới 3 người");
  await t.flushOutbox();
  return { p: t.user(P), q: t.user(Q), pMember, qMember };
}

describe("anonymity of answers to a consultation", () => {
  it("changes nothing but the two bare marks and two rows without identity or time", async () => {
    const { p, q, pMember, qMember } = await scenario();
    await t.db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    const before = snapshot();
    const idText = Buffer.from(t.platformId(P.id));
    const idsBefore = count(Buffer.concat(Object.values(databaseBytes())), idText);
    const logStart = t.logLines.length;

    expect(texts(await p.send(`/ykien_an 1 ${P_TEXT}`))).toContain("Đã ghi nhận ý kiến ẩn danh");
    // The comment's pages were checkpointed and the WAL truncated at once: no frame keeps them beside the mark.
    expect(databaseBytes().wal.indexOf(Buffer.from(P_TEXT))).toBe(-1);
    expect(databaseBytes().main.indexOf(Buffer.from(P_TEXT))).toBeGreaterThan(-1);
    t.clock.advance(3_600_000);
    expect(texts(await q.click("Đồng ý (ẩn danh)"))).toContain("Đã ghi nhận ý kiến ẩn danh");
    expect(texts(await p.send("/ykien_an 1 đồng ý"))).toContain("rồi");
    const after = snapshot();

    const changed = Object.keys(after).filter((name) => JSON.stringify(after[name]) !== JSON.stringify(before[name])).sort();
    // Anonymous updates leave no duplicate-filter row either (docs/anonymity.md).
    expect(changed).toEqual(["ConsultationAnonymousAnswer", "ConsultationRecipient"]);
    // The recipient rows: same ids, same members, in name order; only the bare mark changed.
    const recipients = (rows: Record<string, unknown>[]) => rows.map(({ answered: _a, ...rest }) => rest);
    expect(recipients(after.ConsultationRecipient!)).toEqual(recipients(before.ConsultationRecipient!));
    expect(Object.keys(after.ConsultationRecipient![0]!).sort()).toEqual(["answered", "consultationId", "id", "memberId"]);
    const ids = after.ConsultationRecipient!.map((r) => r.memberId);
    expect(ids.indexOf(qMember)).toBeLessThan(ids.indexOf(pMember));
    expect(after.ConsultationRecipient!.filter((r) => r.answered === 1).map((r) => r.memberId).sort()).toEqual([pMember, qMember].sort());
    // The anonymous rows: exactly these columns, none pointing at a person or a time.
    const anon = after.ConsultationAnonymousAnswer!;
    expect(anon).toHaveLength(2);
    expect(Object.keys(anon[0]!).sort()).toEqual(["consultationId", "delivered", "id", "kind", "number", "respondedById", "responseNote", "text", "uptake"]);
    for (const row of anon) expect(row).toMatchObject({ delivered: 0, number: null, respondedById: null });

    // Raw bytes: no new copy of the id, not as a 4-byte integer, no username or name anywhere.
    const bytes = Buffer.concat(Object.values(databaseBytes()));
    expect(count(bytes, idText)).toBe(idsBefore);
    const asInt = Buffer.alloc(4);
    asInt.writeUInt32BE(P.id);
    expect(bytes.indexOf(asInt)).toBe(-1);
    for (const s of [P.username, P.first_name, P.last_name, Q.username, Q.first_name, Q.last_name]) {
      for (const form of [s, s.normalize("NFD")]) {
        expect(bytes.indexOf(Buffer.from(form, "utf8")), form).toBe(-1);
        expect(bytes.indexOf(Buffer.from(form, "utf16le")), form).toBe(-1);
      }
    }
    expect(await t.db.sessionEntry.count({ where: { key: { contains: t.platformId(P.id) } } })).toBe(0);
    expect(await t.db.sessionEntry.count({ where: { key: { contains: t.platformId(Q.id) } } })).toBe(0);

    // Logs: nothing of either person's anonymous updates.
    const logs = t.logLines.slice(logStart).join("");
    for (const s of [t.platformId(P.id), t.platformId(Q.id), P.username, Q.username, P.first_name, JSON.stringify(P.first_name).slice(1, -1), "ykien_an", "ykan:", "update_id"]) {
      expect(logs.includes(s), s).toBe(false);
    }

    // Delivered in a batch with numbers given then; still nothing that names the sender.
    t.clock.set("2026-03-02T09:00:00Z");
    await runJobNow(t, consultationBatchJob, new Date(START));
    const delivered = snapshot().ConsultationAnonymousAnswer!;
    expect(delivered.map((r) => r.delivered)).toEqual([1, 1]);
    expect(delivered.find((r) => r.text === P_TEXT)!.number).toBe(1);
    await t.flushOutbox();
    const batch = t.user({ id: 100 }).lastText();
    expect(batch).toContain("Ý kiến số 1 — Ý kiến ẩn danh");
    expect(batch).not.toContain("Phạm Văn Phúc");
  });

  it("logs a crash in an anonymous answer by its error name only", async () => {
    const { p } = await scenario();
    t.deps.services.consultations.answerAnonymously = () => Promise.reject(new Error(`disk full while writing for ${t.platformId(P.id)}`));
    const logStart = t.logLines.length;
    expect(texts(await p.send(`/ykien_an 1 ${P_TEXT}`))).toContain("Xin lỗi, bot vừa gặp sự cố");
    const logs = t.logLines.slice(logStart).join("");
    expect(logs).toContain("error in an anonymous update");
    expect(logs).not.toContain("disk full");
    expect(logs).not.toContain(t.platformId(P.id));
  });

  it("answers an anonymous command in a group without taking the text, and logs nothing of it", async () => {
    const { p } = await scenario();
    const logStart = t.logLines.length;
    await p.in(t.group({ id: -1001234567890 })).send(`/ykien_an 1 ${P_TEXT}`);
    expect(await t.db.consultationAnonymousAnswer.count()).toBe(0);
    expect(t.logLines.slice(logStart).join("")).not.toContain(t.platformId(P.id));
  });
});
