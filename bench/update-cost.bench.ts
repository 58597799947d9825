import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import type { BenchResult, Benchmark } from "./lib.js";
import { PolledBot, echoBot, person, quietLogger } from "./update-cost/polled.js";
import { seedBench } from "./update-cost/seed.js";
import { cases, crowd, quantile, report } from "./update-cost/workload.js";

/**
 * Issue 15: the cost of one update, as a ratio to a bare grammY echo bot.
 * Both bots are polled over real HTTP (the production poller) from their own
 * fake Bot API on 127.0.0.1, in one process, interleaved (echo, /baocao,
 * /tiendo, /nhiemvu, /kehoach, rotating the order each round), so load from
 * other work on the machine hits all of them alike. 200 tasks, 20,000 reports.
 * Then fifty people at once, and RSS after 10,000 updates in child processes.
 * BENCH_REPS (default 400) and BENCH_RSS_UPDATES (default 10,000) shorten a run.
 */
const REPS = Number(process.env.BENCH_REPS ?? 400);
const RSS_UPDATES = Number(process.env.BENCH_RSS_UPDATES ?? 10_000);
const TARGETS: Record<string, number> = { "/baocao <số> 50% <nội dung>": 3, "/tiendo (committee)": 4 };
const CROWD_P95_MS = 150;

const bench: Benchmark = {
  name: "update cost vs bare grammY echo — real HTTP long polling, 200 tasks, 20,000 reports",
  async run() {
    console.log(`  load average at start: ${loadavg().map((l) => l.toFixed(2)).join(", ")}`);
    const s = await seedBench();
    const logger = quietLogger();
    const echo = await PolledBot.start(echoBot, logger);
    const bot = await PolledBot.start(s.makeBot, logger);
    const missed: string[] = [];
    try {
      const all = cases(echo, bot, s);
      for (const c of all) {
        await c.send(0);
        c.check();
      }
      for (let w = 0; w < 20; w++) for (const c of all) await c.send(w);
      const samples = all.map(() => ({ ms: [] as number[], cpuMs: 0 }));
      for (let rep = 0; rep < REPS; rep++) {
        for (let k = 0; k < all.length; k++) {
          const at = (rep + k) % all.length;
          const cpu = process.cpuUsage();
          const t0 = performance.now();
          await all[at]!.send(rep);
          samples[at]!.ms.push(performance.now() - t0);
          const used = process.cpuUsage(cpu);
          samples[at]!.cpuMs += (used.user + used.system) / 1000;
        }
        echo.drain(0);
        bot.drain(0);
      }
      const floor = { p50: quantile(samples[0]!.ms, 0.5), p95: quantile(samples[0]!.ms, 0.95), cpu: samples[0]!.cpuMs / REPS };
      const results: BenchResult[] = [];
      console.log(`  ${"".padEnd(30)} ${"median".padStart(8)} ${"p95".padStart(8)} ${"CPU/upd".padStart(8)}   ×echo: median   p95   CPU`);
      all.forEach((c, i) => {
        const p50 = quantile(samples[i]!.ms, 0.5);
        const p95 = quantile(samples[i]!.ms, 0.95);
        const cpu = samples[i]!.cpuMs / REPS;
        const target = TARGETS[c.label];
        const ok = target === undefined || (p50 / floor.p50 <= target && cpu / floor.cpu <= target);
        if (!ok) missed.push(`${c.label} (target ${target}×)`);
        console.log(
          `  ${c.label.padEnd(30)} ${ms(p50)} ${ms(p95)} ${ms(cpu)}   ${x(p50 / floor.p50)} ${x(p95 / floor.p95)} ${x(cpu / floor.cpu)}${target ? (ok ? `  ✓ ≤ ${target}×` : `  ✗ target ${target}×`) : ""}`,
        );
        results.push({ label: c.label, medianMs: p50, p95Ms: p95, samples: REPS });
      });

      const reporters = s.reporters;
      const echoCrowd = await crowd(50, 20, (who, i) => echo.send(person(2000 + who), `xin chào ${i}`));
      echo.drain(0);
      const botCrowd = await crowd(50, 20, (who, i) => report(bot, reporters[who]!, person(reporters[who]!.id), i));
      bot.drain(0);
      for (const [label, r] of [["echo", echoCrowd], ["/baocao", botCrowd]] as const) {
        const p95 = quantile(r.times, 0.95);
        const verdict = label === "/baocao" ? (p95 < CROWD_P95_MS ? `  ✓ p95 < ${CROWD_P95_MS} ms` : `  ✗ target p95 < ${CROWD_P95_MS} ms`) : "";
        if (label === "/baocao" && p95 >= CROWD_P95_MS) missed.push("50 people at once");
        console.log(`  50 people × 20 ${label.padEnd(10)} ${r.perSecond.toFixed(0).padStart(5)} updates/s   p50 ${ms(quantile(r.times, 0.5))}   p95 ${ms(p95)}${verdict}`);
      }
    } finally {
      await bot.stop();
      await echo.stop();
      await s.t.close();
    }

    // Both children run with the V8 flags production runs with (`npm start`), through tsx's loader.
    const rss = (which: string) =>
      JSON.parse(
        execFileSync(process.execPath, ["--import", "tsx", ...productionNodeFlags(), "bench/update-cost/rss.ts", which, String(RSS_UPDATES)], { encoding: "utf8" }).trim().split("\n").at(-1)!,
      ) as {
        rssMb: number;
        rssBeforeMb: number;
        heapMb: number;
        peakMb: number;
      };
    const e = rss("echo");
    const b = rss("bot");
    const ratio = b.rssMb / e.rssMb;
    if (ratio > 2) missed.push("RSS");
    // "at start": once polling, before the first update; the bot's database was seeded by another process (rss.ts).
    console.log(
      `  RSS after ${RSS_UPDATES} updates: echo ${e.rssMb} MB (at start ${e.rssBeforeMb}, peak ${e.peakMb}, heap ${e.heapMb}), bot ${b.rssMb} MB (at start ${b.rssBeforeMb}, peak ${b.peakMb}, heap ${b.heapMb}): ${x(ratio)}${ratio <= 2 ? "  ✓ ≤ 2×" : "  ✗ target 2×"}`,
    );
    console.log(`  load average at end: ${loadavg().map((l) => l.toFixed(2)).join(", ")}`);
    if (missed.length) {
      console.log(`  missed: ${missed.join("; ")}`);
      process.exitCode = 1;
    }
    return [];
  },
};

/** The node flags of `npm start` (package.json), e.g. the young generation and heap growth settings. */
function productionNodeFlags(): string[] {
  const start = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start;
  return start.split(/\s+/).filter((a) => a.startsWith("--"));
}

const ms = (v: number) => `${v.toFixed(2).padStart(6)} ms`;
const x = (v: number) => `${v.toFixed(1).padStart(5)}×`;

export default bench;
