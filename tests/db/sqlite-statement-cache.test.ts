import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sqliteFilePath } from "../../src/db/client.js";
import { installStatementCache } from "../../src/db/sqlite-statement-cache.js";
import { PrismaClient } from "../../src/generated/prisma/client.js";
import { createTestDb, type TestDb } from "../harness/test-db.js";

/**
 * The statement cache under the better-sqlite3 adapter
 * (src/db/sqlite-statement-cache.ts): each SQL text is prepared once however
 * often it runs, and the database answers exactly as without the cache.
 * SQLite only (PostgreSQL has no such adapter).
 */
const onSqlite = process.env.TEST_DATABASE !== "postgresql";
const proto = Database.prototype as unknown as { prepare: (sql: string) => unknown };

/** Counts calls to better-sqlite3's real prepare, per SQL text. */
function countPrepares(): Map<string, number> {
  const counts = new Map<string, number>();
  const real = proto.prepare;
  vi.spyOn(proto, "prepare").mockImplementation(function (this: unknown, sql: string) {
    counts.set(sql, (counts.get(sql) ?? 0) + 1);
    return real.call(this, sql);
  });
  return counts;
}

const preparesOf = (counts: Map<string, number>, part: string) =>
  [...counts].filter(([sql]) => sql.includes(part)).map(([, n]) => n);

const link = (tokenHash: string, bytes = new Uint8Array([0, 1, 2, 255])) => ({
  tokenHash,
  name: `${tokenHash}.docx`,
  mime: "application/octet-stream",
  bytes,
  expiresAt: new Date("2026-12-31T23:59:59.123Z"),
});

describe.runIf(onSqlite)("statement cache under the SQLite adapter", () => {
  let t: TestDb;
  beforeEach(() => {
    t = createTestDb();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await t.close();
  });

  it("prepares a query once and answers each set of parameters correctly", async () => {
    const agencies = [];
    for (const name of ["Sở Nội vụ", "Sở Tài chính", "Sở Y tế"]) agencies.push(await t.db.agency.create({ data: { name } }));
    const counts = countPrepares();
    for (let round = 0; round < 3; round++) {
      const suffix = round === 0 ? "" : ` ${round - 1}`;
      for (const a of agencies) expect((await t.db.agency.findUnique({ where: { id: a.id } }))?.name).toBe(`${a.name}${suffix}`);
      for (const a of agencies) await t.db.agency.update({ where: { id: a.id }, data: { name: `${a.name} ${round}` } });
    }
    expect(await t.db.agency.findMany({ orderBy: { id: "asc" }, select: { name: true } })).toEqual([
      { name: "Sở Nội vụ 2" },
      { name: "Sở Tài chính 2" },
      { name: "Sở Y tế 2" },
    ]);
    expect(counts.size).toBeGreaterThan(1);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(preparesOf(counts, "UPDATE")).toEqual([1]);
  });

  it("runs raw reads and writes with their parameters", async () => {
    const counts = countPrepares();
    for (let i = 1; i <= 3; i++) {
      await t.db.$executeRaw`INSERT INTO "Agency" ("name", "createdAt") VALUES (${`Cơ quan ${i}`}, ${new Date()})`;
    }
    for (let i = 1; i <= 3; i++) {
      const rows = await t.db.$queryRaw<{ name: string }[]>`SELECT "name" FROM "Agency" WHERE "name" = ${`Cơ quan ${i}`}`;
      expect(rows).toEqual([{ name: `Cơ quan ${i}` }]);
    }
    expect(await t.db.$executeRaw`DELETE FROM "Agency" WHERE "name" <> ${"Cơ quan 2"}`).toBe(2);
    expect(preparesOf(counts, "INSERT")).toEqual([1]);
    expect(preparesOf(counts, "SELECT")).toEqual([1]);
  });

  it("commits and rolls back transactions, beginning each with the one cached BEGIN", async () => {
    const counts = countPrepares();
    for (let i = 0; i < 3; i++) {
      await t.db.$transaction(async (tx) => {
        await tx.agency.create({ data: { name: `giữ ${i}` } });
      });
      await expect(
        t.db.$transaction(async (tx) => {
          await tx.agency.create({ data: { name: `bỏ ${i}` } });
          throw new Error("hủy");
        }),
      ).rejects.toThrow("hủy");
    }
    await t.db.$transaction([t.db.agency.create({ data: { name: "lô" } }), t.db.agency.count()]);
    expect((await t.db.agency.findMany({ orderBy: { id: "asc" } })).map((a) => a.name)).toEqual(["giữ 0", "giữ 1", "giữ 2", "lô"]);
    expect(counts.get("BEGIN")).toBe(1);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it("turns a unique violation into P2002 and a bad statement into Prisma's error, as without the cache", async () => {
    const plain = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteFilePath(t.url) }) });
    try {
      const errorOf = (p: Promise<unknown>) =>
        p.then(
          () => undefined,
          (e: Error & { code?: string; meta?: unknown }) => ({
          name: e.name,
          code: e.code,
          meta: e.meta,
          // The message starts with the call site, which differs.
          cause: e.message.split("\n").at(-1),
        }),
      );
      await t.db.downloadLink.create({ data: link("a") });
      const plainUnique = await errorOf(plain.downloadLink.create({ data: link("a") }));
      const plainBadSql = await errorOf(plain.$queryRawUnsafe(`SELECT * FROM "NoSuchTable"`));
      const counts = countPrepares();
      const unique = await errorOf(t.db.downloadLink.create({ data: link("a") }));
      expect(unique).toMatchObject({ name: "PrismaClientKnownRequestError", code: "P2002" });
      expect(unique).toEqual(plainUnique);
      for (let i = 0; i < 2; i++) expect(await errorOf(t.db.$queryRawUnsafe(`SELECT * FROM "NoSuchTable"`))).toEqual(plainBadSql);
      expect(plainBadSql).toMatchObject({ name: "PrismaClientKnownRequestError" });

      // The statement that failed left the cache: the next insert prepares it afresh, and works.
      await t.db.downloadLink.create({ data: link("b") });
      await t.db.downloadLink.create({ data: link("c") });
      expect(preparesOf(counts, "INSERT INTO")).toEqual([1]);
      expect(preparesOf(counts, "NoSuchTable")).toEqual([2]); // a failed prepare is not cached
      expect((await t.db.downloadLink.findMany({ orderBy: { id: "asc" } })).map((l) => l.tokenHash)).toEqual(["a", "b", "c"]);
    } finally {
      await plain.$disconnect();
    }
  });

  it("round-trips Bytes, DateTime and BigInt values through cached statements", async () => {
    const bytes = new Uint8Array([0, 7, 128, 255, 10, 13]);
    for (const token of ["x", "y"]) await t.db.downloadLink.create({ data: link(token, bytes) });
    for (let i = 0; i < 2; i++) {
      for (const token of ["x", "y"]) {
        const row = await t.db.downloadLink.findUniqueOrThrow({ where: { tokenHash: token } });
        expect([...row.bytes]).toEqual([...bytes]);
        expect(row.expiresAt.toISOString()).toBe("2026-12-31T23:59:59.123Z");
      }
    }
    for (const big of [9_007_199_254_740_993n, -9_007_199_254_740_995n]) {
      expect(await t.db.$queryRaw`SELECT ${big} AS "big"`).toEqual([{ big }]);
    }
    expect(await t.db.$queryRaw`SELECT COUNT(*) AS "n" FROM "DownloadLink"`).toEqual([{ n: 2n }]);
  });
});

