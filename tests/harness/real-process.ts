import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runTs, TEST_TOKEN, waitFor as waitUntil, type RunningProcess } from "./bot-process.js";

/**
 * The bot as `npm start` runs it, for the hardening tests: a thin layer over
 * bot-process.ts (one way to run the real process, with tsx as a loader so a
 * SIGKILL reaches the bot itself).
 */
export { freePort } from "./bot-process.js";
export type RealProcess = RunningProcess;
export const PROCESS_TOKEN = TEST_TOKEN;

/** The bot in `cwd` (no .env), with exactly these variables. */
export function startBot(cwd: string, env: Record<string, string>): RealProcess {
  return runTs("src/main.ts", [], env, cwd);
}

export function tempDir(prefix = "qcdc-proc-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Waits as bot-process.ts does, with the longer default these tests need (a process boots per case). */
export function waitFor(what: string, predicate: () => boolean, ms = 30_000): Promise<void> {
  return waitUntil(what, predicate, ms);
}
