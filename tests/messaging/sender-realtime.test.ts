import { afterEach, describe, expect, it } from "vitest";
import { enqueueMessage } from "../../src/messaging/outbox.js";
import { isGroupChat, type RateLimits } from "../../src/messaging/rate-limiter.js";
import { createTestDb, type TestDb } from "../harness/test-db.js";
import { DeliveryRecorder, maxInWindow } from "./delivery-recorder.js";
import { realNow, sleep, startWorker, stopGracefully, killHard, type Worker } from "./worker-pool.js";

const MESSAGES = 1_000;
/**
 * Telegram's shape, scaled to keep the test under half a minute: 50 per second
 * for the bot (production: 25), 8 per 4 s per group (production: 19 per
 * minute), 1 per second per private chat, and the production margin (250 ms):
 * the margin is about real latencies, which do not scale.
 */
const LIMITS: RateLimits = { global: { max: 50, spanMs: 1_000 }, group: { max: 8, spanMs: 4_000 }, private: { max: 1, spanMs: 1_000 }, marginMs: 250 };

/**
 * The database the test runs on: SQLite under `npm test`, PostgreSQL under
 * `npm run test:pg` (createTestDb follows TEST_DATABASE). The test itself is
 * provider-neutral: two processes, one database, one fake Bot API.
 */
const databases: { provider: string; open: () => Promise<TestDb> }[] = [
  { provider: process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite", open: async () => createTestDb() },
];

let tdb: TestDb | undefined;
let rec: DeliveryRecorder | undefined;
const workers: Worker[] = [];
afterEach(async () => {
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) await killHard(w);
  workers.length = 0;
  await rec?.close();
  await tdb?.close();
  tdb = undefined;
});

describe.each(databases)("two sender processes on one $provider database", ({ provider, open }) => {
  it(`send ${MESSAGES} messages exactly once, and no real-time window holds more than the shared rate`, async () => {
    tdb = await open();
    rec = new DeliveryRecorder();
    const apiRoot = await rec.listen();
    const groups = ["-1001", "-1002", "-1003", "-1004"];
    const now = new Date();
    await tdb.db.$transaction(async (tx) => {
      for (let i = 0; i < MESSAGES; i++) {
        // 167 to four groups (enough to fill their windows), 833 to 210 private chats (about 4 each).
        const chatId = i % 6 === 0 ? groups[(i / 6) % 4]! : String(5000 + (i % 210));
        await enqueueMessage(tx, { chatId, text: `realtime #${i}` }, now);
      }
    });
    const opts = { databaseUrl: tdb.url, apiRoot, leaseMs: 60_000, sendTimeoutMs: 20_000, limits: LIMITS };
    const a = startWorker("a", opts);
    const b = startWorker("b", opts);
    workers.push(a, b);
    await Promise.all([a.ready, b.ready]);
    const t0 = realNow();
    await Promise.all([a.go(), b.go()]);
    for (let i = 0; i < 1_200 && (await tdb.db.outboxMessage.count({ where: { status: "PENDING" } })); i++) await sleep(100);
    await Promise.all([stopGracefully(a), stopGracefully(b)]);

    // Exactly once, and both processes did part of it.
    const texts = rec.deliveries.map((d) => d.text);
    expect(texts).toHaveLength(MESSAGES);
    expect(new Set(texts).size).toBe(MESSAGES);
    expect(await tdb.db.outboxMessage.count({ where: { status: "SENT" } })).toBe(MESSAGES);
    const byWorker = { a: rec.deliveries.filter((d) => d.worker === "a").length, b: rec.deliveries.filter((d) => d.worker === "b").length };
    expect(Math.min(byWorker.a, byWorker.b)).toBeGreaterThan(MESSAGES / 10);

    // Every sliding window of the instants the fake API received them.
    const times = rec.deliveries.map((d) => d.at);
    const perSecond = maxInWindow(times, 1_000);
    const byChat = new Map<string, number[]>();
    for (const d of rec.deliveries) byChat.set(d.chatId, [...(byChat.get(d.chatId) ?? []), d.at]);
    let perGroup = 0;
    let perPrivate = 0;
    for (const [chatId, at] of byChat) {
      if (isGroupChat(chatId)) perGroup = Math.max(perGroup, maxInWindow(at, LIMITS.group.spanMs));
      else perPrivate = Math.max(perPrivate, maxInWindow(at, LIMITS.private.spanMs));
    }
    const elapsed = (Math.max(...times) - Math.min(...times)) / 1_000;
    console.log(
      `two processes on ${provider}: ${MESSAGES} messages once each in ${elapsed.toFixed(1)} s (${(MESSAGES / elapsed).toFixed(1)}/s, ` +
        `configured ${LIMITS.global.max}/s, ${LIMITS.global.max / ((LIMITS.global.spanMs + LIMITS.marginMs) / 1_000)}/s sustained); a ${byWorker.a}, b ${byWorker.b}; ` +
        `max ${perSecond} in any 1 s, ${perGroup} per group in any ${LIMITS.group.spanMs / 1_000} s, ${perPrivate} per private chat in any 1 s; ` +
        `${((realNow() - t0) / 1_000).toFixed(1)} s from start`,
    );
    expect(perSecond).toBeLessThanOrEqual(LIMITS.global.max);
    expect(perGroup).toBeLessThanOrEqual(LIMITS.group.max);
    expect(perPrivate).toBeLessThanOrEqual(LIMITS.private.max);
  }, 150_000);
});
