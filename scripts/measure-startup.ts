/**
 * Measures what the foundation issue promises: time from process start to the
 * first getUpdates call, and resident memory once idle. Uses the fake Bot API
 * on 127.0.0.1 (no network). Run: npm run measure:startup (the compiled
 * build, as `npm start` runs it; MEASURE_TSX=1 measures the tsx dev path).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FakeTelegram } from "../tests/harness/fake-telegram.js";

const root = path.resolve(import.meta.dirname, "..");

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function once(): Promise<{ firstPollMs: number; rss: number }> {
  const fake = new FakeTelegram();
  const apiRoot = await fake.listen();
  const dir = mkdtempSync(path.join(tmpdir(), "qcdc-measure-"));
  const started = performance.now();
  // The same V8 flags as `npm start` (package.json); MEASURE_NODE_FLAGS overrides them.
  const flags = (process.env.MEASURE_NODE_FLAGS ?? "--max-semi-space-size=2").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...flags, ...(process.env.MEASURE_TSX ? ["--import", "tsx", path.join(root, "src/main.ts")] : [path.join(root, "dist/src/main.js")])], {
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
  while (fake.callsOf("getUpdates").length === 0) await new Promise((r) => setTimeout(r, 5));
  const firstPollMs = performance.now() - started;
  await new Promise((r) => setTimeout(r, 3000));
  const rss = rssMb(child.pid!);
  child.kill("SIGTERM");
  await new Promise((r) => child.on("exit", r));
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
  return { firstPollMs, rss };
}

const runs = [];
for (let i = 0; i < 5; i++) runs.push(await once());
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`start-up to first poll: median ${median(runs.map((r) => r.firstPollMs)).toFixed(0)} ms over ${runs.length} runs (${runs.map((r) => r.firstPollMs.toFixed(0)).join(", ")})`);
console.log(`resident memory when idle: median ${median(runs.map((r) => r.rss)).toFixed(0)} MB`);
