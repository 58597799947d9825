import { createDb } from "../../src/db/client.js";
import { TestBot, type TestBotOptions } from "../harness/test-bot.js";
import type { TestDb } from "../harness/test-db.js";
import { Role, seedAgency } from "../harness/fixtures.js";

/**
 * A second, independent bot (new Prisma client, new grammY instance) on the
 * database file of `t`: what a restart looks like. With `countQueries`, every
 * SQL statement the new client sends to the database is recorded, at the
 * driver adapter: Prisma's statements and the direct ones (src/db/direct-sql.ts)
 * alike, COMMIT included; the BEGIN the adapter issues itself is not.
 */
let reopened = 0;

export function reopenBot(t: TestBot, opts: { countQueries?: boolean } = {}): { bot: TestBot; queries: string[] } {
  const queries: string[] = [];
  const db = createDb(`file:${t.testDb.file}`, opts.countQueries ? { onStatement: (sql) => queries.push(sql) } : {});
  const testDb: TestDb = { ...t.testDb, db, close: () => db.$disconnect() };
  // TestBot's constructor is private on purpose (tests use create()); a restart needs the same file.
  const Ctor = TestBot as unknown as new (db: TestDb, o: TestBotOptions) => TestBot;
  const bot = new Ctor(testDb, { now: t.clock.now().toISOString() });
  // Telegram never re-sends an update id after a restart; the duplicate filter would drop a reused one.
  reopened += 1;
  while (bot.newUpdateId() < reopened * 100_000);
  while (bot.newIncomingMessageId() < reopened * 100_000);
  return { bot, queries };
}

/** The cast used in the plan tests: a secretary, two committee members, a staff member. */
export async function seedPlanAgency(t: TestBot) {
  const seeded = await seedAgency(t, {
    hung: { role: Role.MEMBER, fullName: "Trần Văn Hùng" },
    mai: { role: Role.MEMBER, fullName: "Lê Thị Mai" },
    nam: { role: Role.STAFF, fullName: "Phạm Văn Nam" },
    head: { role: Role.HEAD, fullName: "Võ Minh Tâm" },
  });
  return seeded;
}
