import { createRequire } from "node:module"; const require = createRequire(import.meta.url);
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PolledBot, echoBot, person, quietLogger } from "./polled.js";
import { crowd, report } from "./workload.js";

/**
 * A child process of update-cost.bench.ts: `tsx bench/update-cost/rss.ts echo|bot [updates]`
 * sends that many updates (fifty people at once) and prints the process's RSS as JSON.
 * A process of its own, so the figure is the bot's alone and the two do not share a heap.
 * The bot's mix: one person alternates /tiendo and /kehoach, the 49 others send /baocao.
 *
 * The bot does not seed its own database (production never does): a grandchild
 * seeds into a folder (bench/update-cost/seed-file.ts) and this process opens
 * that file fresh, as the bot does at start-up. Both modes load the same
 * harness (this file, polled.ts: the fake Bot API and the production poller);
 * only the bot mode loads the bot (bench/update-cost/production-bot.ts), which
 * is what is measured.
 */
const which = process.argv[2];
const total = Number(process.argv[3] ?? 10_000);
const PEOPLE = 50;
const mb = (n: number) => Math.round(n / 1048576);

if (which === "echo") {
  const echo = await PolledBot.start(echoBot, quietLogger());
  const before = process.memoryUsage().rss;
  await crowd(PEOPLE, total / PEOPLE, async (who, i) => {
    await echo.send(person(1000 + who), `xin chào ${i}`);
    if (i % 10 === 0) echo.drain(0);
  });
  await settle();
  console.log(JSON.stringify({ which, updates: total, rssBeforeMb: mb(before), ...usage(), peakMb: peak() }));
  await echo.stop();
} else {
  const dir = mkdtempSync(path.join(tmpdir(), "qcdc-rss-"));
  try {
    execFileSync("npx", ["tsx", "bench/update-cost/seed-file.ts", dir], { stdio: ["ignore", "ignore", "inherit"] });
    const { openSeeded } = await import("./production-bot.js");
    const s = await openSeeded(dir);
    const bot = await PolledBot.start(s.makeBot, quietLogger());
    const secretary = person(s.info.secretaryId, "Lan");
    const reporters = s.info.reporters;
    const before = process.memoryUsage().rss;
    await crowd(PEOPLE, total / PEOPLE, async (who, i) => {
      const r = reporters[who % reporters.length]!;
      if (who === 0) await bot.send(secretary, i % 2 === 0 ? "/tiendo" : "/kehoach");
      else await report(bot, r, person(r.id), i);
      if (i % 10 === 0) bot.drain(0);
    });
    await settle();
    console.log(JSON.stringify({ which, updates: total, rssBeforeMb: mb(before), ...usage(), peakMb: peak() }));
    await bot.stop();
    await s.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
process.exit(0);

/** A moment for the allocator, as after a burst in production. */
async function settle(): Promise<void> {
  await new Promise((r) => setTimeout(r, 1000));
}

/** RSS, and the V8 heap in use within it (what the program holds; the rest is GC slack, code, native memory). */
function usage(): { rssMb: number; heapMb: number } {
  const m = process.memoryUsage();
  return { rssMb: mb(m.rss), heapMb: mb(m.heapUsed), heapTotal: mb(m.heapTotal), external: mb(m.external), ab: mb(m.arrayBuffers), spaces: Object.fromEntries((require("node:v8") as typeof import("node:v8")).getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.space_size)])) } as never;
}

function peak(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
