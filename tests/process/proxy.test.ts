import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { FakeTelegram } from "../harness/fake-telegram.js";
import { FakeZalo, TEST_ZALO_TOKEN } from "../harness/fake-zalo.js";
import { ROOT, TEST_TOKEN, freePort, textFrom, waitFor } from "../harness/bot-process.js";
import type { ZaloUpdate } from "../../src/platforms/zalo/types.js";
import { ConnectProxy, acceptedPorts } from "../harness/connect-proxy.js";

/**
 * The built bot (`node dist/src/main.js`) behind an HTTP proxy given by the
 * standard variables (src/platforms/proxy.ts, docs/deploy.md): every call to
 * the fake Telegram or Zalo API goes through the loopback CONNECT proxy, and a
 * host listed in NO_PROXY is reached directly. The fakes are http:// on
 * 127.0.0.1, so the variable that applies is HTTP_PROXY (HTTPS_PROXY covers
 * the real https:// APIs the same way).
 */
let child: ChildProcess | undefined;
let dir: string | undefined;
const closers: (() => Promise<void>)[] = [];

beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "pipe" });
}, 240_000);

afterEach(async () => {
  child?.kill("SIGKILL");
  for (const close of closers.splice(0)) await close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  child = dir = undefined;
});

function startBuilt(env: Record<string, string>) {
  dir = mkdtempSync(path.join(tmpdir(), "qcdc-proxy-"));
  const proc = spawn(process.execPath, [path.join(ROOT, "dist/src/main.js")], { cwd: dir, env: { PATH: process.env.PATH ?? "", HOME: dir, ...env }, stdio: "pipe" });
  let out = "";
  proc.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  proc.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  child = proc;
  return { proc, out: () => out, exited: new Promise<number | null>((r) => proc.on("exit", (code) => r(code))) };
}

async function proxy(): Promise<{ proxy: ConnectProxy; url: string }> {
  const p = new ConnectProxy();
  const url = await p.listen();
  closers.push(() => p.close());
  return { proxy: p, url };
}

const ZALO_USER = "6ede9afa66b88fe6d6a9";
const zaloText = (messageId: string, text: string): ZaloUpdate => ({
  event_name: "message.text.received",
  message: { message_id: messageId, from: { id: ZALO_USER, display_name: "Lan", is_bot: false }, chat: { id: ZALO_USER, chat_type: "PRIVATE" }, date: Date.now(), text },
});

describe("the chat APIs behind a proxy", () => {
  it("Telegram: the probe, polling and the answers all go through HTTP_PROXY (with its credentials)", async () => {
    const fake = new FakeTelegram();
    const apiRoot = await fake.listen();
    closers.push(() => fake.close());
    const accepted = acceptedPorts(fake);
    const { proxy: p, url } = await proxy();
    const withAuth = url.replace("http://", "http://qcdc:mat-khau@");
    const run = startBuilt({ BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: apiRoot, PORT: String(await freePort()), HTTP_PROXY: withAuth });
    await waitFor("the first getUpdates", () => fake.calls.some((c) => c.method === "getUpdates"), 60_000);
    fake.pushUpdate(textFrom(1, 42, "Lan", "/start"));
    await waitFor("the answer to /start", () => fake.sent.some((m) => m.chatId === "42"), 30_000);
    const host = new URL(apiRoot).host;
    expect(p.tunnels.length).toBeGreaterThan(0);
    expect(p.tunnels.every((t) => t.target === host)).toBe(true);
    expect(p.tunnels[0]!.auth).toBe(`Basic ${Buffer.from("qcdc:mat-khau").toString("base64")}`);
    // Every connection the fake accepted was one of the proxy's tunnels: nothing went around it.
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.filter((port) => !p.upstreamPorts.has(port))).toEqual([]);
    run.proc.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(run.out()).not.toContain("mat-khau");
  }, 120_000);

  it("Telegram: a host in NO_PROXY is reached directly", async () => {
    const fake = new FakeTelegram();
    const apiRoot = await fake.listen();
    closers.push(() => fake.close());
    const { proxy: p, url } = await proxy();
    startBuilt({ BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: apiRoot, PORT: String(await freePort()), HTTP_PROXY: url, NO_PROXY: "localhost, 127.0.0.1" });
    await waitFor("the first getUpdates", () => fake.calls.some((c) => c.method === "getUpdates"), 60_000);
    fake.pushUpdate(textFrom(1, 42, "Lan", "/start"));
    await waitFor("the answer to /start", () => fake.sent.some((m) => m.chatId === "42"), 30_000);
    expect(p.tunnels).toEqual([]);
  }, 120_000);

  it("Zalo: getMe, polling and the answers go through the proxy; NO_PROXY bypasses it", async () => {
    for (const noProxy of [undefined, "127.0.0.1"]) {
      const fake = new FakeZalo();
      const apiRoot = await fake.listen();
      closers.push(() => fake.close());
      const accepted = acceptedPorts(fake);
      const { proxy: p, url } = await proxy();
      const run = startBuilt({ ZALO_BOT_TOKEN: TEST_ZALO_TOKEN, ZALO_API_ROOT: apiRoot, PORT: String(await freePort()), http_proxy: url, ...(noProxy ? { no_proxy: noProxy } : {}) });
      await waitFor("the first getUpdates", () => fake.callsOf("getUpdates").length > 0, 60_000);
      fake.pushUpdate(zaloText("2d758cb5e222177a4e35", "/start"));
      await waitFor("the answer to /start", () => fake.messagesTo(ZALO_USER).length > 0, 30_000);
      if (noProxy) {
        expect(p.tunnels).toEqual([]);
      } else {
        expect(p.tunnels.length).toBeGreaterThan(0);
        expect(p.tunnels.every((t) => t.target === new URL(apiRoot).host)).toBe(true);
        expect(accepted.filter((port) => !p.upstreamPorts.has(port))).toEqual([]);
      }
      run.proc.kill("SIGTERM");
      expect(await run.exited).toBe(0);
      child = undefined;
      rmSync(dir!, { recursive: true, force: true });
    }
  }, 180_000);

  it("names the proxy, without its password, in the one 'cannot reach' line", async () => {
    const fake = new FakeTelegram();
    const apiRoot = await fake.listen();
    closers.push(() => fake.close());
    // A proxy that is not there: nothing listens on this port.
    const dead = `http://qcdc:mat-khau@127.0.0.1:${await freePort()}`;
    const run = startBuilt({ BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: apiRoot, PORT: String(await freePort()), HTTP_PROXY: dead });
    await waitFor("the cannot-reach line", () => run.out().includes("Không kết nối được Telegram API"), 60_000);
    const line = run.out().split("\n").find((l) => l.includes("Không kết nối được"))!;
    expect(line).toContain(`qua proxy http://127.0.0.1:${new URL(dead).port}`);
    expect(line).toContain("NO_PROXY");
    expect(run.out()).not.toContain("mat-khau");
    expect(fake.calls).toEqual([]);
  }, 120_000);
});
