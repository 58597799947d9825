import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { HttpError } from "grammy";
import { describeError, redactSecrets, registerBotToken } from "../../src/security/redact.js";
import { censoredHttpError } from "../../src/platforms/telegram/redact-api-errors.js";
import { installProcessGuards } from "../../src/security/process-guards.js";
import { createLogger } from "../../src/logger.js";

const TOKEN = "123456789:AAH-secret_part-0123456789abcdefghijk";
const SECRET = TOKEN.split(":")[1]!;
registerBotToken(TOKEN);

describe("redactSecrets", () => {
  it("censors the token, its secret part, a bot URL path and any token-shaped text", () => {
    const text = `request to http://api/bot${TOKEN}/sendMessage failed; part ${SECRET}; other 987654321:ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ`;
    const out = redactSecrets(text);
    expect(out).not.toContain(SECRET);
    expect(out).not.toContain("ZZZZZZZZZZZZZZZZZZZZ");
    expect(out).toContain("/bot[ẩn]/sendMessage");
  });

  it("rewrites grammY's HttpError and describes errors without their objects", () => {
    const inner = new Error(`request to http://api/bot${TOKEN}/getUpdates failed`);
    const err = censoredHttpError(new HttpError("Network request for 'getUpdates' failed!", inner)) as HttpError;
    expect(err).toBeInstanceOf(HttpError);
    expect(String((err.error as Error).message)).not.toContain(SECRET);
    const described = describeError(Object.assign(new Error(`boom ${TOKEN}`), { ctx: { api: { token: TOKEN } } }));
    expect(JSON.stringify(described)).not.toContain(SECRET);
  });

  it("logs an unhandled rejection censored and keeps running; an uncaught exception exits 1", () => {
    const lines: string[] = [];
    const logger = createLogger("info", new Writable({ write: (c: Buffer, _e, cb) => (lines.push(c.toString()), cb()) }));
    const exits: number[] = [];
    const before = { r: process.listeners("unhandledRejection"), u: process.listeners("uncaughtException") };
    installProcessGuards(logger, (c) => exits.push(c));
    try {
      process.emit("unhandledRejection", new Error(`lost ${TOKEN}`), Promise.resolve());
      expect(exits).toEqual([]);
      (process.emit as (event: string, ...args: unknown[]) => boolean)("uncaughtException", new Error(`thrown ${TOKEN}`), "uncaughtException");
      expect(exits).toEqual([1]);
      expect(lines).toHaveLength(2);
      expect(lines.join("")).not.toContain(SECRET);
      expect(lines[0]).toContain("kept running");
    } finally {
      for (const l of process.listeners("unhandledRejection")) if (!before.r.includes(l)) process.off("unhandledRejection", l);
      for (const l of process.listeners("uncaughtException")) if (!before.u.includes(l)) process.off("uncaughtException", l);
    }
  });
});
