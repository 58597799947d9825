import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HttpError, type Transformer } from "grammy";
import { retryNetworkErrors } from "../../src/bot/network-retry.js";
import { createBot } from "../../src/bot/index.js";
import type { AppDeps } from "../../src/app.js";
import { TEST_BOT_INFO } from "../harness/fake-telegram.js";
import { createLogger } from "../../src/logger.js";

type Prev = Parameters<Transformer>[0];
const OK = { ok: true as const, result: true };
const refused = () => new HttpError("Network request for 'x' failed!", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" }));

function recordingLogger() {
  const lines: { level: number; msg: string }[] = [];
  const logger = createLogger("info", { write: (s: string) => void lines.push(JSON.parse(s) as { level: number; msg: string }) });
  return Object.assign(logger, { lines });
}

/** A Bot API call that fails `failures` times with a network error, then answers. */
function flaky(failures: number) {
  const calls: number[] = [];
  const prev = (async () => {
    calls.push(Date.now());
    if (calls.length <= failures) throw refused();
    return OK;
  }) as unknown as Prev;
  return { prev, calls };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("bounded retries of network errors", () => {
  it("gives up an interactive call after 3 retries paced 1 s, 2 s, 4 s", async () => {
    const { prev, calls } = flaky(Infinity);
    const call = retryNetworkErrors(recordingLogger())(prev, "sendMessage", { chat_id: 1, text: "x" });
    const outcome = call.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await outcome).toBeInstanceOf(HttpError);
    expect(calls).toHaveLength(4);
    const pauses = calls.slice(1).map((t, i) => t - calls[i]!);
    expect(pauses).toEqual([1_000, 2_000, 4_000]);
  });

  it("returns the answer when the network comes back within the retries", async () => {
    const { prev, calls } = flaky(2);
    const call = retryNetworkErrors(recordingLogger())(prev, "sendMessage", { chat_id: 1, text: "x" });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await call).toEqual(OK);
    expect(calls).toHaveLength(3);
  });

  it("cuts off an attempt that never answers (a firewall dropping packets)", async () => {
    let attempts = 0;
    const hanging = ((_m: string, _p: unknown, signal?: AbortSignal) =>
      new Promise((_, reject) => {
        attempts++;
        signal?.addEventListener("abort", () => reject(new HttpError("aborted", new Error("The operation was aborted"))));
      })) as unknown as Prev;
    const outcome = retryNetworkErrors(recordingLogger(), { attemptTimeoutMs: 1_000 })(hanging, "sendMessage", { chat_id: 1, text: "x" }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await outcome).toBeInstanceOf(HttpError);
    expect(attempts).toBe(4);
  });

  it("does not retry other errors, nor a call its caller aborted", async () => {
    const logger = recordingLogger();
    let calls = 0;
    const boom = (async () => {
      calls++;
      throw new Error("a bug");
    }) as unknown as Prev;
    await expect(retryNetworkErrors(logger)(boom, "sendMessage", { chat_id: 1, text: "x" })).rejects.toThrow("a bug");
    const aborted = new AbortController();
    aborted.abort();
    const { prev, calls: netCalls } = flaky(Infinity);
    await expect(retryNetworkErrors(logger)(prev, "getUpdates", {}, aborted.signal as never)).rejects.toBeInstanceOf(HttpError);
    expect([calls, netCalls.length]).toEqual([1, 1]);
  });

  it("keeps long polling alive through an outage, at a capped pace, saying once when it is lost and once when it is back", async () => {
    const logger = recordingLogger();
    const { prev, calls } = flaky(12);
    const call = retryNetworkErrors(logger)(prev, "getUpdates", { timeout: 30 });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(await call).toEqual(OK);
    expect(calls).toHaveLength(13);
    const pauses = calls.slice(1).map((t, i) => t - calls[i]!);
    expect(Math.max(...pauses)).toBe(30_000);
    expect(logger.lines.map((l) => l.level)).toEqual([40, 30]); // pino: one warn, one info
  });

  it("is what the assembled bot does by default: a reply during an outage fails after the retries instead of hanging", async () => {
    let calls = 0;
    const networkDown: Transformer = async () => {
      calls++;
      throw refused();
    };
    const deps = { logger: recordingLogger() } as unknown as AppDeps;
    const bot = createBot("7000000001:TEST-token", deps, { botInfo: TEST_BOT_INFO, transformers: [networkDown] });
    const outcome = bot.api.sendMessage(1, "x").catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await outcome).toBeInstanceOf(HttpError);
    expect(calls).toBe(4);
  });
});
