import { afterEach, describe, expect, it } from "vitest";
import { Prisma } from "../../src/generated/prisma/client.js";
import { rawTransaction, sqlOf, transactionWithSql } from "../../src/db/direct-sql.js";
import { select, TASK_COLUMNS } from "../../src/services/sql-columns.js";
import { Role } from "../../src/services/roles.js";
import { serviceWorld, type ServiceWorld } from "../harness/service-fixtures.js";

/**
 * Raw SQL on the driver adapter below Prisma's client (src/db/direct-sql.ts),
 * on SQLite and, under `npm run test:pg`, PostgreSQL: rows must read back
 * exactly as through `$queryRaw`, and a direct statement inside
 * `transactionWithSql` must be part of Prisma's transaction, committed and
 * rolled back with it, and a plain one must stay out of any open transaction.
 */
let w: ServiceWorld | undefined;
afterEach(async () => {
  await w?.tdb.close();
  w = undefined;
});

const countKeys = (prefix: string) => Prisma.sql`SELECT COUNT(*) AS "n" FROM "ProcessedUpdate" WHERE "key" LIKE ${`${prefix}%`}`;
const addKey = (key: string) => Prisma.sql`INSERT INTO "ProcessedUpdate" ("key", "createdAt") VALUES (${key}, ${new Date("2026-03-02T00:00:00Z")})`;

