import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import type { AppDeps } from "../../src/app.js";
import { DEFAULT_ZALO_BUDGET, type ZaloBudgetSettings } from "../../src/config-public.js";
import { enqueueMessage, type OutboxCategory } from "../../src/messaging/outbox.js";
import { OutboxSender } from "../../src/messaging/sender.js";
import { TELEGRAM_LIMITS } from "../../src/messaging/rate-limiter.js";
import { DeliveryError, type OutboxDelivery, type Transport } from "../../src/messaging/transport.js";
import { recordZaloTraffic, zaloBudgetAllows, zaloMonth, zaloUsage } from "../../src/messaging/zalo-budget.js";
import { zaloBudgetSenderHooks } from "../../src/messaging/zalo-budget-sender.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { zaloBudgetWarningJob } from "../../src/scheduler/jobs/zalo-budget-warning.js";
import { serviceWorld, type ServiceWorld } from "../harness/service-fixtures.js";

const logger = createLogger("silent");
const LIMIT100: ZaloBudgetSettings = { ...DEFAULT_ZALO_BUDGET, monthlyLimit: 100 };
let w: ServiceWorld;
let db: Db;
let deps: AppDeps;
beforeEach(async () => {
  w = await serviceWorld("2026-12-01T02:00:00Z"); // 09:00 on 1 December in Vietnam
  db = w.tdb.db;
  deps = { db, clock: w.clock, logger, services: w.svc, adminIds: new Set(), timezone: "Asia/Ho_Chi_Minh", zaloBudget: LIMIT100 };
});
afterEach(() => w.tdb.close());

async function useZalo(): Promise<void> {
  // A member who joined on Zalo: the identity is what says "this agency uses Zalo" (people.prisma).
  const m = await w.join("MEMBER", "Trần Văn Hùng", "2");
  await db.member.update({ where: { id: m.id }, data: { platform: "zalo", platformUserId: "6ede9afa66b88fe6d6a9" } });
  await db.memberIdentity.updateMany({ where: { memberId: m.id }, data: { platform: "zalo", platformUserId: "6ede9afa66b88fe6d6a9" } });
}

async function spend(n: number, direction: "in" | "out" = "in") {
  await recordZaloTraffic(db, direction, w.clock.now(), n, LIMIT100);
}

class ZaloFake implements Transport {
  readonly sent: string[] = [];
  failNext: DeliveryError | undefined;
  async deliver(msg: OutboxDelivery): Promise<void> {
    if (this.failNext) {
      const e = this.failNext;
      this.failNext = undefined;
      throw e;
    }
    this.sent.push(msg.text);
    await recordZaloTraffic(db, "out", w.clock.now(), 1, LIMIT100);
  }
}

async function queueZalo(rows: { chatId: string; text: string; category?: OutboxCategory }[]) {
  await db.$transaction(async (tx) => {
    for (const r of rows) await enqueueMessage(tx, { platform: "zalo", agencyId: 1, ...r }, w.clock.now());
  });
}

function zaloSender(transport: Transport, settings = LIMIT100): OutboxSender {
  return new OutboxSender({ db, clock: w.clock, logger, transport, platform: "zalo", limits: TELEGRAM_LIMITS, ...zaloBudgetSenderHooks(db, settings, logger) });
}

describe("the Zalo monthly count", () => {
  it("counts both directions per calendar month in Vietnam, adding up across two instances", async () => {
    const other = createDb(w.tdb.url); // a second bot process on the same database
    try {
      await Promise.all([
        ...Array.from({ length: 20 }, () => recordZaloTraffic(db, "in", w.clock.now())),
        ...Array.from({ length: 20 }, () => recordZaloTraffic(other, "out", w.clock.now())),
        recordZaloTraffic(other, "out", w.clock.now(), 3),
      ]);
    } finally {
      await other.$disconnect();
    }
    expect(await zaloUsage(db, w.clock.now())).toMatchObject({ month: "2026-12", inbound: 20, outbound: 23, used: 43, limit: 3000, held: false });
    // 30 November 23:59 in Vietnam is still November, 1 December 00:00 is not (UTC says otherwise for both).
    expect(zaloMonth(new Date("2026-11-30T16:59:59Z"))).toBe("2026-11");
    expect(zaloMonth(new Date("2026-11-30T17:00:00Z"))).toBe("2026-12");
    await recordZaloTraffic(db, "in", new Date("2026-11-30T16:59:59Z"));
    expect((await zaloUsage(db, new Date("2026-11-15T00:00:00Z"))).used).toBe(1);
    expect((await zaloUsage(db, w.clock.now())).used).toBe(43);
  });

  it("lets digests wait first, then reminders, while replies go on; 0 means no limit", async () => {
    const allowed = async (s = LIMIT100) =>
      (await Promise.all((["reply", "reminder", "digest"] as const).map(async (c) => ((await zaloBudgetAllows(db, c, w.clock.now(), s)) ? c : "")))).filter(Boolean);
    await spend(89);
    expect(await allowed()).toEqual(["reply", "reminder", "digest"]); // 11 left > 10 % reserve
    await spend(1);
    expect(await allowed()).toEqual(["reply", "reminder"]); // 10 left: digests wait
    await spend(7);
    expect(await allowed()).toEqual(["reply"]); // 3 left: reminders wait too
    await spend(10);
    expect(await allowed()).toEqual(["reply"]); // over our count: only the platform stops replies
    expect(await allowed({ ...LIMIT100, monthlyLimit: 0 })).toEqual(["reply", "reminder", "digest"]);
  });
});

