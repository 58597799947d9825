import { describe, expect, it } from "vitest";
import { ZaloClient } from "../../src/platforms/zalo/client.js";
import { FakeZalo, TEST_ZALO_TOKEN } from "../harness/fake-zalo.js";

/** The monthly budget counts every message Zalo accepted, in the client, where replies and the outbox both pass. */
describe("ZaloClient onSent", () => {
  it("is told of each accepted message, not of typing, failures or other methods", async () => {
    const fake = new FakeZalo();
    const sent: string[] = [];
    const client = new ZaloClient(TEST_ZALO_TOKEN, { fetch: fake.fetch, onSent: (m) => sent.push(m) });
    await client.sendMessage("a0000000000000000001", "Xin chào");
    await client.sendPhoto("a0000000000000000001", "https://qcdc.test/f/x/chart.png", "Biểu đồ");
    await client.sendChatAction("a0000000000000000001");
    await client.getMe();
    await expect(client.sendMessage("a0000000000000000001", "x".repeat(2001))).rejects.toThrow();
    fake.failNext("sendMessage", { error_code: 429, description: "Quota exceeded" });
    await expect(client.sendMessage("a0000000000000000001", "Hết hạn mức")).rejects.toThrow();
    expect(sent).toEqual(["sendMessage", "sendPhoto"]);
  });
});
