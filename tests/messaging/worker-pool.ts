import { spawn, type ChildProcess } from "node:child_process";
import type { WorkerOptions } from "./sender-worker.js";

/** One real sender process (tests/messaging/sender-worker.ts). */
export interface Worker {
  name: string;
  child: ChildProcess;
  /** Booted, database open, waiting for `go`. */
  ready: Promise<void>;
  /** Sending (after `go`). */
  exited: Promise<number | null>;
  /** Real instant of the SIGKILL, if it was killed. */
  killedAt?: number;
  stderr: string;
  /** Waits until booted, then lets it send. */
  go: () => Promise<void>;
}

export const realNow = () => performance.timeOrigin + performance.now();

/** Starts a worker whose bot token carries its name, so the fake API knows who sent what. */
export function startWorker(name: string, o: Omit<WorkerOptions, "token">): Worker {
  const opts: WorkerOptions = { ...o, token: `7000000001:${name}` };
  const child = spawn("node", ["--import", "tsx", "tests/messaging/sender-worker.ts", JSON.stringify(opts)], {
    cwd: process.cwd(),
    stdio: ["pipe", "pipe", "pipe"],
  });
  const w: Worker = { name, child, stderr: "", ready: undefined as never, exited: undefined as never, go: undefined as never };
  let out = "";
  const seen = (word: string) =>
    new Promise<void>((resolve) => {
      const check = () => out.includes(word) && resolve();
      child.stdout!.on("data", check);
      check();
    });
  child.stdout!.on("data", (d: Buffer) => {
    out += d.toString();
    if (process.env.WORKER_LOG) process.stderr.write(`[${name}] ${d.toString()}`);
  });
  w.ready = seen("ready\n");
  w.go = async () => {
    await w.ready;
    child.stdin!.write("go\n");
    await seen("started\n");
  };
  child.stderr!.on("data", (d: Buffer) => (w.stderr += d.toString()));
  w.exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  return w;
}

export async function killHard(w: Worker): Promise<void> {
  w.killedAt = realNow();
  w.child.kill("SIGKILL");
  await w.exited;
}

/** SIGTERM: the worker finishes what is in flight (outcomes committed) and exits. */
export async function stopGracefully(w: Worker): Promise<void> {
  w.child.kill("SIGTERM");
  await w.exited;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