describe("installStatementCache on a better-sqlite3 connection", () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(":memory:");
    db.defaultSafeIntegers(true);
    db.exec(`CREATE TABLE "T" ("id" INTEGER PRIMARY KEY, "v" TEXT)`);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    db.close();
  });

  it("keeps at most its capacity of statements, evicting the least recently used", () => {
    const cache = installStatementCache(db, 2);
    const counts = countPrepares();
    const a = "SELECT 1";
    const b = "SELECT 2";
    const c = "SELECT 3";
    for (const sql of [a, b, a, c, a, b]) db.prepare(sql).run();
    expect(cache.cachedStatements).toBe(2);
    // c evicted b (a was used more recently); b evicted c.
    expect(Object.fromEntries(counts)).toEqual({ [a]: 1, [b]: 2, [c]: 1 });
  });

  it("binds fresh parameters on each use and keeps safe integers", () => {
    installStatementCache(db);
    const insert = `INSERT INTO "T" ("id", "v") VALUES (?, ?)`;
    for (const [id, v] of [[1n, "một"], [2n, "hai"]] as const) expect(db.prepare(insert).bind([id, v]).run().changes).toBe(1);
    const select = db.prepare(`SELECT "id", "v" FROM "T" WHERE "id" >= ? ORDER BY "id"`);
    const bound = select.bind([1]);
    expect(bound.reader).toBe(true);
    expect(bound.columns().map((col) => col.name)).toEqual(["id", "v"]);
    expect(bound.raw().all()).toEqual([[1n, "một"], [2n, "hai"]]);
    expect(db.prepare(`SELECT "id", "v" FROM "T" WHERE "id" >= ? ORDER BY "id"`).bind([2]).raw().all()).toEqual([[2n, "hai"]]);
    expect(db.prepare(insert).bind([3]).reader).toBe(false);
    expect(() => db.prepare(insert).bind([3]).run()).toThrow(RangeError);
    expect(() => db.prepare("SELEC nonsense")).toThrow(/syntax error/);
  });
});
