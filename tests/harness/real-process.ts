import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MAIN = path.join(ROOT, "src/main.ts");
/** tsx as a loader inside one node process, so that a signal (SIGKILL) reaches the bot itself, not a wrapper. */
const TSX_LOADER = pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;

export const PROCESS_TOKEN = "7000000001:TEST-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

export interface RealProcess {
  proc: ChildProcess;
  exited: Promise<number | null>;
  out(): string;
  err(): string;
}

/** The bot as `npm start` runs it, in `cwd` (no .env), with exactly these variables. */
export function startBot(cwd: string, env: Record<string, string>): RealProcess {
  const proc = spawn(process.execPath, ["--import", TSX_LOADER, MAIN], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: cwd, ...env },
    stdio: "pipe",
  });
  let stdout = "";
  let stderr = "";
  proc.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  proc.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  return { proc, exited, out: () => stdout, err: () => stderr };
}

export function tempDir(prefix = "qcdc-proc-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export async function waitFor(what: string, predicate: () => boolean, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
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
