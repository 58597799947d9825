import { readFileSync } from "node:fs";
import path from "node:path";
import type { Bot } from "grammy";
import type { AppDeps } from "../../src/app.js";
import { createBot } from "../../src/bot/index.js";
import type { BotContext } from "../../src/bot/context.js";
import { TELEGRAM_TYPING_CAPABILITIES } from "../../src/chat/capabilities.js";
import { FakeClock } from "../../src/clock.js";
import { createDb } from "../../src/db/client.js";
import { applyMigrations } from "../../src/db/migrate.js";
import { createServices } from "../../src/services/index.js";
import { TEST_BOT_INFO } from "../../tests/harness/fake-telegram.js";
import { BENCH_TOKEN, quietLogger } from "./polled.js";

/**
 * The production bot of the update-cost benchmark, and what a seeding process
 * leaves for it in a folder (bench/update-cost/seed-file.ts): the database as
 * `bench.db` and `seed.json` with who is who. Imports only the bot's own code
 * and what bench/update-cost/polled.ts already loads (the fake Bot API), so a
 * process measuring the bot carries no test harness that the echo's lacks.
 */
export const SEED_DB = "bench.db";
export const SEED_JSON = "seed.json";

export interface SeedInfo {
  /** The fake clock's instant during seeding: the bot runs at it too (plan year, due dates). */
  now: string;
  timezone: string;
  secretaryId: number;
  reporters: { id: number; open: number[] }[];
}

/** The bot as production builds it for Telegram (typing mode, as the seeded TestBot), on `deps`. */
export function benchBot(deps: AppDeps, apiRoot: string): Bot<BotContext> {
  return createBot(BENCH_TOKEN, deps, { botInfo: TEST_BOT_INFO, apiRoot, autoRetry: false, capabilities: TELEGRAM_TYPING_CAPABILITIES });
}

/** Opens a seeded folder as the bot process would at start-up: migrations checked, a fresh client, services. */
export async function openSeeded(dir: string): Promise<{ info: SeedInfo; makeBot: (apiRoot: string) => Bot<BotContext>; close: () => Promise<void> }> {
  const info = JSON.parse(readFileSync(path.join(dir, SEED_JSON), "utf8")) as SeedInfo;
  const url = `file:${path.join(dir, SEED_DB)}`;
  await applyMigrations(url);
  const db = createDb(url);
  const clock = new FakeClock(info.now);
  const deps: AppDeps = {
    db,
    clock,
    logger: quietLogger(),
    services: createServices({ db, clock, timezone: info.timezone }),
    adminIds: new Set(),
    timezone: info.timezone,
  };
  return { info, makeBot: (apiRoot) => benchBot(deps, apiRoot), close: () => db.$disconnect() };
}
