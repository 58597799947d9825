import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Update } from "grammy/types";

/** The real bot (and its tools) as child processes, in the style of tests/process/process.test.ts. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSX_LOADER = pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;
export const TEST_TOKEN = "7000000001:TEST-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

export interface RunningProcess {
  proc: ChildProcess;
  exited: Promise<number | null>;
  out(): string;
  err(): string;
}

/** Runs a TypeScript entry point (`src/main.ts`, `src/ops/backup-cli.ts`…) with exactly these variables. */
export function runTs(entry: string, args: string[], env: Record<string, string>, cwd: string): RunningProcess {
  // Node itself with tsx's loader, not the `tsx` wrapper: a kill then reaches the
  // bot (SIGKILL to the wrapper would orphan it, still polling the fake API).
  const proc = spawn(process.execPath, ["--import", TSX_LOADER, path.join(ROOT, entry), ...args], { cwd, env: { PATH: process.env.PATH ?? "", HOME: cwd, ...env }, stdio: "pipe" });
  let stdout = "";
  let stderr = "";
  proc.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  proc.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  return { proc, exited, out: () => stdout, err: () => stderr };
}

export async function waitFor(what: string, predicate: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** A private-chat text message from user `id`, as Telegram delivers it. */
export function textFrom(updateId: number, id: number, firstName: string, text: string): Update {
  const command = text.startsWith("/") ? text.split(" ")[0]!.length : 0;
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id, type: "private", first_name: firstName },
      from: { id, is_bot: false, first_name: firstName },
      text,
      ...(command ? { entities: [{ type: "bot_command" as const, offset: 0, length: command }] } : {}),
    },
  };
}
