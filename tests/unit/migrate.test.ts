import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, migrateDatabase } from "../../src/db/migrate.js";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("migrateDatabase", () => {
  it("creates the folder, applies every migration once, in WAL mode, with Prisma's bookkeeping", () => {
    dir = mkdtempSync(path.join(tmpdir(), "qcdc-mig-"));
    const url = `file:${path.join(dir, "nested", "qcdc.db")}`;
    const first = migrateDatabase(url);
    expect(first.applied.length).toBeGreaterThan(0);
    expect(migrateDatabase(url).applied).toEqual([]);

    const db = new Database(path.join(dir, "nested", "qcdc.db"));
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    const rows = db.prepare("SELECT migration_name, checksum, finished_at FROM _prisma_migrations").all() as {
      migration_name: string;
      checksum: string;
      finished_at: string;
    }[];
    expect(rows.map((r) => r.migration_name)).toEqual(first.applied);
    const sql = readFileSync(path.join(MIGRATIONS_DIR, first.applied[0]!, "migration.sql"), "utf8");
    expect(rows[0]!.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(["Agency", "Member", "Invite", "AuditLog", "SessionEntry", "ProcessedUpdate"]));
    db.close();
  });
});
