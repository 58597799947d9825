import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { PolledBot, echoBot, person, quietLogger } from "./polled.js";
import { seedBench } from "./seed.js";
import { cases, crowd, report } from "./workload.js";

/** Dev aid: `npx tsx bench/update-cost/profile.ts <crowd|baocao|tiendo|kehoach|nhiemvu> <out.cpuprofile>`. */
const which = process.argv[2] ?? "crowd";
const out = process.argv[3] ?? "/tmp/qcdc.cpuprofile";
const s = await seedBench();
const logger = quietLogger();
const bot = await PolledBot.start(s.makeBot, logger);
const echo = await PolledBot.start(echoBot, logger);
const all = cases(echo, bot, s);
const pick = { baocao: 1, tiendo: 2, nhiemvu: 3, kehoach: 4 }[which as "baocao"];
const run = async (n: number) => {
  if (which === "crowd") await crowd(50, n, (who, i) => report(bot, s.reporters[who]!, person(s.reporters[who]!.id), i));
  else for (let i = 0; i < n * 25; i++) await all[pick!]!.send(i);
  bot.drain(0);
};
await run(5);
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
const t0 = performance.now();
await run(20);
const { profile } = await session.post("Profiler.stop");
console.log(`${which}: ${(performance.now() - t0).toFixed(0)} ms`);
writeFileSync(out, JSON.stringify(profile));
await bot.stop();
await echo.stop();
await s.t.close();
