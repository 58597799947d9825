import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, type Db } from "../../src/db/client.js";
import { migrateDatabase } from "../../src/db/migrate.js";

export interface TestDb {
  db: Db;
  url: string;
  file: string;
  dir: string;
  close(): Promise<void>;
}

/** A real SQLite file in a fresh temp folder, migrated exactly as at start-up. */
export function createTestDb(): TestDb {
  const dir = mkdtempSync(path.join(tmpdir(), "qcdc-test-"));
  const file = path.join(dir, "test.db");
  const url = `file:${file}`;
  migrateDatabase(url);
  const db = createDb(url);
  return {
    db,
    url,
    file,
    dir,
    async close() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
