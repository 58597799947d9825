import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FakeTelegram } from "../harness/fake-telegram.js";
import { freePort, runTs, TEST_TOKEN, waitFor, type RunningProcess } from "../harness/bot-process.js";

let run: RunningProcess | undefined;
let fake: FakeTelegram | undefined;
let dir: string | undefined;
afterEach(async () => {
  run?.proc.kill("SIGKILL");
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  run = fake = dir = undefined;
});

async function startBot(): Promise<{ port: number; get: (p?: string) => Promise<{ status: number; body: Record<string, unknown> | string }> }> {
  fake = new FakeTelegram();
  const apiRoot = await fake.listen();
  dir = mkdtempSync(path.join(tmpdir(), "qcdc-health-"));
  const port = await freePort();
  run = runTs("src/main.ts", [], { BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: apiRoot, DATABASE_URL: `file:${path.join(dir, "data", "qcdc.db")}`, PORT: String(port) }, dir);
  const get = async (p = "/healthz") => {
    const res = await fetch(`http://127.0.0.1:${port}${p}`);
    const text = await res.text();
    return { status: res.status, body: res.headers.get("content-type")?.includes("json") ? (JSON.parse(text) as Record<string, unknown>) : text };
  };
  return { port, get };
}

describe("/healthz of the polling bot process", () => {
  it("answers 200 on PORT once polls succeed, with the database checked; 404 elsewhere", async () => {
    const { get } = await startBot();
    await waitFor("the health server", () => run!.out().includes("health server listening"));
    await waitFor("a successful poll", () => fake!.callsOf("getUpdates").length > 1);
    const ok = await get();
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: "ok", database: "ok" });
    expect((ok.body as { lastPollSecondsAgo: number }).lastPollSecondsAgo).toBeLessThanOrEqual(2);
    expect((await get("/")).status).toBe(404);
    run!.proc.kill("SIGTERM");
    expect(await run!.exited).toBe(0);
  });

  it("answers 503 while Telegram refuses every getUpdates, and 200 when polls get through", async () => {
    const { get } = await startBot();
    fake!.failNext("getUpdates", { error_code: 502, description: "Bad Gateway" }, { times: 1_000_000 });
    await waitFor("the health server", () => run!.out().includes("health server listening"));
    await waitFor("failing polls", () => fake!.callsOf("getUpdates").length > 0);
    const down = await get();
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ status: "unavailable", database: "ok", lastPollSecondsAgo: null, problem: "no successful getUpdates yet" });
    // Telegram answers again: the next successful poll makes the bot healthy.
    fake!.clearFailures();
    await waitFor("healthy", async () => (await get()).status === 200, 20_000);
  }, 30_000);
});
