import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server, type Socket } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { FakeTelegram } from "../harness/fake-telegram.js";

/**
 * The real process (as process.test.ts runs it) against a Telegram API that
 * cannot be reached: one clear line within 10 s, no exit, no hang; and once
 * the API answers, the bot gets through and serves people.
 *
 * The 10 s are counted from the process's first log line (it is up, its
 * database migrated, about to call the API): under tsx on a busy shared CI
 * machine, loading the code alone can take longer than that, and how fast the
 * bot boots is measured elsewhere (npm run measure:startup).
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const MAIN = path.join(ROOT, "src/main.ts");
const TOKEN = "7000000001:TEST-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

let child: ChildProcess | undefined;
let fake: FakeTelegram | undefined;
let blackhole: Server | undefined;
let dir: string | undefined;
afterEach(async () => {
  child?.kill("SIGKILL");
  await fake?.close();
  blackhole?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  child = fake = blackhole = dir = undefined;
});

function start(apiRoot: string) {
  dir = mkdtempSync(path.join(tmpdir(), "qcdc-unreach-"));
  const env = { PATH: process.env.PATH ?? "", HOME: dir, BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: apiRoot, DATABASE_URL: `file:${dir}/qcdc.db`, LOG_LEVEL: "info" };
  const proc = spawn(TSX, [MAIN], { cwd: dir, env, stdio: "pipe" });
  let stdout = "";
  let stderr = "";
  proc.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  proc.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  let exitCode: number | null | undefined;
  proc.on("exit", (code) => (exitCode = code));
  child = proc;
  return { out: () => stdout, errLines: () => stderr.trim().split("\n").filter(Boolean), exited: () => exitCode !== undefined };
}

/** When the process logged its first line (it has booted and migrated its database). */
async function firstLogLine(run: { out: () => string }): Promise<number> {
  await waitFor("the process to boot", () => run.out().includes("\n"), 40_000);
  return Date.now();
}

async function waitFor(what: string, predicate: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A port on 127.0.0.1 that nothing listens on (connections are refused). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function expectTheOneClearLine(lines: string[], apiRoot: string): void {
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(`Không kết nối được Telegram API tại ${apiRoot}`);
  for (const hint of ["proxy", "TELEGRAM_API_ROOT", "tường lửa"]) expect(lines[0]).toContain(hint);
}

describe("the bot process with Telegram unreachable", () => {
  it("says so in one line within 10 s, keeps trying, and gets through once the API answers", async () => {
    const port = await closedPort();
    const apiRoot = `http://127.0.0.1:${port}`;
    const run = start(apiRoot);
    const upAt = await firstLogLine(run);
    await waitFor("the clear line", () => run.errLines().length > 0, 10_000);
    expect(Date.now() - upAt).toBeLessThan(10_000);
    expectTheOneClearLine(run.errLines(), apiRoot);
    expect(run.errLines()[0]).toContain("ECONNREFUSED");
    expect(run.errLines()[0]).not.toContain(TOKEN.split(":")[1]);

    // Still running, and still trying: no exit, no second line.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(run.exited()).toBe(false);

    fake = new FakeTelegram();
    await fake.listen(port);
    await waitFor("the first poll once the API answers", () => fake!.callsOf("getUpdates").length > 0, 20_000);
    expect(run.out()).toContain("Telegram API reachable: starting");
    fake.pushUpdate({
      update_id: 1,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: 42, type: "private", first_name: "Lan" },
        from: { id: 42, is_bot: false, first_name: "Lan" },
        text: "/start",
        entities: [{ type: "bot_command", offset: 0, length: 6 }],
      },
    });
    await waitFor("the answer to /start", () => fake!.messagesTo(42).length > 0, 10_000);
    expectTheOneClearLine(run.errLines(), apiRoot);
  }, 90_000);

  it("does not wait for a firewall that drops packets: the line comes within 10 s", async () => {
    // Accepts connections and never answers, as a dropping firewall or a dead proxy looks to the bot.
    const sockets: Socket[] = [];
    blackhole = createServer((s) => void sockets.push(s));
    await new Promise<void>((resolve) => blackhole!.listen(0, "127.0.0.1", resolve));
    const apiRoot = `http://127.0.0.1:${(blackhole.address() as { port: number }).port}`;
    const run = start(apiRoot);
    const upAt = await firstLogLine(run);
    await waitFor("the clear line", () => run.errLines().length > 0, 10_000);
    expect(Date.now() - upAt).toBeLessThan(10_000);
    expectTheOneClearLine(run.errLines(), apiRoot);
    expect(run.exited()).toBe(false);
    for (const s of sockets) s.destroy();
  }, 60_000);
});
