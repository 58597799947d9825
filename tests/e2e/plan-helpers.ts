import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../src/generated/prisma/client.js";
import { TestBot, type TestBotOptions } from "../harness/test-bot.js";
import type { TestDb } from "../harness/test-db.js";
import { Role, seedAgency } from "../harness/fixtures.js";

/**
 * A second, independent bot (new Prisma client, new grammY instance) on the
 * database file of `t`: what a restart looks like. With `countQueries`, every
 * SQL statement the new client runs is recorded (Prisma's query log works with
 * the better-sqlite3 driver adapter and reports each statement, includes too).
 */
let reopened = 0;

export function reopenBot(t: TestBot, opts: { countQueries?: boolean } = {}): { bot: TestBot; queries: string[] } {
  const queries: string[] = [];
  const db = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: t.testDb.file }),
    ...(opts.countQueries ? { log: [{ emit: "event" as const, level: "query" as const }] } : {}),
  });
  if (opts.countQueries) (db as PrismaClient<"query">).$on("query", (e) => queries.push(e.query));
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
