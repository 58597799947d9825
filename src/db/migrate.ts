import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { SQLITE_BUSY_TIMEOUT_MS, sqliteFilePath } from "./client.js";
import { listMigrations } from "./migration-files.js";
import { providerOf } from "./provider.js";
import { projectPath } from "../paths.js";

export const MIGRATIONS_DIR = projectPath("prisma", "migrations");

export type { MigrationResult } from "./migration-result.js";
import type { MigrationResult } from "./migration-result.js";

/**
 * Applies the pending migrations of the database DATABASE_URL names:
 * `prisma/migrations` for SQLite, `prisma/migrations-postgresql` for
 * PostgreSQL (both generated from the same models; tests/unit/schema-drift.test.ts).
 */
export async function applyMigrations(databaseUrl: string): Promise<MigrationResult> {
  if (providerOf(databaseUrl) !== "postgresql") return migrateDatabase(databaseUrl);
  // Loaded only for PostgreSQL: node-postgres costs ~0.35 s of start-up that a SQLite bot never needs.
  const { migratePostgresql } = await import("./migrate-postgresql.js");
  return migratePostgresql(databaseUrl);
}

/**
 * Applies pending SQLite migrations from `prisma/migrations` at start-up.
 *
 * Why not spawn `prisma migrate deploy`: the CLI is a dev dependency, takes
 * seconds to boot its WebAssembly engine (start-up must stay under 2 s) and is
 * not what an air-gapped office wants to run. This applier writes the same
 * `_prisma_migrations` bookkeeping as Prisma (name, SHA-256 checksum, times),
 * so `prisma migrate dev/deploy/status` keep working on the same file.
 *
 * It also switches the file to WAL mode, which persists in the database, so
 * readers never block the writer.
 */
export function migrateDatabase(databaseUrl: string, migrationsDir = MIGRATIONS_DIR): MigrationResult {
  const file = sqliteFilePath(databaseUrl);
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL,
      "checksum" TEXT NOT NULL,
      "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL,
      "logs" TEXT,
      "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
    )`);
    const done = new Set(
      sqlite
        .prepare(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)
        .pluck()
        .all() as string[],
    );
    const applied: string[] = [];
    for (const name of listMigrations(migrationsDir)) {
      if (done.has(name)) continue;
      const sql = readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      // One transaction per migration: a failing one leaves no half-applied schema,
      // and a second process starting at the same moment waits on the lock, then
      // sees the migration recorded and skips it.
      sqlite.transaction(() => {
        const again = sqlite
          .prepare(`SELECT 1 FROM _prisma_migrations WHERE migration_name = ? AND finished_at IS NOT NULL`)
          .get(name);
        if (again) return;
        const startedAt = new Date().toISOString();
        sqlite.exec(sql);
        sqlite
          .prepare(
            `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
             VALUES (?, ?, ?, ?, ?, 1)`,
          )
          .run(randomUUID(), checksum, new Date().toISOString(), name, startedAt);
        applied.push(name);
      }).immediate();
    }
    return { applied };
  } finally {
    sqlite.close();
  }
}
