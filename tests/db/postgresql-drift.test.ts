import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/db/migrate.js";
import { POSTGRESQL_SCHEMA_DIR } from "../../scripts/postgresql-schema.js";
import { databaseUrl, psql } from "../harness/test-db.js";
import { migrateDiffFromEmpty } from "../harness/migrate-diff.js";

/**
 * Under `npm run test:pg`: the PostgreSQL migrations, replayed by the app's
 * applier on a real server, build exactly the schema that `prisma migrate
 * diff` makes from today's models (prisma/schema-postgresql, itself checked to
 * be the copy of prisma/schema by tests/unit/schema-drift.test.ts).
 */
const admin = process.env.TEST_POSTGRESQL_URL;
const created: string[] = [];
afterAll(() => {
  for (const name of created) psql(admin!, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe.skipIf(process.env.TEST_DATABASE !== "postgresql")("PostgreSQL migrations in step with the models", () => {
  it("replaying prisma/migrations-postgresql gives the models' schema", async () => {
    const migrated = freshDatabase("migrated");
    const fromModels = freshDatabase("models");
    expect((await applyMigrations(migrated)).applied.length).toBeGreaterThan(0);
    await run(fromModels, (c) => c.query(migrateDiffFromEmpty(POSTGRESQL_SCHEMA_DIR)));
    const a = await run(migrated, shape);
    const b = await run(fromModels, shape);
    expect(a).toEqual(b);
    expect(Object.keys(a.columns).length).toBeGreaterThan(20);
  }, 60_000);

  it("records Prisma's bookkeeping, applies nothing twice, and lets two starts race safely", async () => {
    const url = freshDatabase("race");
    // Four starts at once on an empty database: the bookkeeping table and each
    // migration are created once (the race once failed with 42710, "type … already exists").
    const runs = await Promise.all([1, 2, 3, 4].map(() => applyMigrations(url)));
    const appliedByAll = runs.flatMap((r) => r.applied).sort();
    expect(appliedByAll).toEqual([...new Set(appliedByAll)]);
    expect(appliedByAll.length).toBeGreaterThan(0);
    expect((await applyMigrations(url)).applied).toEqual([]);
    const rows = await run(url, (c) =>
      c.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
      ),
    );
    expect(rows.rows.map((r) => r.migration_name)).toEqual(appliedByAll);
    expect(rows.rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
  }, 60_000);
});

function freshDatabase(label: string): string {
  const name = `qcdc_drift_${label}_${process.pid}`;
  psql(admin!, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  psql(admin!, `CREATE DATABASE "${name}"`);
  created.push(name);
  return databaseUrl(admin!, name);
}

async function run<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Columns, constraints, indexes and enum types of the public schema, without Prisma's bookkeeping table. */
async function shape(c: pg.Client) {
  const cols = await c.query(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, ordinal_position
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      ORDER BY table_name, ordinal_position`,
  );
  const columns: Record<string, unknown[]> = {};
  for (const r of cols.rows as { table_name: string }[]) (columns[r.table_name] ??= []).push(r);
  const constraints = await c.query(
    `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace
        AND conrelid NOT IN (SELECT oid FROM pg_class WHERE relname = '_prisma_migrations')
      ORDER BY 1, 2`,
  );
  const indexes = await c.query(
    `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  );
  const enums = await c.query(
    `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY 1`,
  );
  return { columns, constraints: constraints.rows, indexes: indexes.rows, enums: enums.rows };
}
