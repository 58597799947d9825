import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { request } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { FakeZalo, TEST_ZALO_TOKEN } from "../harness/fake-zalo.js";
import { ROOT, freePort, waitFor } from "../harness/bot-process.js";
import type { ZaloUpdate } from "../../src/platforms/zalo/types.js";

/**
 * The built bot (`node dist/src/main.js`, as `npm start` runs it) on Zalo
 * alone, against the fake Zalo Bot API over HTTP. PORT is given only so the
 * health server never collides with another test's (it is not a Zalo setting).
 */
let child: ChildProcess | undefined;
let fake: FakeZalo | undefined;
let dir: string | undefined;

beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "pipe" });
}, 240_000);

afterEach(async () => {
  child?.kill("SIGKILL");
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  child = fake = dir = undefined;
});

function startBuilt(env: Record<string, string>) {
  dir = mkdtempSync(path.join(tmpdir(), "qcdc-zalo-"));
  const proc = spawn(process.execPath, [path.join(ROOT, "dist/src/main.js")], { cwd: dir, env: { PATH: process.env.PATH ?? "", HOME: dir, ...env }, stdio: "pipe" });
  let out = "";
  proc.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  proc.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  child = proc;
  return { proc, exited: new Promise<number | null>((r) => proc.on("exit", (code) => r(code))), out: () => out };
}

const USER = "6ede9afa66b88fe6d6a9";
function textFrom(messageId: string, text: string): ZaloUpdate {
  return {
    event_name: "message.text.received",
    message: { message_id: messageId, from: { id: USER, display_name: "Lan", is_bot: false }, chat: { id: USER, chat_type: "PRIVATE" }, date: Date.now(), text },
  };
}

function post(port: number, urlPath: string, secret: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: urlPath, method: "POST", headers: { "content-type": "application/json", "x-bot-api-secret-token": secret } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("the built bot on Zalo", () => {
  it("long-polls with only ZALO_BOT_TOKEN and ZALO_API_ROOT, answers /start, and stops cleanly", async () => {
    fake = new FakeZalo();
    const apiRoot = await fake.listen();
    const run = startBuilt({ ZALO_BOT_TOKEN: TEST_ZALO_TOKEN, ZALO_API_ROOT: apiRoot, PORT: String(await freePort()) });
    await waitFor("the first getUpdates", () => fake!.callsOf("getUpdates").length > 0, 60_000);
    fake.pushUpdate(textFrom("2d758cb5e222177a4e35", "/start"));
    await waitFor("the answer to /start", () => fake!.messagesTo(USER).length > 0, 30_000);
    expect(fake.messagesTo(USER)[0]!.text).toContain("Xin chào");
    // Typed without the slash, as on a phone.
    fake.pushUpdate(textFrom("2d758cb5e222177a4e36", "trogiup"));
    await waitFor("the answer to trogiup", () => fake!.messagesTo(USER).length > 1, 30_000);
    expect(fake.refused).toEqual([]);
    run.proc.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(run.out()).toContain("zalo: long polling started");
    expect(run.out()).not.toContain(TEST_ZALO_TOKEN.split(":")[1]!);
  }, 120_000);

  it("serves the webhook: a wrong secret gets 403, the right one is answered at once and handled", async () => {
    fake = new FakeZalo();
    const apiRoot = await fake.listen();
    // The webhook is a route of the bot's one HTTP server (PORT), beside /healthz.
    const port = await freePort();
    const secret = "webhook-secret-1234";
    const run = startBuilt({
      ZALO_BOT_TOKEN: TEST_ZALO_TOKEN,
      ZALO_API_ROOT: apiRoot,
      ZALO_WEBHOOK_URL: "https://bot.example.vn/zalo/hook",
      ZALO_WEBHOOK_SECRET: secret,
      PORT: String(port),
    });
    await waitFor("setWebhook", () => fake!.callsOf("setWebhook").length > 0, 60_000);
    expect(fake.callsOf("setWebhook")[0]!.payload).toEqual({ url: "https://bot.example.vn/zalo/hook", secret_token: secret });
    const body = JSON.stringify(textFrom("aa758cb5e222177a4e35", "/start"));
    expect(await post(port, "/zalo/hook", "wrong-secret-9999", body)).toBe(403);
    expect(await post(port, "/zalo/hook", "", body)).toBe(403);
    expect(fake.messagesTo(USER)).toHaveLength(0);
    // The documented wrapped body; the flat one is accepted too (webhook unit tests).
    expect(await post(port, "/zalo/hook", secret, JSON.stringify({ ok: true, result: JSON.parse(body) }))).toBe(200);
    await waitFor("the answer to /start", () => fake!.messagesTo(USER).length > 0, 30_000);
    expect(fake.messagesTo(USER)[0]!.text).toContain("Xin chào");
    // One server: the health check answers on the same port, and another path is not the webhook.
    expect(await post(port, "/zalo/other", secret, body)).toBe(404);
    run.proc.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  }, 120_000);
});
