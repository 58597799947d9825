import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { pruneNightlyBackups } from "../../src/ops/backup.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { nightlyBackupInFlight, nightlyBackupJob } from "../../src/scheduler/jobs/nightly-backup.js";
import { seedAgency } from "../harness/fixtures.js";
import { TestBot } from "../harness/test-bot.js";

const local = (iso: string) => new Date(`${iso}+07:00`);
let t: TestBot;
let dir: string;
beforeEach(async () => {
  t = TestBot.create({ now: "2026-04-01T01:00:00Z" });
  await seedAgency(t);
  await t.db.agency.create({ data: { name: "Sở Tư pháp", createdAt: t.clock.now() } });
  dir = mkdtempSync(path.join(tmpdir(), "qcdc-nightly-"));
  t.deps.backup = { databaseUrl: t.testDb.url, dir, nightlyAt: "02:30", keepDays: 3 };
});
afterEach(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const files = () => readdirSync(dir).sort();

// The file-level checks read SQLite copies; the PostgreSQL path (pg_dump) is
// exercised by hand so far (docs/deploy.md), not under `npm run test:pg`.
const sqliteFiles = process.env.TEST_DATABASE === "postgresql";

describe("nightly backup job", () => {
  it.skipIf(sqliteFiles)("writes one backup per night at BACKUP_TIME, even with two scheduler instances and several agencies", async () => {
    const a = new Scheduler(t.deps, [nightlyBackupJob]);
    const b = new Scheduler(t.deps, [nightlyBackupJob]);
    t.clock.set(local("2026-04-02T02:29"));
    expect((await a.tick()).done).toEqual([]);
    t.clock.set(local("2026-04-02T02:30"));
    const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
    expect([...ra.done, ...rb.done]).toEqual(["nightly-backup:2026-04-02"]);
    await nightlyBackupInFlight();
    expect(files()).toEqual(["qcdc-nightly-20260401T193000Z.db"]);
    // A restart later that night: nothing more.
    t.clock.set(local("2026-04-02T09:00"));
    expect((await new Scheduler(t.deps, [nightlyBackupJob]).tick()).done).toEqual([]);
    await nightlyBackupInFlight();
    expect(files()).toHaveLength(1);
    // The copy is a whole database.
    const copy = new Database(path.join(dir, files()[0]!), { readonly: true });
    expect(copy.prepare(`SELECT COUNT(*) AS n FROM "Agency"`).get()).toEqual({ n: 2 });
    copy.close();
  });

  it.skipIf(sqliteFiles)("after downtime catches up only the last night, and keeps BACKUP_KEEP_DAYS of nightly copies", async () => {
    // Older nightly copies and a manual one (never deleted), plus a dead partial.
    for (const n of ["qcdc-nightly-20260325T193000Z.db", "qcdc-nightly-20260329T193000Z.db", "qcdc-nightly-20260330T193000Z.db", "qcdc-20260301T100000Z.db", "qcdc-nightly-20260331T193000Z.db.partial"]) {
      writeFileSync(path.join(dir, n), "x");
    }
    t.clock.set(local("2026-04-05T10:00"));
    const report = await new Scheduler(t.deps, [nightlyBackupJob]).tick();
    expect(report.done).toEqual(["nightly-backup:2026-04-05"]);
    await nightlyBackupInFlight();
    expect(files()).toEqual(["qcdc-20260301T100000Z.db", "qcdc-nightly-20260405T030000Z.db"]); // named by when it was made
  });

  it("does nothing with BACKUP_TIME=off", async () => {
    t.deps.backup = { ...t.deps.backup!, nightlyAt: undefined };
    t.clock.set(local("2026-04-02T03:00"));
    expect((await new Scheduler(t.deps, [nightlyBackupJob]).tick()).done).toEqual([]);
    expect(files()).toEqual([]);
  });

  it("never deletes the newest nightly copy, however old", () => {
    writeFileSync(path.join(dir, "qcdc-nightly-20200101T000000Z.db"), "x");
    writeFileSync(path.join(dir, "qcdc-nightly-20190101T000000Z.db"), "x");
    expect(pruneNightlyBackups(dir, 3, new Date("2026-04-01T00:00:00Z")).map((f) => path.basename(f))).toEqual(["qcdc-nightly-20190101T000000Z.db"]);
    expect(files()).toEqual(["qcdc-nightly-20200101T000000Z.db"]);
  });
});

describe("backup settings", () => {
  const env = { BOT_TOKEN: "7000000001:TEST-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaa" };
  it("defaults to 02:30, 14 days, backups/ next to the SQLite file", () => {
    expect(loadConfig({ ...env, DATABASE_URL: "file:/var/lib/qcdc-bot/qcdc.db" }).backup).toEqual({
      databaseUrl: "file:/var/lib/qcdc-bot/qcdc.db",
      dir: "/var/lib/qcdc-bot/backups",
      nightlyAt: "02:30",
      keepDays: 14,
    });
    expect(loadConfig({ ...env, BACKUP_TIME: "OFF", BACKUP_DIR: "/srv/b", BACKUP_KEEP_DAYS: "30" }).backup).toMatchObject({ dir: "/srv/b", nightlyAt: undefined, keepDays: 30 });
  });

  it("refuses a malformed time or retention with one line naming the variable", () => {
    expect(() => loadConfig({ ...env, BACKUP_TIME: "2h30" })).toThrow(/^Cấu hình sai — BACKUP_TIME: .*HH:mm/);
    expect(() => loadConfig({ ...env, BACKUP_TIME: "24:00" })).toThrow(/BACKUP_TIME/);
    expect(() => loadConfig({ ...env, BACKUP_KEEP_DAYS: "0" })).toThrow(/^Cấu hình sai — BACKUP_KEEP_DAYS: /);
    expect(() => loadConfig({ ...env, BACKUP_KEEP_DAYS: "7.5" })).toThrow(/BACKUP_KEEP_DAYS/);
  });
});
