import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { FakeTelegram } from "../harness/fake-telegram.js";
import { PROCESS_TOKEN, freePort, startBot, tempDir, waitFor, type RealProcess } from "../harness/real-process.js";
import { seedProcessDb } from "../harness/process-seed.js";
import { createDb } from "../../src/db/client.js";

// Finding 2 of issue 14: the bot token leaked into logs, a crash dump and the outbox's stored error.
let run: RealProcess | undefined;
let fake: FakeTelegram | undefined;
let dir: string | undefined;
afterEach(async () => {
  run?.proc.kill("SIGKILL");
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  run = fake = dir = undefined;
});

const SECRET_PART = PROCESS_TOKEN.slice(PROCESS_TOKEN.indexOf(":") + 1);

function leaks(where: string, text: string): string[] {
  return [PROCESS_TOKEN, SECRET_PART].filter((s) => text.includes(s)).map((s) => `${where} holds ${s === PROCESS_TOKEN ? "the token" : "its secret part"}`);
}

function startFrom(updateId: number, id: number): Update {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id, type: "private", first_name: "An" },
      from: { id, is_bot: false, first_name: "An" },
      text: "/start",
      entities: [{ type: "bot_command", offset: 0, length: 6 }],
    },
  };
}

describe("the bot token", () => {
  it("appears in no log line, stored error or crash output, at trace, through network failures and a failing handler", { timeout: 120_000 }, async () => {
    dir = tempDir();
    const file = path.join(dir, "qcdc.db");
    await seedProcessDb(file, { outboxText: "Nhắc việc" });
    fake = new FakeTelegram();
    const apiRoot = await fake.listen();
    // Network failures: polling loses its connection once (the interactive API retries it), the
    // outbox's sends are cut off (it stores the error), a handler's answer is refused (it fails).
    fake.faultNext("getUpdates", "drop", 1);
    fake.faultNext("sendMessage", "drop", 2);
    run = startBot(dir, { BOT_TOKEN: PROCESS_TOKEN, TELEGRAM_API_ROOT: apiRoot, DATABASE_URL: `file:${file}`, LOG_LEVEL: "trace" });
    const db = createDb(`file:${file}`);
    try {
      await waitFor("the outbox's stored error", () => run!.out().includes("outbox: delivery failed"), 60_000);
      const row = await db.outboxMessage.findFirstOrThrow();
      expect(row.lastError).toMatch(/^network: .*\/bot\[ẩn\]\/sendMessage failed/);
    } finally {
      await db.$disconnect();
    }
    await waitFor("polling after the failure", () => fake!.callsOf("getUpdates").length > 0, 60_000);
    fake.failNext("sendMessage", { error_code: 400, description: "Bad Request: chat not found" }, { chatId: 7, times: 2 });
    fake.pushUpdate(startFrom(1, 7));
    await waitFor("the handler's failure logged", () => run!.out().includes("error while handling an update"), 60_000);
    await waitFor("the outbox message sent at last", () => fake!.messagesTo(1).length > 0, 60_000);
    run.proc.kill("SIGKILL");
    await run.exited;
    const polling = { out: run.out(), err: run.err() };

    // A failing webhook: setWebhook loses its connection once, then an update's handler fails.
    fake.faultNext("setWebhook", "drop", 1);
    const port = await freePort();
    const secret = "webhook-secret-0123456789";
    run = startBot(dir, {
      BOT_TOKEN: PROCESS_TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      DATABASE_URL: `file:${file}`,
      LOG_LEVEL: "trace",
      WEBHOOK_URL: "https://bot.example.vn/telegram/hook",
      WEBHOOK_SECRET: secret,
      PORT: String(port),
    });
    await waitFor("the webhook server", () => run!.out().includes("webhook server listening"), 60_000);
    fake.failNext("sendMessage", { error_code: 400, description: "Bad Request: chat not found" }, { chatId: 9, times: 2 });
    const status = await fetch(`http://127.0.0.1:${port}/telegram/hook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
      body: JSON.stringify(startFrom(50, 9)),
    }).then((r) => r.status);
    expect(status).toBe(200);
    await waitFor("the webhook handler's failure logged", () => run!.out().includes("error while handling an update"), 60_000);
    run.proc.kill("SIGKILL");
    await run.exited;

    const found = [
      ...leaks("polling stdout", polling.out),
      ...leaks("polling stderr", polling.err),
      ...leaks("webhook stdout", run.out()),
      ...leaks("webhook stderr", run.err()),
      ...leaks("database file", readFileSync(file).toString("latin1")),
      ...(existsSync(`${file}-wal`) ? leaks("WAL file", readFileSync(`${file}-wal`).toString("latin1")) : []),
    ];
    expect(found).toEqual([]);
    // The failures really happened and were described (censored, not silenced).
    expect(polling.out).toContain("/bot[ẩn]/sendMessage failed");
  });
});
