/**
 * Measures what the operator gets: time from `npm start` to the first
 * getUpdates call, and resident memory of the bot once idle. Uses the fake
 * Bot API on 127.0.0.1 (no network). Run: npm run measure:startup (it builds
 * dist/ first, as `npm ci` does). Each run is also made with `node` directly,
 * so npm's own start-up cost shows as the difference; MEASURE_TSX=1 measures
 * the tsx dev path instead of node.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FakeTelegram } from "../tests/harness/fake-telegram.js";

const root = path.resolve(import.meta.dirname, "..");

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

type Mode = "npm start" | "node" | "tsx";

/** The bot's own process: npm start runs it through `sh -c`, so look among the descendants. */
function botPid(pid: number): number {
  const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
  const isNode = path.basename(readlinkSync(`/proc/${pid}/exe`)).startsWith("node");
  if (isNode && (cmdline.includes("main.js") || cmdline.includes("main.ts"))) return pid;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean)) {
      const found = botPid(Number(child));
      if (found) return found;
    }
  }
  return 0;
}

function descendants(pid: number): number[] {
  const out = [pid];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean)) out.push(...descendants(Number(child)));
  }
  return out;
}

/**
 * CPU time (user + system) spent so far by a process and its descendants: on
 * a machine shared with other work the wall-clock figure mostly measures the
 * queue for the CPU, this one what starting the bot costs.
 */
function treeCpuMs(pid: number): number {
  let ticks = 0;
  for (const p of descendants(pid)) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    } catch {
      // exited meanwhile
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

function command(mode: Mode): [string, string[]] {
  // The same V8 flags as `npm start` (package.json); MEASURE_NODE_FLAGS overrides them.
  const flags = (process.env.MEASURE_NODE_FLAGS ?? "--enable-source-maps --max-semi-space-size=2 --heap-growing-percent=25").split(" ").filter(Boolean);
  if (mode === "npm start") return ["npm", ["start"]];
  if (mode === "tsx") return [process.execPath, [...flags, "--import", "tsx", path.join(root, "src/main.ts")]];
  return [process.execPath, [...flags, path.join(root, "dist/src/main.js")]];
}

async function once(mode: Mode): Promise<{ firstPollMs: number; cpuMs: number; rss: number }> {
  const fake = new FakeTelegram();
  const apiRoot = await fake.listen();
  const dir = mkdtempSync(path.join(tmpdir(), "qcdc-measure-"));
  const started = performance.now();
  const [file, args] = command(mode);
  const child = spawn(file, args, {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? "",
      BOT_TOKEN: "7000000001:TEST-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      TELEGRAM_API_ROOT: apiRoot,
      DATABASE_URL: `file:${dir}/qcdc.db`,
      LOG_LEVEL: "warn",
    },
    stdio: "ignore",
  });
  // On arrival, not once answered: the fake holds a long poll up to a second before it records it.
  while (fake.requestsArrived("getUpdates") === 0) await new Promise((r) => setTimeout(r, 5));
  const firstPollMs = performance.now() - started;
  const cpuMs = treeCpuMs(child.pid!);
  await new Promise((r) => setTimeout(r, 3000));
  const bot = botPid(child.pid!);
  const rss = rssMb(bot);
  // npm does not pass SIGTERM on to its child: stop the bot itself, then npm, and wait for both.
  const botGone = bot && bot !== child.pid ? waitForExit(bot) : Promise.resolve();
  if (bot && bot !== child.pid) process.kill(bot, "SIGTERM");
  child.kill("SIGTERM");
  await new Promise((r) => child.on("exit", r));
  await botGone;
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
  return { firstPollMs, cpuMs, rss };
}

/** Resolves once `pid` no longer exists (it is not our child, so no exit event). */
async function waitForExit(pid: number): Promise<void> {
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const medians: Partial<Record<Mode, number>> = {};
for (const mode of ["npm start", process.env.MEASURE_TSX ? "tsx" : "node"] as Mode[]) {
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await once(mode));
  medians[mode] = median(runs.map((r) => r.firstPollMs));
  console.log(`${mode}: start-up to first poll: median ${medians[mode]!.toFixed(0)} ms over ${runs.length} runs (${runs.map((r) => r.firstPollMs.toFixed(0)).join(", ")})`);
  console.log(`${mode}: CPU time to first poll (all its processes): median ${median(runs.map((r) => r.cpuMs)).toFixed(0)} ms`);
  console.log(`${mode}: resident memory of the bot when idle: median ${median(runs.map((r) => r.rss)).toFixed(0)} MB`);
}
if (medians.node !== undefined) console.log(`npm's own share of npm start: ~${(medians["npm start"]! - medians.node).toFixed(0)} ms`);
