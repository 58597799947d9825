import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { configErrorOf } from "../harness/config-error.js";

const TG = "7000000001:TEST-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const ZALO = "1459232241454765289:zalo-secret-abc";

describe("Zalo configuration", () => {
  it("runs on Zalo alone, with the documented defaults", () => {
    const c = loadConfig({ ZALO_BOT_TOKEN: ZALO });
    expect(c.botToken).toBeUndefined();
    expect(c.zalo).toMatchObject({
      token: ZALO,
      apiRoot: "https://bot-api.zaloplatforms.com",
      webhook: undefined,
      pacing: { perSecond: 5, groupPerMinute: 10, privateGapMs: 1500 },
    });
    expect(c.publicUrl).toBeUndefined();
  });

  it("runs both channels in one process and reads every Zalo variable", () => {
    const c = loadConfig({
      BOT_TOKEN: TG,
      ZALO_BOT_TOKEN: ZALO,
      ZALO_API_ROOT: "http://127.0.0.1:9000",
      ZALO_WEBHOOK_URL: "https://bot.example.vn/zalo",
      ZALO_WEBHOOK_SECRET: "12345678",
      ZALO_MONTHLY_MESSAGE_LIMIT: "0",
      PUBLIC_URL: "https://bot.example.vn",
    });
    expect(c.botToken).toBe(TG);
    expect(c.zalo!.apiRoot).toBe("http://127.0.0.1:9000");
    expect(c.zalo!.webhook).toEqual({ url: "https://bot.example.vn/zalo", secret: "12345678" });
    expect(c.public.zaloBudget.monthlyLimit).toBe(0);
    expect(c.publicUrl).toBe("https://bot.example.vn");
  });

  it("names both tokens and where each comes from, in one line, when neither is set", () => {
    const e = configErrorOf({});
    expect(e.variable).toBe("BOT_TOKEN");
    for (const part of ["BOT_TOKEN", "ZALO_BOT_TOKEN", "@BotFather", "Zalo Bot Manager", "Zalo Bot Creator"]) expect(e.message).toContain(part);
    expect(e.message).not.toContain("\n");
  });

  it.each([
    [{ ZALO_BOT_TOKEN: ZALO, ZALO_WEBHOOK_URL: "https://x.vn/z" }, "ZALO_WEBHOOK_SECRET"],
    [{ ZALO_BOT_TOKEN: ZALO, ZALO_WEBHOOK_URL: "https://x.vn/z", ZALO_WEBHOOK_SECRET: "short" }, "ZALO_WEBHOOK_SECRET"],
    [{ ZALO_BOT_TOKEN: ZALO, ZALO_WEBHOOK_URL: "https://x.vn/z", ZALO_WEBHOOK_SECRET: "x".repeat(257) }, "ZALO_WEBHOOK_SECRET"],
    [{ ZALO_BOT_TOKEN: ZALO, ZALO_WEBHOOK_URL: "http://x.vn/z", ZALO_WEBHOOK_SECRET: "12345678" }, "ZALO_WEBHOOK_URL"],
    // One HTTP server: the Zalo webhook needs a path of its own.
    [{ BOT_TOKEN: TG, WEBHOOK_URL: "https://x.vn/hook", WEBHOOK_SECRET: "telegram-secret-0123456789abcdef", ZALO_BOT_TOKEN: ZALO, ZALO_WEBHOOK_URL: "https://x.vn/hook", ZALO_WEBHOOK_SECRET: "12345678" }, "ZALO_WEBHOOK_URL"],
    [{ ZALO_BOT_TOKEN: ZALO, ZALO_WEBHOOK_URL: "https://x.vn/f/x", ZALO_WEBHOOK_SECRET: "12345678" }, "ZALO_WEBHOOK_URL"],
    [{ ZALO_BOT_TOKEN: "no-colon" }, "ZALO_BOT_TOKEN"],
    [{ ZALO_BOT_TOKEN: ZALO, ZALO_MONTHLY_MESSAGE_LIMIT: "-1" }, "ZALO_MONTHLY_MESSAGE_LIMIT"],
    [{ ZALO_BOT_TOKEN: ZALO, PUBLIC_URL: "not a url" }, "PUBLIC_URL"],
  ])("refuses %o naming %s", (env, variable) => {
    expect(configErrorOf(env as Record<string, string>).variable).toBe(variable);
  });
});
