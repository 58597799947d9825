import { rmSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { FakeTelegram } from "../harness/fake-telegram.js";
import { PROCESS_TOKEN, startBot, tempDir, waitFor, type RealProcess } from "../harness/real-process.js";
import { seedProcessDb } from "../harness/process-seed.js";
import { createDb } from "../../src/db/client.js";

// Finding 7 of issue 14: a /baocao being handled when the process was killed was lost.
let run: RealProcess | undefined;
let fake: FakeTelegram | undefined;
let dir: string | undefined;
afterEach(async () => {
  run?.proc.kill("SIGKILL");
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  run = fake = dir = undefined;
});

function message(updateId: number, text: string): Update {
  const command = /^\/\w+/.exec(text)![0];
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: 1, type: "private", first_name: "Lan" },
      from: { id: 1, is_bot: false, first_name: "Lan" },
      text,
      entities: [{ type: "bot_command", offset: 0, length: command.length }],
    },
  };
}

describe("an update being handled when the process is killed", () => {
  it("is handled after the restart: the report exists once and the answer arrives", { timeout: 120_000 }, async () => {
    dir = tempDir();
    const file = path.join(dir, "qcdc.db");
    const { taskNumber } = await seedProcessDb(file);
    fake = new FakeTelegram();
    const apiRoot = await fake.listen();
    const env = { BOT_TOKEN: PROCESS_TOKEN, TELEGRAM_API_ROOT: apiRoot, DATABASE_URL: `file:${file}`, LOG_LEVEL: "info" };

    run = startBot(dir, env);
    await waitFor("the first getUpdates", () => fake!.callsOf("getUpdates").length > 0, 60_000);
    // The answer to the report is slow: the process is killed while it waits for it.
    fake.faultNext("sendMessage", { delayMs: 60_000 });
    fake.pushUpdate(message(100, `/baocao ${taskNumber} 40 Đã tổ chức 2 buổi tuyên truyền`));
    await waitFor("the slow answer under way", () => fake!.delayedNow > 0, 60_000);
    // Other chats' updates keep being fetched meanwhile (the handler is still in flight).
    const polls = fake.callsOf("getUpdates").length;
    await waitFor("polling goes on while the update is in flight", () => fake!.callsOf("getUpdates").length > polls + 1);
    run.proc.kill("SIGKILL");
    await run.exited;

    const db = createDb(`file:${file}`);
    try {
      expect(await db.progressReport.count()).toBe(1); // written before the answer
      expect(fake.messagesTo(1)).toHaveLength(0);

      run = startBot(dir, env);
      await waitFor("the answer after the restart", () => fake!.messagesTo(1).length > 0, 60_000);
      expect(fake.messagesTo(1)[0]!.text).toContain(`Đã ghi báo cáo nhiệm vụ #${taskNumber}: 40%`);
      await waitFor("the update confirmed", () => fake!.callsOf("getUpdates").some((c) => Number(c.payload.offset) === 101));
      expect(await db.progressReport.count()).toBe(1);
      expect(fake.messagesTo(1)).toHaveLength(1);
      expect(await db.processedUpdate.count({ where: { key: { endsWith: ":100" } } })).toBe(1);
    } finally {
      await db.$disconnect();
    }
  });
});
