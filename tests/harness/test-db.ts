import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "../../src/db/client.js";
import { migrateDatabase } from "../../src/db/migrate.js";

export interface TestDb {
  db: Db;
  url: string;
  /** Which database the tests run on: TEST_DATABASE=postgresql (npm run test:pg) or SQLite. */
  provider: "sqlite" | "postgresql";
  /** The SQLite file ("" on PostgreSQL). */
  file: string;
  dir: string;
  close(): Promise<void>;
}

/**
 * A fresh database migrated exactly as at start-up.
 * - SQLite (default, `npm test`): a real file in a fresh temp folder.
 * - PostgreSQL (`TEST_DATABASE=postgresql`, `npm run test:pg`): a new database
 *   on the server of TEST_POSTGRESQL_URL, copied from the template that
 *   tests/harness/postgres-global-setup.ts migrated with the app's own applier.
 *   Created with psql so this stays synchronous for the many callers.
 */
export function createTestDb(): TestDb {
  if (process.env.TEST_DATABASE === "postgresql") return createPostgresqlTestDb();
  const dir = mkdtempSync(path.join(tmpdir(), "qcdc-test-"));
  const file = path.join(dir, "test.db");
  const url = `file:${file}`;
  migrateDatabase(url);
  const db = createDb(url);
  return {
    db,
    url,
    provider: "sqlite",
    file,
    dir,
    async close() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Databases this test file created and closed: emptied (TRUNCATE … RESTART
 * IDENTITY, so ids start at 1 again) and reused by its next test, because
 * copying a database costs seconds on a busy machine. Module state, so never
 * shared between test files; the global teardown drops them all.
 */
const spare: string[] = [];

function createPostgresqlTestDb(): TestDb {
  const admin = requiredEnv("TEST_POSTGRESQL_URL");
  const template = requiredEnv("TEST_POSTGRESQL_TEMPLATE");
  let name = spare.pop();
  if (!name) {
    name = `${template}_t_${process.pid}_${randomBytes(4).toString("hex")}`;
    psql(admin, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  }
  const url = databaseUrl(admin, name);
  const db = createDb(url);
  return {
    db,
    url,
    provider: "postgresql",
    file: "",
    dir: "",
    async close() {
      await db.$disconnect();
      await emptyDatabase(url);
      spare.push(name);
    },
  };
}

async function emptyDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ t: string }>(
      `SELECT format('%I', tablename) AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    await client.query(`TRUNCATE ${rows.map((r) => r.t).join(", ")} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
}

/** The server URL with another database name. */
export function databaseUrl(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

export function psql(url: string, sql: string): void {
  execFileSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql], { stdio: ["ignore", "ignore", "pipe"] });
}

function requiredEnv(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the PostgreSQL tests with npm run test:pg (see README)`);
  return v;
}
