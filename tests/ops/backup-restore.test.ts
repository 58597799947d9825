import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "../../src/db/client.js";
import { FakeTelegram } from "../harness/fake-telegram.js";
import { seedAgency, Role } from "../harness/fixtures.js";
import { seedHalfYear } from "../harness/report-seed.js";
import { TestBot, texts } from "../harness/test-bot.js";
import { freePort, runTs, TEST_TOKEN, textFrom, waitFor, type RunningProcess } from "../harness/bot-process.js";

/**
 * Issue 13 §6: back up a RUNNING bot while another connection writes, restore
 * into a fresh folder, and find the data, the generated reports (with their
 * .docx bytes) and the anonymity guarantees (docs/anonymity.md) intact.
 */
let t: TestBot | undefined;
let bot: RunningProcess | undefined;
let fake: FakeTelegram | undefined;
const dirs: string[] = [];
afterEach(async () => {
  bot?.proc.kill("SIGKILL");
  await fake?.close();
  await t?.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  t = bot = fake = undefined;
});

const SENDER = { id: 987654321, username: "nguoi_gop_y_bi_mat", first_name: "Bíẩn", last_name: "Ngườigửi" };
const CONCURRENT = "ghi đồng thời trong lúc sao lưu";
const BATCH = 10;

function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), "qcdc-restore-"));
  dirs.push(d);
  return d;
}

async function tool(entry: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  const r = runTs(entry, args, env, tempDir());
  const code = await r.exited;
  return { code, out: r.out(), err: r.err() };
}

/** An agency with a half-year of work, a generated report, and two anonymous feedback items from SENDER. */
async function seedCommittee(tb: TestBot) {
  const s = await seedAgency(tb, { hung: { role: Role.HEAD, fullName: "Trần Văn Hùng" } });
  const memberIds = [s.secretary.member.id, s.people.hung!.member.id];
  await seedHalfYear(tb.db, s.agency.id, memberIds);
  const invite = await tb.deps.services.roster.createInvite(s.secretary.member, Role.STAFF);
  await tb.deps.services.roster.joinWithInvite({ code: invite.code, user: { platform: "telegram", userId: String(SENDER.id) }, profile: { fullName: "Phạm Thị Hoa", position: "Chuyên viên" } });
  const sender = tb.user(SENDER);
  for (const text of ["Bảng chấm công tháng 2 bị ghi sai.", "Đề nghị lắp thêm quạt ở phòng một cửa."]) {
    await sender.send("/gopy");
    await sender.click("Góp ý");
    await sender.send(text);
    expect(texts(await sender.click("Gửi"))).toContain("GY-");
  }
  await tb.deps.services.reports.ensureFixedRequests(s.agency.id, 2026);
  const request = (await tb.deps.services.reports.listRequests(s.agency.id))[0]!;
  await tb.deps.services.reports.generate(s.secretary.member, request.id);
  await tb.deps.services.reports.generate(s.secretary.member, request.id);
  return s;
}

function rows(file: string, sql: string): Record<string, unknown>[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

const sha = (b: unknown) => createHash("sha256").update(b as Buffer).digest("hex");

/** Every occurrence of `needle` in `hay`, with `before` bytes of left context. */
function occurrences(hay: Buffer, needle: Buffer, before: number): string[] {
  const found: string[] = [];
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) found.push(hay.subarray(Math.max(0, i - before), i).toString("latin1"));
  return found;
}

