import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "../../src/db/client.js";
import { backupDatabase, backupFileName } from "../../src/ops/backup.js";
import { restoreDatabase } from "../../src/ops/restore.js";
import { createTestDb, type TestDb } from "../harness/test-db.js";

/**
 * Under `npm run test:pg`: `npm run backup` on a PostgreSQL DATABASE_URL
 * (src/ops/backup.ts → pg_dump --format=custom, one snapshot) while a client
 * holds the database open, then a restore (pg_restore --clean, one
 * transaction) brings back exactly what the backup saw. Skipped on SQLite
 * (tests/ops/backup-restore.test.ts covers that path).
 */
const onPostgresql = process.env.TEST_DATABASE === "postgresql";
let tdb: TestDb | undefined;
let dir: string | undefined;
afterEach(async () => {
  await tdb?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  tdb = dir = undefined;
});

describe("PostgreSQL backup and restore", () => {
  it.runIf(onPostgresql)("pg_dump copies a database in use; pg_restore brings back what it saw", async () => {
    tdb = createTestDb();
    dir = mkdtempSync(path.join(tmpdir(), "qcdc-pg-backup-"));
    const kept = await tdb.db.agency.create({ data: { name: "Sở Nội vụ" } });

    const file = path.join(dir, backupFileName("postgresql", new Date()));
    expect(file.endsWith(".dump")).toBe(true);
    const result = await backupDatabase(tdb.url, file); // the client stays connected: a running bot
    expect(result.bytes).toBeGreaterThan(0);
    expect(statSync(file).size).toBe(result.bytes);
    expect(existsSync(`${file}.partial`)).toBe(false);

    // After the backup: one renamed, one added. The restore undoes both.
    await tdb.db.agency.update({ where: { id: kept.id }, data: { name: "đổi sau khi sao lưu" } });
    await tdb.db.agency.create({ data: { name: "thêm sau khi sao lưu" } });
    await tdb.db.$disconnect();

    const restored = await restoreDatabase(file, tdb.url, { force: true, backupDir: path.join(dir, "safety") });
    expect(restored.safetyCopy && existsSync(restored.safetyCopy)).toBe(true);

    const after = createDb(tdb.url);
    try {
      expect((await after.agency.findMany({ orderBy: { id: "asc" } })).map((a) => a.name)).toEqual(["Sở Nội vụ"]);
    } finally {
      await after.$disconnect();
    }
  }, 120_000);
});
