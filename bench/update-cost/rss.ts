import { PolledBot, echoBot, person, quietLogger } from "./polled.js";
import { seedBench } from "./seed.js";
import { crowd, report } from "./workload.js";

/**
 * A child process of update-cost.bench.ts: `tsx bench/update-cost/rss.ts echo|bot [updates]`
 * sends that many updates (fifty people at once) and prints the process's RSS as JSON.
 * A process of its own, so the figure is the bot's alone and the two do not share a heap.
 * The bot's mix: one person alternates /tiendo and /kehoach, the 49 others send /baocao.
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
  console.log(JSON.stringify({ which, updates: total, rssBeforeMb: mb(before), rssMb: mb(process.memoryUsage().rss), peakMb: peak() }));
  await echo.stop();
} else {
  const s = await seedBench();
  const bot = await PolledBot.start(s.makeBot, quietLogger());
  const secretary = person(s.secretaryId, "Lan");
  const before = process.memoryUsage().rss;
  await crowd(PEOPLE, total / PEOPLE, async (who, i) => {
    const r = s.reporters[who % s.reporters.length]!;
    if (who === 0) await bot.send(secretary, i % 2 === 0 ? "/tiendo" : "/kehoach");
    else await report(bot, r, person(r.id), i);
    if (i % 10 === 0) bot.drain(0);
  });
  await settle();
  console.log(JSON.stringify({ which, updates: total, rssBeforeMb: mb(before), rssMb: mb(process.memoryUsage().rss), peakMb: peak() }));
  await bot.stop();
  await s.t.close();
}
process.exit(0);

/** A moment for the allocator, as after a burst in production. */
async function settle(): Promise<void> {
  await new Promise((r) => setTimeout(r, 1000));
}

function peak(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
