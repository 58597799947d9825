import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeClock } from "../../src/clock.js";
import { dedupeUpdates } from "../../src/bot/dedupe.js";
import { prismaSessionStorage } from "../../src/bot/session-storage.js";
import type { BotContext } from "../../src/bot/context.js";
import { createTestDb, type TestDb } from "../harness/test-db.js";

/**
 * Issue 14, finding 10: a write from another update, issued while some
 * update's transaction is open, must not become part of that transaction
 * (and be undone by its rollback). Runs on SQLite and on PostgreSQL.
 */
let t: TestDb;
beforeEach(async () => {
  t = createTestDb();
});
afterEach(() => t.close());

/** Opens a transaction that writes a row, then waits for `release` and fails, as a refused /baocao does. */
function refusedTransaction() {
  let opened!: () => void;
  let release!: () => void;
  const isOpen = new Promise<void>((r) => (opened = r));
  const gate = new Promise<void>((r) => (release = r));
  const done = t.db.$transaction(async (tx) => {
    await tx.sessionEntry.create({ data: { key: "inside-the-transaction", value: "{}" } });
    opened();
    await gate;
    throw new Error("refused");
  });
  return { isOpen, release, done };
}

/** Lets a statement that is not held back run now (the bug ran it inside the open transaction). */
const aMoment = () => new Promise((r) => setTimeout(r, 50));

describe("writes isolated from each other's transactions", () => {
  it("keeps a session write issued while another update's transaction is open and then rolled back", async () => {
    const storage = prismaSessionStorage<{ flow: string }>(t.db);
    const tx = refusedTransaction();
    await tx.isOpen;
    const write = storage.write("telegram:42", { flow: "baocao" });
    await aMoment();
    tx.release();
    await expect(tx.done).rejects.toThrow("refused");
    await write;
    expect(await storage.read("telegram:42")).toEqual({ flow: "baocao" });
    expect(await t.db.sessionEntry.findUnique({ where: { key: "inside-the-transaction" } })).toBeNull();
  });

  it("keeps the duplicate-filter row of an update handled while another transaction is open", async () => {
    // A redelivery is a new update object (the per-update read is cached per object: src/bot/update-start.ts).
    const delivery = () =>
      ({
        app: { db: t.db, clock: new FakeClock("2026-03-02T01:00:00Z"), logger: { debug() {} } },
        me: { id: 7 },
        update: { update_id: 1001 },
        anonymous: false,
      }) as unknown as BotContext;
    const ctx = delivery();
    const tx = refusedTransaction();
    await tx.isOpen;
    let handled = 0;
    const filtered = dedupeUpdates()(ctx, async () => void handled++);
    await aMoment();
    tx.release();
    await expect(tx.done).rejects.toThrow("refused");
    await filtered;
    expect(handled).toBe(1);
    expect(await t.db.processedUpdate.findUnique({ where: { key: "telegram:7:1001" } })).not.toBeNull();
    // …so a redelivery of the same update is recognised.
    await dedupeUpdates()(delivery(), async () => void handled++);
    expect(handled).toBe(1);
  });

  it("does not let a plain read see another transaction's uncommitted row", async () => {
    const tx = refusedTransaction();
    await tx.isOpen;
    // `.then` starts the query now (a Prisma query is lazy until awaited).
    const read = t.db.sessionEntry.findUnique({ where: { key: "inside-the-transaction" } }).then((row) => row);
    await aMoment();
    tx.release();
    await expect(tx.done).rejects.toThrow("refused");
    expect(await read).toBeNull();
  });

  it("commits a transaction and the writes around it all", async () => {
    const before = t.db.sessionEntry.create({ data: { key: "before", value: "{}" } });
    const inTx = t.db.$transaction(async (tx) => {
      await tx.sessionEntry.create({ data: { key: "in", value: "{}" } });
      await tx.sessionEntry.create({ data: { key: "in-2", value: "{}" } });
    });
    const after = t.db.sessionEntry.create({ data: { key: "after", value: "{}" } });
    await Promise.all([before, inTx, after]);
    expect((await t.db.sessionEntry.findMany({ orderBy: { key: "asc" } })).map((r) => r.key)).toEqual([
      "after",
      "before",
      "in",
      "in-2",
    ]);
  });
});
