import { request } from "node:http";
import { connect } from "node:net";
import { rmSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { FakeTelegram } from "../harness/fake-telegram.js";
import { PROCESS_TOKEN, freePort, startBot, tempDir, waitFor, type RealProcess } from "../harness/real-process.js";

// Finding 1 of issue 14 (and the body limit of finding 5): the webhook died on bad input.
let run: RealProcess | undefined;
let fake: FakeTelegram | undefined;
let dir: string | undefined;
afterEach(async () => {
  run?.proc.kill("SIGKILL");
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  run = fake = dir = undefined;
});

const SECRET = "webhook-secret-0123456789";
const HOOK = "/telegram/hook";

function post(port: number, body: string | Buffer, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: HOOK, method: "POST", agent: false, headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET, ...headers } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** Streams `total` bytes in chunks (no content-length): the server must stop at its limit and answer 413. */
function postStreaming(port: number, total: number): Promise<number | "reset"> {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, path: HOOK, method: "POST", agent: false, headers: { "x-telegram-bot-api-secret-token": SECRET } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", () => resolve("reset"));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

/** Declares a body, sends half of it, and goes away. */
function abortHalfWay(port: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(`POST ${HOOK} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-Telegram-Bot-Api-Secret-Token: ${SECRET}\r\nContent-Length: 400\r\n\r\n{"update_id": 5, "message": {`);
      setTimeout(() => {
        socket.destroy();
        resolve();
      }, 100);
    });
    socket.on("error", () => resolve());
  });
}

function startFrom(updateId: number, id: number): Update {
  return {
    update_id: updateId,
    message: {
      message_id: 1,
      date: Math.floor(Date.now() / 1000),
      chat: { id, type: "private", first_name: "An" },
      from: { id, is_bot: false, first_name: "An" },
      text: "/start",
      entities: [{ type: "bot_command", offset: 0, length: 6 }],
    },
  };
}

describe("the webhook process", () => {
  it("refuses or drops every malformed request, goes on, and then answers a valid update", { timeout: 90_000 }, async () => {
    fake = new FakeTelegram();
    const apiRoot = await fake.listen();
    const port = await freePort();
    dir = tempDir();
    run = startBot(dir, {
      BOT_TOKEN: PROCESS_TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      DATABASE_URL: `file:${path.join(dir, "qcdc.db")}`,
      WEBHOOK_URL: `https://bot.example.vn${HOOK}`,
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
    });
    await waitFor("the webhook server", () => run!.out().includes("webhook server listening"), 60_000);

    expect(await post(port, "{not json")).toBe(400);
    expect(await post(port, "null")).toBe(400);
    expect(await post(port, JSON.stringify({ ...startFrom(1, 7), update_id: "1" }))).toBe(400);
    const noChat = startFrom(2, 7) as unknown as { message: Record<string, unknown> };
    delete noChat.message.chat;
    expect(await post(port, JSON.stringify(noChat))).toBe(200); // well-formed envelope: logged and dropped, no retry
    expect(await post(port, JSON.stringify({ update_id: 3, callback_query: { id: "x", data: "a" } }))).toBe(200);
    await abortHalfWay(port);
    const streamed = await postStreaming(port, 4 * 1024 * 1024);
    expect(streamed).toBe(413);
    expect(await post(port, "x", { "content-length": String(150 * 1024 * 1024) })).toBe(413);
    expect(await post(port, JSON.stringify(startFrom(4, 7)), { "x-telegram-bot-api-secret-token": "wrong-secret-wrong-secret" })).toBe(401);
    expect(fake.messagesTo(7)).toHaveLength(0);
    expect(run.proc.exitCode).toBeNull();

    expect(await post(port, JSON.stringify(startFrom(10, 7)))).toBe(200);
    await waitFor("the answer", () => fake!.messagesTo(7).length > 0);
    expect(fake.messagesTo(7)[0]!.text).toContain("/start <mã mời>");
    expect(run.out()).toContain("update of an impossible shape dropped");
    expect(run.proc.exitCode).toBeNull();
    expect(run.err()).toBe("");
  });
});