describe("backup and restore", () => {
  it("backs up a running bot under concurrent writes; a restore into a fresh folder has the data, the reports and the anonymity intact", async () => {
    t = TestBot.create({ now: "2026-03-02T02:30:00Z" });
    const s = await seedCommittee(t);
    const source = t.testDb.file;

    // The real bot process on the same file, polling a fake Telegram.
    fake = new FakeTelegram();
    const apiRoot = await fake.listen();
    bot = runTs("src/main.ts", [], { BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: apiRoot, DATABASE_URL: t.testDb.url, PORT: String(await freePort()) }, tempDir());
    await waitFor("the first poll", () => fake!.callsOf("getUpdates").length > 0, 30_000).catch((err: Error) => {
      throw new Error(`${err.message}: ${bot!.err()}`);
    });
    // At start-up the scheduler catches up tonight's backup (BACKUP_TIME 02:30 has passed today): one nightly copy.
    await waitFor("the nightly backup", () => bot!.out().includes("nightly backup written"), 20_000);
    const nightly = readdirSync(path.join(t.testDb.dir, "backups")).filter((n) => n.startsWith("qcdc-nightly-"));
    expect(nightly).toHaveLength(1);

    // A live connection writes batches of 10 reports, each batch one transaction, the whole time.
    let batches = 0;
    const task = await t.db.task.findFirstOrThrow();
    const live = new Database(source, { timeout: 5_000 });
    const insert = live.prepare(`INSERT INTO "ProgressReport" (agencyId, taskId, memberId, percent, result, createdAt) VALUES (?, ?, ?, 10, ?, ?)`);
    const batch = live.transaction(() => {
      for (let i = 0; i < BATCH; i++) insert.run(s.agency.id, task.id, s.secretary.member.id, CONCURRENT, Date.now());
    });
    const writer = setInterval(() => {
      batch();
      batches++;
    }, 5);
    await waitFor("some concurrent batches", () => batches >= 3);
    // ... and the bot answers people meanwhile.
    for (let i = 0; i < 5; i++) fake.pushUpdate(textFrom(500 + i, 4242 + i, "Khách", "/start"));

    const backupFile = path.join(tempDir(), "manual.db");
    const backup = await tool("src/ops/backup-cli.ts", [backupFile], { DATABASE_URL: t.testDb.url });
    clearInterval(writer);
    live.close();
    expect(backup.err).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.out).toContain("Đã sao lưu (backup written)");
    await waitFor("the bot's answers", () => fake!.messagesTo(4246).length > 0);

    // Restoring over the running bot's database is refused, and changes nothing.
    const refused = await tool("src/ops/restore-cli.ts", [backupFile], { DATABASE_URL: t.testDb.url });
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("--force");
    const liveCount = await t.db.progressReport.count({ where: { result: CONCURRENT } });
    expect(liveCount).toBe(batches * BATCH);

    // Restore into a fresh folder.
    const freshDir = tempDir();
    const freshUrl = `file:${path.join(freshDir, "data", "qcdc.db")}`;
    const restored = await tool("src/ops/restore-cli.ts", [backupFile], { DATABASE_URL: freshUrl });
    expect(restored.err).toBe("");
    expect(restored.code).toBe(0);
    const target = path.join(freshDir, "data", "qcdc.db");

    // A consistent point in time: whole batches only, some of them, not all.
    const copied = Number(rows(target, `SELECT COUNT(*) AS n FROM "ProgressReport" WHERE result = '${CONCURRENT}'`)[0]!.n);
    expect(copied % BATCH).toBe(0);
    expect(copied).toBeGreaterThanOrEqual(3 * BATCH);
    expect(copied).toBeLessThanOrEqual(liveCount);
    expect(rows(target, "PRAGMA integrity_check")[0]).toEqual({ integrity_check: "ok" });

    // The data: the same rows as the live database for everything nobody wrote meanwhile.
    for (const table of ["Agency", "Member", "Plan", "PlanSection", "Task", "Obstacle", "Proposal", "Meeting", "MeetingConclusion", "Feedback", "ReportRequest"]) {
      expect(rows(target, `SELECT * FROM "${table}" ORDER BY id`), table).toEqual(rows(source, `SELECT * FROM "${table}" ORDER BY id`));
    }
    expect(rows(target, `SELECT COUNT(*) AS n FROM "Feedback"`)[0]!.n).toBe(7);
    // The generated reports, .docx bytes and all.
    const reportsOf = (file: string) => rows(file, `SELECT id, requestId, version, fileName, docx, textPreview FROM "GeneratedReport" ORDER BY id`).map((r) => ({ ...r, docx: sha(r.docx) }));
    const generated = reportsOf(target);
    expect(generated).toHaveLength(2);
    expect(generated).toEqual(reportsOf(source));
    const docx = rows(target, `SELECT docx FROM "GeneratedReport" LIMIT 1`)[0]!.docx as Buffer;
    expect(docx.subarray(0, 2).toString()).toBe("PK");

    // The Prisma client reads it as the bot will.
    const db = createDb(freshUrl);
    expect(await db.member.count()).toBe(3);
    expect((await db.generatedReport.findFirstOrThrow()).docx.length).toBe(docx.length);
    await db.$disconnect();

    // Anonymity: the backup adds nothing. The sender's id is only in their
    // membership record (and its index), preceded by "telegram", and no more
    // often than in the live database; no username, no Telegram names; no WAL.
    for (const file of [backupFile, target]) {
      expect(existsSync(`${file}-wal`) && readFileSync(`${file}-wal`).length > 0, `${file}-wal`).toBe(false);
    }
    const bytes = readFileSync(backupFile);
    expect(bytes[18]).toBe(1); // rollback journal, not WAL: one self-contained file
    await t.db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    const idText = Buffer.from(String(SENDER.id));
    const inBackup = occurrences(bytes, idText, 8);
    expect(inBackup.length).toBeGreaterThan(0);
    for (const ctx of inBackup) expect(ctx).toBe("telegram");
    expect(inBackup.length).toBeLessThanOrEqual(occurrences(readFileSync(source), idText, 8).length);
    const asInt = Buffer.alloc(4);
    asInt.writeUInt32BE(SENDER.id);
    expect(bytes.indexOf(asInt)).toBe(-1);
    for (const v of [SENDER.username, SENDER.first_name, SENDER.last_name]) {
      for (const form of [v, v.normalize("NFD")]) {
        expect(bytes.indexOf(Buffer.from(form, "utf8")), form).toBe(-1);
        expect(bytes.indexOf(Buffer.from(form, "utf16le")), form).toBe(-1);
      }
    }
    // Nothing in the feedback rows points at anyone.
    expect(rows(target, `SELECT COUNT(*) AS n FROM "SessionEntry" WHERE key LIKE '%${SENDER.id}%'`)[0]!.n).toBe(0);

    bot.proc.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
  }, 90_000);

  it("keeps the previous database before restoring over it, and refuses what is not a backup", async () => {
    t = TestBot.create({ now: "2026-03-02T02:30:00Z" });
    await seedAgency(t);
    const backupFile = path.join(tempDir(), "b.db");
    expect((await tool("src/ops/backup-cli.ts", [backupFile], { DATABASE_URL: t.testDb.url })).code).toBe(0);
    await t.db.agency.create({ data: { name: "Sở Tư pháp", createdAt: new Date() } });
    const url = t.testDb.url;
    await t.testDb.db.$disconnect(); // the database is no longer in use

    const backupDir = tempDir();
    const r = await tool("src/ops/restore-cli.ts", [backupFile], { DATABASE_URL: url, BACKUP_DIR: backupDir });
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Bản cũ được giữ lại");
    expect(rows(t.testDb.file, `SELECT name FROM "Agency" ORDER BY id`)).toEqual([{ name: "Thanh tra tỉnh Tây Ninh" }]);
    const kept = readdirSync(backupDir);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^qcdc-before-restore-\d{8}T\d{6}Z\.db$/);
    expect(rows(path.join(backupDir, kept[0]!), `SELECT name FROM "Agency" ORDER BY id`)).toHaveLength(2);

    const notBackup = path.join(backupDir, "notes.db");
    const junk = new Database(notBackup);
    junk.exec("CREATE TABLE t (x)");
    junk.close();
    const bad = await tool("src/ops/restore-cli.ts", [notBackup], { DATABASE_URL: url, BACKUP_DIR: backupDir });
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("not a qcdc-bot database");
    const usage = await tool("src/ops/restore-cli.ts", [], { DATABASE_URL: url });
    expect(usage.code).toBe(2);
  }, 60_000);
});