describe("the Zalo outbox near the limit", () => {
  it("sends replies, then reminders, holding digests, and does not let a held digest block its chat", async () => {
    await spend(92); // 8 left: digests wait (reserve 10), reminders go (reserve 3)
    await queueZalo([
      { chatId: "g1", text: "bản tin tuần", category: "digest" },
      { chatId: "g1", text: "nhắc họp", category: "reminder" },
      { chatId: "u1", text: "trả lời", category: "reply" },
      { chatId: "u2", text: "nhắc hạn" },
    ]);
    const t = new ZaloFake();
    const s = zaloSender(t);
    for (let i = 0; i < 5; i++) await s.runOnce();
    expect(t.sent.sort()).toEqual(["nhắc hạn", "nhắc họp", "trả lời"]);
    expect((await db.outboxMessage.findMany({ where: { status: "PENDING" } })).map((r) => r.text)).toEqual(["bản tin tuần"]);
    // Those three were counted: 95 used, 5 left > 3: one claim takes the three reminders queued
    // (the budget is checked per claim, so it may overshoot the reserve by one claim's worth).
    await queueZalo([{ chatId: "u3", text: "nhắc 2" }, { chatId: "u4", text: "nhắc 3" }, { chatId: "u5", text: "nhắc 4" }]);
    for (let i = 0; i < 5; i++) await s.runOnce();
    expect((await zaloUsage(db, w.clock.now(), LIMIT100)).used).toBe(98);
    await queueZalo([{ chatId: "u7", text: "nhắc 5" }]);
    for (let i = 0; i < 3; i++) await s.runOnce();
    expect(t.sent).not.toContain("nhắc 5"); // 2 left: reminders wait now
    await queueZalo([{ chatId: "u6", text: "đáp", category: "reply" }]);
    for (let i = 0; i < 3; i++) await s.runOnce();
    expect(t.sent).toContain("đáp");
    // Next month everything held goes.
    w.clock.set("2026-12-31T17:00:00Z");
    for (let i = 0; i < 5; i++) await s.runOnce();
    expect(await db.outboxMessage.count({ where: { platform: "zalo", status: "PENDING" } })).toBe(0);
  });

  it("on a 429 quota exceeded holds every Zalo message without losing it, tells the secretary once, and releases next month", async () => {
    await useZalo();
    await queueZalo([
      { chatId: "u1", text: "một", category: "reply" },
      { chatId: "u2", text: "hai" },
    ]);
    const t = new ZaloFake();
    t.failNext = new DeliveryError("quota-exceeded", "Zalo 429: Quota exceeded");
    const s = zaloSender(t);
    for (let i = 0; i < 5; i++) await s.runOnce();
    expect(t.sent.length).toBeLessThanOrEqual(1); // the other claim of that round may have gone before the hold
    const held = await db.outboxMessage.findMany({ where: { platform: "zalo", status: "PENDING" } });
    expect(held.length).toBe(2 - t.sent.length);
    expect(held.every((r) => r.attempts === 0)).toBe(true);
    expect((await zaloUsage(db, w.clock.now(), LIMIT100)).held).toBe(true);
    // The secretary (on Telegram here) is told, once, however often Zalo refuses.
    t.failNext = new DeliveryError("quota-exceeded", "Zalo 429: Quota exceeded");
    await zaloSender(t).runOnce();
    const notices = await db.outboxMessage.findMany({ where: { platform: "telegram", dedupeKey: { startsWith: "zalo-quota-held:2026-12" } } });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ memberId: w.secretary.id, category: "reply" });
    expect(notices[0]!.text).toContain("không bị mất");
    // A raised limit releases the hold this month.
    expect(await zaloBudgetAllows(db, "reply", w.clock.now(), { ...LIMIT100, monthlyLimit: 200 })).toBe(true);
    // With the same limit, the next month does.
    w.clock.set("2026-12-31T17:00:00Z");
    t.failNext = undefined;
    for (let i = 0; i < 5; i++) await s.runOnce();
    expect(await db.outboxMessage.count({ where: { platform: "zalo", status: "PENDING" } })).toBe(0);
    expect(t.sent.sort()).toEqual(["hai", "một"]);
  });
});

describe("the 80 % warning", () => {
  it("is sent once a month to the secretary of an agency using Zalo, across re-runs and two instances", async () => {
    const a = new Scheduler(deps, [zaloBudgetWarningJob]);
    const b = new Scheduler(deps, [zaloBudgetWarningJob]);
    await spend(85);
    expect((await a.tick()).done).toEqual([]); // no one on Zalo here: nothing to say
    await useZalo();
    await db.outboxMessage.deleteMany();
    const before = await zaloUsage(db, w.clock.now(), LIMIT100);
    expect(before.used).toBe(85);
    const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
    expect([...ra.done, ...rb.done]).toEqual(["zalo-budget-warning:agency=1:2026-12"]);
    w.clock.advance(3_600_000);
    await spend(5);
    expect((await new Scheduler(deps, [zaloBudgetWarningJob]).tick()).done).toEqual([]);
    const rows = await db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: "zalo-budget-warning:" } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ memberId: w.secretary.id, category: "reply" });
    expect(rows[0]!.text).toContain("85/100 tin nhắn của tháng 12/2026 (85%)");
    // A new month starts afresh.
    w.clock.set("2026-12-31T18:00:00Z");
    await spend(80);
    expect((await a.tick()).done).toEqual(["zalo-budget-warning:agency=1:2027-01"]);
  });
});
