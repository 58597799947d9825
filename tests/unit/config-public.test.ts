import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { configErrorOf } from "../harness/config-error.js";

const TOKEN = "123456789:AAH-abcdefghijklmnopqrstuvwxyz012345";

/** The error of `env` on top of a valid Telegram token. */
const errorOf = (env: Record<string, string>) => configErrorOf({ BOT_TOKEN: TOKEN, ...env });

describe("PUBLIC_URL, download links and the Zalo budget settings", () => {
  it("have their documented defaults", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN }).public).toEqual({
      publicUrl: undefined,
      fileLinkDays: 7,
      zaloBudget: { monthlyLimit: 3000, warnPercent: 80, digestReservePercent: 10, reminderReservePercent: 3, timezone: "Asia/Ho_Chi_Minh" },
    });
  });

  it("read an https PUBLIC_URL without its trailing slash, and the numbers", () => {
    const c = loadConfig({ BOT_TOKEN: TOKEN, PUBLIC_URL: "https://bot.example.gov.vn/", FILE_LINK_DAYS: "3", ZALO_MONTHLY_MESSAGE_LIMIT: "0" });
    expect(c.public).toMatchObject({ publicUrl: "https://bot.example.gov.vn", fileLinkDays: 3, zaloBudget: { monthlyLimit: 0 } });
  });

  it("refuse an http address, a query, and numbers out of range, naming the variable", () => {
    expect(errorOf({ PUBLIC_URL: "http://bot.example.gov.vn" }).message).toMatch(/^Cấu hình sai — PUBLIC_URL: .*https/);
    expect(errorOf({ PUBLIC_URL: "https://bot.example.gov.vn/?a=1" }).variable).toBe("PUBLIC_URL");
    expect(errorOf({ FILE_LINK_DAYS: "0" }).variable).toBe("FILE_LINK_DAYS");
    expect(errorOf({ ZALO_MONTHLY_MESSAGE_LIMIT: "-5" }).variable).toBe("ZALO_MONTHLY_MESSAGE_LIMIT");
  });
});
