import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { MigrationResult } from "./migration-result.js";
import { listMigrations } from "./migration-files.js";
import { projectPath } from "../paths.js";

export const POSTGRESQL_MIGRATIONS_DIR = projectPath("prisma", "migrations-postgresql");

/**
 * Any number fixed for this project: every bot instance starting at once takes
 * this session-level advisory lock for the whole run, so the bookkeeping table
 * is created once and the migrations run once; the others wait, then find them
 * recorded. (A database lock, no lock service.) `CREATE TABLE IF NOT EXISTS`
 * alone is not enough: two sessions racing on it can both pass the check and
 * one fails on the table's row type ("type … already exists", 42710).
 */
const MIGRATION_LOCK_KEY = 0x71636463; // "qcdc"

/**
 * Applies pending migrations from `prisma/migrations-postgresql` — the
 * PostgreSQL twin of `migrateDatabase` (src/db/migrate.ts), with the same
 * `_prisma_migrations` bookkeeping as Prisma (same table as `prisma migrate
 * deploy` creates on PostgreSQL), so the Prisma CLI keeps working on the
 * database. Each migration and its record commit together (PostgreSQL DDL is
 * transactional): a failing one leaves nothing half-applied.
 */
export async function migratePostgresql(
  databaseUrl: string,
  migrationsDir = POSTGRESQL_MIGRATIONS_DIR,
): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  // A connection the server ends (a restart, an operator's pg_terminate_backend)
  // rejects the query in flight; without a listener it would also crash the process.
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const applied: string[] = [];
    for (const name of listMigrations(migrationsDir)) {
      const sql = readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      await client.query("BEGIN");
      try {
        const done = await client.query(
          `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
          [name],
        );
        if (done.rowCount) {
          await client.query("COMMIT");
          continue;
        }
        const startedAt = new Date();
        await client.query(sql); // simple query protocol: the file's statements in one round trip
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, $4, 1)`,
          [randomUUID(), checksum, name, startedAt],
        );
        await client.query("COMMIT");
        applied.push(name);
      } catch (err) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw err;
      }
    }
    return { applied };
  } finally {
    // Ending the session releases the advisory lock too.
    await client.end();
  }
}
