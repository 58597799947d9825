import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { FakeTelegram } from "../harness/fake-telegram.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const MAIN = path.join(ROOT, "src/main.ts");

let child: ChildProcess | undefined;
let fake: FakeTelegram | undefined;
let dir: string | undefined;
afterEach(async () => {
  child?.kill("SIGKILL");
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  child = fake = dir = undefined;
});

/** Runs `npm start`'s command in an empty folder (no .env) with exactly these variables. */
function start(env: Record<string, string>) {
  dir ??= newDir();
  const proc = spawn(TSX, [MAIN], { cwd: dir, env: { PATH: process.env.PATH ?? "", HOME: dir, ...env }, stdio: "pipe" });
  let stdout = "";
  let stderr = "";
  proc.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  proc.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  child = proc;
  return { proc, exited, out: () => stdout, err: () => stderr };
}

function newDir(): string {
  dir = mkdtempSync(path.join(tmpdir(), "qcdc-proc-"));
  return dir;
}

async function waitFor(what: string, predicate: () => boolean, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("the bot process", () => {
  it("stops with one clear line when BOT_TOKEN is missing", async () => {
    const run = start({});
    expect(await run.exited).toBe(1);
    const lines = run.err().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("BOT_TOKEN");
    expect(lines[0]).toContain("@BotFather");
  });

  it("polls a Bot API server, answers /start, registers its menu and shuts down cleanly", async () => {
    fake = new FakeTelegram();
    const apiRoot = await fake.listen();
    const run = start({
      BOT_TOKEN: "7000000001:TEST-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      TELEGRAM_API_ROOT: apiRoot,
      BOT_ADMIN_IDS: "42",
      DATABASE_URL: `file:${path.join(newDir(), "data", "qcdc.db")}`,
      LOG_LEVEL: "info",
    });
    await waitFor("the first getUpdates", () => fake!.callsOf("getUpdates").length > 0);
    fake.pushUpdate(startFrom(1, 42, "Lan"));
    await waitFor("the answer to /start", () => fake!.messagesTo(42).length > 0);
    expect(fake.messagesTo(42)[0]!.text).toContain("/khoitao");
    await waitFor("the command menu", () => fake!.callsOf("setMyCommands").length === 4);
    const scopes = fake.callsOf("setMyCommands").map((c) => JSON.stringify(c.payload.scope));
    expect(scopes.filter((s) => s.includes("all_private_chats"))).toHaveLength(2);
    expect(scopes.filter((s) => s.includes("all_group_chats"))).toHaveLength(2);
    expect(run.out()).toContain("long polling started");

    // tsx relays SIGTERM only if the child acknowledges it within 30 ms: let the update finish first.
    await waitFor("the update log line", () => run.out().includes('"msg":"update"'));
    run.proc.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(run.out()).toContain('"msg":"stopped"');
  });

  it("serves a webhook that checks Telegram's secret token", async () => {
    fake = new FakeTelegram();
    const apiRoot = await fake.listen();
    const port = await freePort();
    const secret = "webhook-secret-0123456789";
    const run = start({
      BOT_TOKEN: "7000000001:TEST-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      TELEGRAM_API_ROOT: apiRoot,
      DATABASE_URL: `file:${path.join(newDir(), "qcdc.db")}`,
      WEBHOOK_URL: "https://bot.example.vn/telegram/hook",
      WEBHOOK_SECRET: secret,
      PORT: String(port),
    });
    await waitFor("setWebhook", () => fake!.callsOf("setWebhook").length > 0);
    expect(fake.callsOf("setWebhook")[0]!.payload).toMatchObject({ url: "https://bot.example.vn/telegram/hook", secret_token: secret });
    await waitFor("the webhook server", () => run.out().includes("webhook server listening"));
    const update = startFrom(10, 7, "An");
    const post = (token: string) =>
      fetch(`http://127.0.0.1:${port}/telegram/hook`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": token },
        body: JSON.stringify(update),
      });
    expect((await post("wrong-secret-wrong-secret")).status).toBe(401);
    expect(fake.messagesTo(7)).toHaveLength(0);
    expect((await post(secret)).status).toBe(200);
    await waitFor("the answer", () => fake!.messagesTo(7).length > 0);
    expect(fake.messagesTo(7)[0]!.text).toContain("/start <mã mời>");
    await waitFor("the update log line", () => run.out().includes('"msg":"update"'));
    run.proc.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  });
});

/** A `/start` sent in private chat by user `id`, as Telegram delivers it. */
function startFrom(updateId: number, id: number, firstName: string): Update {
  return {
    update_id: updateId,
    message: {
      message_id: 1,
      date: Math.floor(Date.now() / 1000),
      chat: { id, type: "private", first_name: firstName },
      from: { id, is_bot: false, first_name: firstName },
      text: "/start",
      entities: [{ type: "bot_command", offset: 0, length: 6 }],
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
