import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, migrateDatabase } from "../../src/db/migrate.js";
import { POSTGRESQL_MIGRATIONS_DIR } from "../../src/db/migrate-postgresql.js";
import { listMigrations } from "../../src/db/migration-files.js";
import { migrateDiffFromEmpty } from "../harness/migrate-diff.js";
import { POSTGRESQL_SCHEMA_DIR, SQLITE_SCHEMA_DIR, postgresqlSchemaFiles } from "../../scripts/postgresql-schema.js";

/**
 * The two providers must not drift: the PostgreSQL schema is exactly the
 * generated copy of the SQLite one, both migration folders hold the same
 * migrations, and replaying each provider's migrations gives the schema that
 * `prisma migrate diff` makes from today's models. (PostgreSQL's replay is
 * compared on a real server in tests/db/postgresql-drift.test.ts, under
 * `npm run test:pg`.) Fix a failure with `npm run db:migration`.
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("SQLite and PostgreSQL stay in step", () => {
  it("prisma/schema-postgresql is the generated copy of prisma/schema", () => {
    const committed = readdirSync(POSTGRESQL_SCHEMA_DIR).sort();
    const expected = postgresqlSchemaFiles();
    expect(committed).toEqual([...expected.keys()]);
    for (const [name, text] of expected) {
      expect(readFileSync(path.join(POSTGRESQL_SCHEMA_DIR, name), "utf8"), name).toBe(text);
    }
    expect(readdirSync(SQLITE_SCHEMA_DIR).length).toBe(committed.length);
  });

  it("both providers have the same migrations, each locked to its provider", () => {
    expect(listMigrations(POSTGRESQL_MIGRATIONS_DIR)).toEqual(listMigrations(MIGRATIONS_DIR));
    expect(listMigrations(MIGRATIONS_DIR).length).toBeGreaterThan(0);
    expect(readFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), "utf8")).toContain('provider = "sqlite"');
    expect(readFileSync(path.join(POSTGRESQL_MIGRATIONS_DIR, "migration_lock.toml"), "utf8")).toContain(
      'provider = "postgresql"',
    );
  });

  it("the SQLite migrations build exactly what the models describe", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "qcdc-drift-"));
    dirs.push(dir);
    migrateDatabase(`file:${path.join(dir, "migrated.db")}`);
    const fromModels = new Database(path.join(dir, "models.db"));
    fromModels.exec(migrateDiffFromEmpty(SQLITE_SCHEMA_DIR));
    const migrated = new Database(path.join(dir, "migrated.db"));
    expect(sqliteShape(migrated)).toEqual(sqliteShape(fromModels));
    migrated.close();
    fromModels.close();
  }, 60_000);

  it("the PostgreSQL migrations are what `prisma migrate diff` writes for the models, while there is one init migration", () => {
    const names = listMigrations(POSTGRESQL_MIGRATIONS_DIR);
    // With several migrations the replay comparison on a server (tests/db) is the check.
    if (names.length !== 1) return;
    const committed = readFileSync(path.join(POSTGRESQL_MIGRATIONS_DIR, names[0]!, "migration.sql"), "utf8");
    expect(committed.trimEnd()).toBe(migrateDiffFromEmpty(POSTGRESQL_SCHEMA_DIR).trimEnd());
  }, 60_000);
});

/** Tables with their columns, indexes and foreign keys, in a comparable form. */
function sqliteShape(db: Database.Database): Record<string, unknown> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`)
    .pluck()
    .all() as string[];
  const shape: Record<string, unknown> = {};
  for (const t of tables) {
    const indexes = (db.prepare(`SELECT name, "unique" FROM pragma_index_list(?) ORDER BY name`).all(t) as { name: string; unique: number }[]).map(
      (i) => ({ ...i, columns: db.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).pluck().all(i.name) }),
    );
    shape[t] = {
      columns: db.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid`).all(t),
      indexes,
      foreignKeys: db.prepare(`SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq`).all(t),
    };
  }
  return shape;
}
