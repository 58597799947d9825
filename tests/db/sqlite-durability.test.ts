import { afterEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../src/db/client.js";
import { sqlOf } from "../../src/db/direct-sql.js";
import { Prisma } from "../../src/generated/prisma/client.js";
import { createTestDb, type TestDb } from "../harness/test-db.js";

/**
 * SQLITE_SYNCHRONOUS (src/db/client.ts, DbOptions): the connection Prisma and
 * the direct statements use runs with the setting asked for, on every
 * connect (the pragma belongs to the connection, not to the file).
 */
const onSqlite = process.env.TEST_DATABASE !== "postgresql";
let t: TestDb | undefined;
let other: Db | undefined;
afterEach(async () => {
  await other?.$disconnect();
  await t?.close();
  t = other = undefined;
});

// PRAGMA synchronous answers 1 for NORMAL and 2 for FULL.
const synchronous = async (db: Db) => Number((await sqlOf(db).query<{ synchronous: unknown }>(Prisma.sql`PRAGMA synchronous`))[0]!.synchronous);

describe.runIf(onSqlite)("SQLite durability setting", () => {
  it("is NORMAL by default and FULL when asked, and holds after a reconnect", async () => {
    t = createTestDb();
    expect(await synchronous(t.db)).toBe(1);
    other = createDb(t.url, { sqliteSynchronous: "full" });
    expect(await synchronous(other)).toBe(2);
    await other.$disconnect();
    expect(await synchronous(other)).toBe(2);
    // The model API runs on the same connection.
    expect(Number((await other.$queryRaw<{ synchronous: unknown }[]>`PRAGMA synchronous`)[0]!.synchronous)).toBe(2);
  });
});
