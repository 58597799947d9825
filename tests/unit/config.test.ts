import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { configErrorOf } from "../harness/config-error.js";

const TOKEN = "123456789:AAH-abcdefghijklmnopqrstuvwxyz012345";

describe("loadConfig", () => {
  it("applies the documented defaults", () => {
    const c = loadConfig({ BOT_TOKEN: TOKEN });
    expect(c).toMatchObject({
      botToken: TOKEN,
      databaseUrl: "file:./data/qcdc.db",
      sqliteSynchronous: "normal",
      timezone: "Asia/Ho_Chi_Minh",
      logLevel: "info",
      port: 8080,
      webhook: undefined,
      telegramApiRoot: undefined,
    });
    expect([...c.botAdminIds]).toEqual([]);
  });

  it("reads SQLITE_SYNCHRONOUS in any case and refuses anything but normal or full", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN, SQLITE_SYNCHRONOUS: " FULL " }).sqliteSynchronous).toBe("full");
    expect(loadConfig({ BOT_TOKEN: TOKEN, SQLITE_SYNCHRONOUS: "" }).sqliteSynchronous).toBe("normal");
    expect(() => loadConfig({ BOT_TOKEN: TOKEN, SQLITE_SYNCHRONOUS: "off" })).toThrow("Cấu hình sai — SQLITE_SYNCHRONOUS: SQLITE_SYNCHRONOUS phải là normal hoặc full (must be normal or full)");
  });

  it("reads every variable", () => {
    const c = loadConfig({
      BOT_TOKEN: TOKEN,
      DATABASE_URL: "file:/tmp/x.db",
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081",
      BOT_ADMIN_IDS: " 11, 22 ,33",
      APP_TIMEZONE: "Asia/Bangkok",
      LOG_LEVEL: "warn",
      WEBHOOK_URL: "https://bot.example.vn/tg",
      WEBHOOK_SECRET: "s3cret-s3cret-s3cret",
      PORT: "3000",
    });
    expect(c.databaseUrl).toBe("file:/tmp/x.db");
    expect(c.telegramApiRoot).toBe("http://127.0.0.1:8081");
    expect([...c.botAdminIds]).toEqual(["telegram:11", "telegram:22", "telegram:33"]);
    expect(c.timezone).toBe("Asia/Bangkok");
    expect(c.webhook).toEqual({ url: "https://bot.example.vn/tg", secret: "s3cret-s3cret-s3cret" });
    expect(c.port).toBe(3000);
  });

  it("reads admin ids of both platforms; a bare number is a Telegram id", () => {
    const c = loadConfig({ BOT_TOKEN: TOKEN, BOT_ADMIN_IDS: "11,telegram:22,zalo:8a3f0c9e1b2d" });
    expect([...c.botAdminIds]).toEqual(["telegram:11", "telegram:22", "zalo:8a3f0c9e1b2d"]);
    expect(() => loadConfig({ BOT_TOKEN: TOKEN, BOT_ADMIN_IDS: "viber:1" })).toThrow(/BOT_ADMIN_IDS/);
  });

  it.each(["postgresql://qcdc:pw@db.tinh.gov.vn:5432/qcdc", "postgres://qcdc@127.0.0.1/qcdc?sslmode=require"])(
    "accepts the PostgreSQL URL %s",
    (url) => {
      expect(loadConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: url }).databaseUrl).toBe(url);
    },
  );

  it("names a missing BOT_TOKEN and explains @BotFather, in one line", () => {
    const e = configErrorOf({});
    expect(e.variable).toBe("BOT_TOKEN");
    expect(e.message).toContain("BOT_TOKEN");
    expect(e.message).toContain("@BotFather");
    expect(e.message).not.toContain("\n");
  });

  it.each([
    [{ BOT_TOKEN: "not-a-token" }, "BOT_TOKEN"],
    [{ BOT_TOKEN: TOKEN, PORT: "99999" }, "PORT"],
    [{ BOT_TOKEN: TOKEN, PORT: "abc" }, "PORT"],
    [{ BOT_TOKEN: TOKEN, APP_TIMEZONE: "Mars/Olympus" }, "APP_TIMEZONE"],
    [{ BOT_TOKEN: TOKEN, BOT_ADMIN_IDS: "12,abc" }, "BOT_ADMIN_IDS"],
    [{ BOT_TOKEN: TOKEN, LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: "nowhere" }, "TELEGRAM_API_ROOT"],
    [{ BOT_TOKEN: TOKEN, DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ BOT_TOKEN: TOKEN, DATABASE_URL: "./data/qcdc.db" }, "DATABASE_URL"],
    [{ BOT_TOKEN: TOKEN, WEBHOOK_URL: "http://insecure.example/tg", WEBHOOK_SECRET: "s3cret-s3cret-s3cret" }, "WEBHOOK_URL"],
    [{ BOT_TOKEN: TOKEN, WEBHOOK_URL: "https://bot.example.vn/tg" }, "WEBHOOK_SECRET"],
  ])("rejects %j naming %s", (env, variable) => {
    const e = configErrorOf(env as Record<string, string>);
    expect(e.variable).toBe(variable);
    expect(e.message.startsWith(`Cấu hình sai — ${variable}:`)).toBe(true);
    expect(e.message).not.toContain("\n");
  });
});
