import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb } from "../src/db/client.js";
import { migrateDatabase } from "../src/db/migrate.js";
import { Prisma } from "../src/generated/prisma/client.js";
/**
 * `npx tsx bench/adapter-micro.ts`: wall and CPU time per call of a few Prisma
 * operations on a SQLite file through createDb (the serialised adapter and its
 * statement cache), to see what the adapter layer costs apart from the bot.
 * Not in bench/run.ts: it has no target, only figures to compare before/after.
 */
const dir = mkdtempSync(path.join(tmpdir(), "qcdc-micro-"));
const url = `file:${dir}/q.db`;
migrateDatabase(url);
const db = createDb(url);
const agency = await db.agency.create({ data: { name: "X" } });
async function time(label: string, fn: () => Promise<unknown>, n = 3000) {
  for (let i = 0; i < 300; i++) await fn();
  const c0 = process.cpuUsage(); const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn();
  const c = process.cpuUsage(c0);
  console.log(label.padEnd(40), ((performance.now() - t0) / n * 1000).toFixed(0).padStart(6), "µs", (((c.user + c.system) / n)).toFixed(0).padStart(6), "µs cpu");
}
await time("findUnique agency", () => db.agency.findUnique({ where: { id: agency.id } }));
await time("$queryRaw agency", () => db.$queryRaw`SELECT * FROM "Agency" WHERE id = ${agency.id}`);
await time("$queryRawUnsafe agency", () => db.$queryRawUnsafe(`SELECT * FROM "Agency" WHERE id = ?`, agency.id));
await time("$executeRaw update", () => db.$executeRaw`UPDATE "Agency" SET name = ${"Y"} WHERE id = ${agency.id}`);
await time("update agency", () => db.agency.update({ where: { id: agency.id }, data: { name: "Z" } }));
await time("$transaction empty", () => db.$transaction(async () => {}));
await time("$transaction 1 raw", () => db.$transaction(async (tx) => tx.$queryRaw`SELECT 1`));
await time("$transaction batch [raw]", () => db.$transaction([db.$queryRaw`SELECT 1`]));
await db.$disconnect();
