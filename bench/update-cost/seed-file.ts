import { writeFileSync } from "node:fs";
import path from "node:path";
import { backupDatabase } from "../../src/ops/backup.js";
import { TIMEZONE } from "../../tests/harness/test-bot.js";
import { SEED_DB, SEED_JSON, type SeedInfo } from "./production-bot.js";
import { SEED_NOW, seedBench } from "./seed.js";

/**
 * `tsx bench/update-cost/seed-file.ts <folder>`: seeds the benchmark's data set
 * (bench/update-cost/seed.ts) and leaves it in the folder for another process
 * (bench/update-cost/rss.ts bot), which opens it fresh. A process of its own
 * because in production the bot does not seed its database: the seeding's heap
 * (the test harness, 20,000 reports through createMany) must not be in the
 * bot's RSS. The copy is the production backup (src/ops/backup.ts).
 */
const dir = process.argv[2];
if (!dir) throw new Error("usage: seed-file.ts <folder>");
const s = await seedBench();
await backupDatabase(s.t.testDb.url, path.join(dir, SEED_DB));
const info: SeedInfo = { now: SEED_NOW, timezone: TIMEZONE, secretaryId: s.secretaryId, reporters: s.reporters };
writeFileSync(path.join(dir, SEED_JSON), JSON.stringify(info));
await s.t.close();
process.exit(0);