describe("direct SQL", () => {
  it("reads every kind of column exactly as $queryRaw does", async () => {
    w = await serviceWorld();
    const db = w.tdb.db;
    const hung = await w.join(Role.MEMBER, "Trần Văn Hùng", "2");
    await w.svc.plan.createFromTemplate(w.secretary, 2026);
    const section = await db.planSection.findFirstOrThrow({ where: { code: "2.2" } });
    const task = await w.svc.tasks.assign(w.secretary, { sectionId: section.id, title: "Tuyên truyền “Luật” 'QCDC'", assigneeIds: [hung.id], dueDate: new Date("2026-06-30T16:59:59.999Z") });
    const at = new Date("2026-03-02T03:04:05.678Z");
    const queries = [
      Prisma.sql`SELECT ${select("t", TASK_COLUMNS)} FROM "Task" t WHERE t."id" = ${task.id}`,
      Prisma.sql`SELECT m.*, (SELECT COUNT(*) FROM "TaskAssignee" a WHERE a."memberId" = m."id") AS "tasks" FROM "Member" m ORDER BY m."id"`,
      Prisma.sql`SELECT * FROM "Agency"`,
      Prisma.sql`SELECT * FROM "MemberIdentity" ORDER BY "id"`,
      Prisma.sql`SELECT t."id", t."dueDate" FROM "Task" t WHERE t."dueDate" > ${at} AND t."title" LIKE ${"%Luật%"} AND t."percent" < ${50} ORDER BY t."id"`,
      Prisma.sql`SELECT * FROM "Task" WHERE "id" = ${-1}`,
    ];
    for (const q of queries) {
      const direct = await sqlOf(db).query(q);
      expect(direct).toEqual(await db.$queryRaw(q));
    }
    expect(sqlOf(db).direct).toBe(true);
    const [row] = await sqlOf(db).query<{ dueDate: unknown; id: unknown }>(queries[0]!);
    expect(row!.dueDate).toEqual(new Date("2026-06-30T16:59:59.999Z"));
    expect(typeof row!.id).toBe("number");
  });

  it("binds dates, nulls and text as the client does, and counts changed rows", async () => {
    w = await serviceWorld();
    const db = w.tdb.db;
    expect(await sqlOf(db).execute(addKey("a:1"))).toBe(1);
    await db.processedUpdate.create({ data: { key: "a:2", createdAt: new Date("2026-03-02T00:00:00Z") } });
    // The row written directly and the one written by the model API compare alike.
    const rows = await db.processedUpdate.findMany({ where: { createdAt: new Date("2026-03-02T00:00:00Z") }, orderBy: { key: "asc" } });
    expect(rows.map((r) => r.key)).toEqual(["a:1", "a:2"]);
    expect(await sqlOf(db).execute(Prisma.sql`UPDATE "ProcessedUpdate" SET "createdAt" = ${new Date("2026-03-03T00:00:00Z")} WHERE "key" LIKE ${"a:%"}`)).toBe(2);
    expect(Number((await sqlOf(db).query<{ n: unknown }>(countKeys("a:")))[0]!.n)).toBe(2);
  });

  it("runs inside Prisma's transaction: sees its writes, commits and rolls back with it", async () => {
    w = await serviceWorld();
    const db = w.tdb.db;
    const seen = await transactionWithSql(db, async (tx, sql) => {
      // Direct on SQLite; on PostgreSQL `$queryRaw` on `tx` (src/db/direct-sql.ts says why).
      expect(sql.direct).toBe(w!.tdb.provider === "sqlite");
      await tx.processedUpdate.create({ data: { key: "c:1", createdAt: new Date() } });
      await sql.execute(addKey("c:2"));
      return Number((await sql.query<{ n: unknown }>(countKeys("c:")))[0]!.n);
    });
    expect(seen).toBe(2);
    expect(await db.processedUpdate.count({ where: { key: { startsWith: "c:" } } })).toBe(2);

    await expect(
      transactionWithSql(db, async (tx, sql) => {
        await sql.execute(addKey("d:1"));
        await tx.processedUpdate.create({ data: { key: "d:2", createdAt: new Date() } });
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect(await db.processedUpdate.count({ where: { key: { startsWith: "d:" } } })).toBe(0);
  });

  it("refuses a statement on a transaction that has already ended (after Prisma's timeout)", async () => {
    w = await serviceWorld();
    const db = w.tdb.db;
    let late: Promise<unknown> | undefined;
    await expect(
      transactionWithSql(
        db,
        async (_tx, sql) => {
          await new Promise((r) => setTimeout(r, 300));
          late = sql.execute(addKey("l:1"));
          await late.catch(() => undefined);
        },
        { timeout: 100 },
      ),
    ).rejects.toThrow();
    await expect(late!).rejects.toThrow();
    expect(await db.processedUpdate.count({ where: { key: "l:1" } })).toBe(0);
  });

  it("keeps a plain statement out of an open transaction, and concurrent transactions apart", async () => {
    w = await serviceWorld();
    const db = w.tdb.db;
    let plain: Promise<unknown[]> | undefined;
    await expect(
      transactionWithSql(db, async (_tx, sql) => {
        await sql.execute(addKey("e:1"));
        // On SQLite it waits for the transaction to end; on PostgreSQL it does not see the uncommitted row.
        plain = sqlOf(db).query(countKeys("e:"));
        await new Promise((r) => setTimeout(r, 20));
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect(Number(((await plain!)[0] as { n: unknown }).n)).toBe(0);

    // Ten at once (one at a time on SQLite, side by side on PostgreSQL): each sees only its own row; the odd ones roll back.
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        transactionWithSql(db, async (tx, sql) => {
          await tx.processedUpdate.create({ data: { key: `f:${i}:x`, createdAt: new Date() } });
          await new Promise((r) => setTimeout(r, 5));
          const mine = Number((await sql.query<{ n: unknown }>(countKeys(`f:${i}:`)))[0]!.n);
          const all = Number((await sql.query<{ n: unknown }>(countKeys("f:")))[0]!.n);
          if (i % 2) throw new Error(`undo ${i}`);
          return { mine, all };
        }),
      ),
    );
    const kept = results.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<{ mine: number; all: number }>).value);
    expect(kept).toHaveLength(5);
    for (const k of kept) expect(k.mine).toBe(1);
    const keys = await db.processedUpdate.findMany({ where: { key: { startsWith: "f:" } }, orderBy: { key: "asc" } });
    expect(keys.map((k) => k.key)).toEqual(["f:0:x", "f:2:x", "f:4:x", "f:6:x", "f:8:x"]);
  });

  it("runs a raw-only transaction that commits, rolls back on error, and keeps apart from Prisma's transactions", async () => {
    w = await serviceWorld();
    const db = w.tdb.db;
    const n = async (prefix: string) => Number((await sqlOf(db).query<{ n: unknown }>(countKeys(prefix)))[0]!.n);
    expect(await rawTransaction(db, async (sql) => (await sql.execute(addKey("h:1"))) + (await sql.execute(addKey("h:2"))))).toBe(2);
    expect(await n("h:")).toBe(2);
    await expect(
      rawTransaction(db, async (sql) => {
        await sql.execute(addKey("i:1"));
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect(await n("i:")).toBe(0);
    // A failing statement (a duplicate key) rolls back what came before it in the transaction.
    await expect(rawTransaction(db, async (sql) => (await sql.execute(addKey("j:1"))) + (await sql.execute(addKey("h:1"))))).rejects.toThrow();
    expect(await n("j:")).toBe(0);
    // Interleaved with Prisma's transactions and plain statements: each commits or rolls back alone.
    const all = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => {
        if (i % 3 === 0) return sqlOf(db).execute(addKey(`k:${i}`));
        const work = async (sql: { execute: (q: Prisma.Sql) => Promise<number> }) => {
          await sql.execute(addKey(`k:${i}`));
          await new Promise((r) => setTimeout(r, 3));
          if (i % 3 === 2) throw new Error(`undo ${i}`);
          return 1;
        };
        return i % 2 ? rawTransaction(db, work) : transactionWithSql(db, (_tx, sql) => work(sql));
      }),
    );
    expect(all.filter((r) => r.status === "rejected")).toHaveLength(4);
    const keys = await db.processedUpdate.findMany({ where: { key: { startsWith: "k:" } }, orderBy: { createdAt: "asc" } });
    expect(keys.map((k) => k.key).sort()).toEqual(["k:0", "k:1", "k:10", "k:3", "k:4", "k:6", "k:7", "k:9"]);
  });

  it("falls back to $queryRaw for a client it does not know, with the same rows", async () => {
    w = await serviceWorld();
    const db = w.tdb.db;
    await sqlOf(db).execute(addKey("g:1"));
    const fallback = await db.$transaction(async (tx) => {
      const sql = sqlOf(tx);
      expect(sql.direct).toBe(false);
      return sql.query(Prisma.sql`SELECT * FROM "ProcessedUpdate" WHERE "key" = ${"g:1"}`);
    });
    expect(fallback).toEqual(await sqlOf(db).query(Prisma.sql`SELECT * FROM "ProcessedUpdate" WHERE "key" = ${"g:1"}`));
  });
});
