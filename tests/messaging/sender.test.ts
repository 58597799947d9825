import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Api } from "grammy";
import { FakeClock } from "../../src/clock.js";
import { createDb, type Db } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { enqueueMessage } from "../../src/messaging/outbox.js";
import { OutboxSender } from "../../src/messaging/sender.js";
import { TELEGRAM_LIMITS } from "../../src/messaging/rate-limiter.js";
import { TelegramTransport } from "../../src/platforms/telegram/transport.js";
import type { OutboxDelivery, Transport } from "../../src/messaging/transport.js";
import { Role } from "../../src/generated/prisma/enums.js";
import { FakeTelegram } from "../harness/fake-telegram.js";
import { createTestDb, type TestDb } from "../harness/test-db.js";

const logger = createLogger("silent");
let tdb: TestDb;
let clock: FakeClock;
beforeEach(() => {
  tdb = createTestDb();
  clock = new FakeClock("2026-03-02T01:00:00Z"); // Monday 08:00 in Vietnam
});
afterEach(() => tdb.close());

/** Records every delivery with the simulated instant it happened. */
class RecordingTransport implements Transport {
  readonly log: { id: number; chatId: string; at: number }[] = [];
  deliver(msg: OutboxDelivery): Promise<void> {
    this.log.push({ id: msg.id, chatId: msg.chatId, at: clock.now().getTime() });
    return Promise.resolve();
  }
}

async function queue(db: Db, msgs: { chatId: string; memberId?: number; agencyId?: number; dedupeKey?: string }[]) {
  await db.$transaction(async (tx) => {
    for (const m of msgs) await enqueueMessage(tx, { text: `nhắc ${m.chatId}`, ...m }, clock.now());
  });
}

/** Runs the sender's rounds in simulated time until nothing is pending (or a round limit trips). */
async function drain(senders: OutboxSender[], maxRounds = 20_000): Promise<number> {
  const start = clock.now().getTime();
  for (let i = 0; i < maxRounds; i++) {
    const pending = await tdb.db.outboxMessage.count({ where: { status: "PENDING" } });
    if (!pending) return clock.now().getTime() - start;
    const waits = [];
    for (const s of senders) waits.push(await s.runOnce());
    const wait = Math.min(...waits);
    if (wait > 0) clock.advance(wait);
  }
  throw new Error("outbox did not drain");
}

function maxInWindow(times: number[], spanMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi]! - sorted[lo]! >= spanMs) lo++;
    max = Math.max(max, hi - lo + 1);
  }
  return max;
}

describe("outbox sender pacing", () => {
  it("delivers a burst of 1,000 reminders within Telegram's limits, none lost, none duplicated", async () => {
    const group = "-1001234567890";
    const msgs: { chatId: string; dedupeKey: string }[] = [];
    for (let i = 0; i < 1000; i++) {
      // 40 to the group, the rest to 320 private chats (about 3 each).
      const chatId = i % 25 === 0 ? group : String(5000 + (i % 320));
      msgs.push({ chatId, dedupeKey: `burst:${i}` });
    }
    await queue(tdb.db, msgs);
    const transport = new RecordingTransport();
    const sender = new OutboxSender({ db: tdb.db, clock, logger, transport });

    const elapsed = await drain([sender]);

    expect(transport.log).toHaveLength(1000);
    expect(new Set(transport.log.map((l) => l.id)).size).toBe(1000);
    expect(await tdb.db.outboxMessage.count({ where: { status: "SENT" } })).toBe(1000);
    // The configured numbers (25/s, 19/min per group, 1/s per chat), below Telegram's 30, 20 and ~1.
    expect(maxInWindow(transport.log.map((l) => l.at), 1_000)).toBeLessThanOrEqual(TELEGRAM_LIMITS.global.max);
    const byChat = new Map<string, typeof transport.log>();
    for (const l of transport.log) byChat.set(l.chatId, [...(byChat.get(l.chatId) ?? []), l]);
    for (const [chatId, sends] of byChat) {
      if (chatId === group) {
        expect(sends).toHaveLength(40);
        expect(maxInWindow(sends.map((s) => s.at), 60_000)).toBeLessThanOrEqual(TELEGRAM_LIMITS.group.max);
      } else {
        for (let i = 1; i < sends.length; i++) expect(sends[i]!.at - sends[i - 1]!.at).toBeGreaterThanOrEqual(1_000);
      }
      // A chat's messages arrive in the order they were queued.
      const ids = sends.map((s) => s.id);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
    }
    // 960 private messages at ≤25/s take ≥ 38 s; the 40 group messages need 2+ minutes at 19/min.
    expect(elapsed).toBeGreaterThanOrEqual(38_000);
    expect(elapsed).toBeLessThan(3 * 60_000);
    console.log(`burst: 1000 messages in ${Math.round(elapsed / 1000)} s simulated; max ${maxInWindow(transport.log.map((l) => l.at), 1_000)} in any second`);
  }, 60_000);

  it("two senders on one database send each message once, even when they race for the same rows", async () => {
    const agency = await tdb.db.agency.create({ data: { name: "Thanh tra tỉnh" } });
    await queue(tdb.db, Array.from({ length: 200 }, (_, i) => ({ chatId: String(7000 + (i % 50)), agencyId: agency.id })));
    const other = createDb(tdb.url);
    const transport = new RecordingTransport();
    const b = new OutboxSender({ db: other, clock, logger, transport });
    let raced = 0;
    // The quiet-hours hook runs between A reading the due rows and A claiming them:
    // B does a whole round there, so A tries to claim rows B already took.
    const a = new OutboxSender({
      db: tdb.db,
      clock,
      logger,
      transport,
      holdUntil: async () => {
        if (raced++ < 3) await b.runOnce();
        return null;
      },
    });
    await drain([a, b]);
    await other.$disconnect();
    expect(raced).toBeGreaterThan(3);
    expect(transport.log).toHaveLength(200);
    expect(new Set(transport.log.map((l) => l.id)).size).toBe(200);
  });
});

describe("outbox sender claims", () => {
  it("a process whose claim was taken over changes nothing when its late answer comes", async () => {
    await queue(tdb.db, [{ chatId: "801" }]);
    let release!: () => void;
    const slow: Transport = { deliver: () => new Promise<void>((r) => (release = r)) };
    const lines: string[] = [];
    const a = new OutboxSender({ db: tdb.db, clock, logger: createLogger("warn", { write: (l: string) => void lines.push(l) }), transport: slow, leaseMs: 10_000 });
    const running = a.runOnce(); // claims, then hangs in the HTTP call
    while (!release) await new Promise((r) => setTimeout(r, 5));
    clock.advance(11_000); // the lease expired: another instance takes the row over
    const transport = new RecordingTransport();
    const b = new OutboxSender({ db: tdb.db, clock, logger, transport });
    await b.runOnce();
    expect(transport.log).toHaveLength(1);
    const sentByB = await tdb.db.outboxMessage.findFirstOrThrow();
    release();
    await running;
    // A's SENT was a compare-and-set on its token: B's outcome stands, untouched.
    expect(await tdb.db.outboxMessage.findFirstOrThrow()).toEqual(sentByB);
    expect(sentByB.status).toBe("SENT");
    expect(sentByB.attempts).toBe(1);
    expect(lines.join("")).toContain("claim lost before the message was marked sent");
  });

  it("never starts a send that could outlive its lease", () => {
    const transport: Transport = { deliver: () => Promise.resolve(), timeoutMs: 30_000 };
    expect(() => new OutboxSender({ db: tdb.db, clock, logger, transport })).toThrow(/lease/);
  });

  it("selects only what may go now, and counts the sends of every instance", async () => {
    await queue(tdb.db, Array.from({ length: 60 }, (_, i) => ({ chatId: String(900 + i) })));
    const transport = new RecordingTransport();
    const a = new OutboxSender({ db: tdb.db, clock, logger, transport });
    const other = createDb(tdb.url);
    const b = new OutboxSender({ db: other, clock, logger, transport });
    // Same simulated instant, two instances: together no more than the bot-wide 25.
    for (let i = 0; i < 20; i++) await (i % 2 ? a : b).runOnce();
    await other.$disconnect();
    expect(transport.log).toHaveLength(TELEGRAM_LIMITS.global.max);
  });
});

describe("outbox sender errors", () => {
  function telegramSender(fake: FakeTelegram, maxAttempts?: number) {
    const api = new Api("7000000001:TEST-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    api.config.use(fake.transformer());
    return new OutboxSender({ db: tdb.db, clock, logger, transport: new TelegramTransport(api), ...(maxAttempts ? { maxAttempts } : {}) });
  }

  it("waits retry_after after a 429, then delivers once", async () => {
    const fake = new FakeTelegram();
    fake.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 7", parameters: { retry_after: 7 } });
    await queue(tdb.db, [{ chatId: "501" }]);
    const sender = telegramSender(fake);

    await sender.runOnce();
    let row = await tdb.db.outboxMessage.findFirstOrThrow();
    expect(row.status).toBe("PENDING");
    expect(row.notBefore.getTime() - clock.now().getTime()).toBe(7_000);
    expect(row.attempts).toBe(0);

    clock.advance(6_000);
    await sender.runOnce();
    expect(fake.messagesTo("501")).toHaveLength(0);

    clock.advance(1_000);
    await sender.runOnce();
    expect(fake.messagesTo("501")).toHaveLength(1);
    row = await tdb.db.outboxMessage.findFirstOrThrow();
    expect(row.status).toBe("SENT");
    expect(fake.callsOf("sendMessage")).toHaveLength(2);
  });

  it("backs off on server errors and gives up after the attempt limit", async () => {
    const fake = new FakeTelegram();
    fake.failNext("sendMessage", { error_code: 502, description: "Bad Gateway" }, { chatId: "601", times: 2 });
    fake.failNext("sendMessage", { error_code: 500, description: "Internal Server Error" }, { chatId: "602", times: 10 });
    await queue(tdb.db, [{ chatId: "601" }, { chatId: "602" }]);
    const elapsed = await drain([telegramSender(fake, 4)]);

    const rows = await tdb.db.outboxMessage.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ["SENT", 3],
      ["FAILED", 4],
    ]);
    expect(fake.callsOf("sendMessage").filter((c) => c.payload.chat_id === "602")).toHaveLength(4);
    // 5 s, 10 s, 20 s of back-off before the fourth attempt.
    expect(elapsed).toBeGreaterThanOrEqual(35_000);
  });

  it("a blocked user: messages FAILED, member unreachable, the secretary told once", async () => {
    const agency = await tdb.db.agency.create({ data: { name: "Thanh tra tỉnh" } });
    const secretary = await tdb.db.member.create({
      data: { agencyId: agency.id, platformUserId: "100", fullName: "Nguyễn Thị Lan", position: "Chánh Văn phòng", role: Role.SECRETARY },
    });
    const member = await tdb.db.member.create({
      data: { agencyId: agency.id, platformUserId: "101", fullName: "Trần Văn Bình", position: "Phó Chánh Thanh tra", role: Role.MEMBER },
    });
    const fake = new FakeTelegram();
    fake.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" }, { chatId: "101", times: 3 });
    await queue(tdb.db, [1, 2, 3].map(() => ({ chatId: "101", memberId: member.id, agencyId: agency.id })));

    await drain([telegramSender(fake)]);

    const toMember = await tdb.db.outboxMessage.findMany({ where: { chatId: "101" } });
    expect(toMember.map((m) => m.status)).toEqual(["FAILED", "FAILED", "FAILED"]);
    expect(toMember[0]!.lastError).toContain("blocked");
    expect((await tdb.db.member.findUniqueOrThrow({ where: { id: member.id } })).unreachableAt).not.toBeNull();
    const notices = fake.messagesTo(secretary.platformUserId);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain("Trần Văn Bình");
    expect(notices[0]!.text).toContain("chặn bot");

    // Once a message gets through again (the person unblocked the bot), the mark is cleared.
    await queue(tdb.db, [{ chatId: "101", memberId: member.id, agencyId: agency.id }]);
    await drain([telegramSender(fake)]);
    expect(fake.messagesTo("101")).toHaveLength(1);
    expect((await tdb.db.member.findUniqueOrThrow({ where: { id: member.id } })).unreachableAt).toBeNull();
  });

  it("holds messages during an agency's quiet hours and sends them when they end", async () => {
    const agency = await tdb.db.agency.create({ data: { name: "Thanh tra tỉnh" } });
    clock.set("2026-03-02T14:30:00Z"); // 21:30 in Vietnam
    await queue(tdb.db, [{ chatId: "701", agencyId: agency.id }, { chatId: "702" }]);
    const transport = new RecordingTransport();
    const morning = new Date("2026-03-03T00:00:00Z"); // 07:00
    const sender = new OutboxSender({
      db: tdb.db,
      clock,
      logger,
      transport,
      idleMs: 24 * 3_600_000,
      holdUntil: async (_id, now) => (now < morning ? morning : null),
    });
    await sender.runOnce();
    expect(transport.log.map((l) => l.chatId)).toEqual(["702"]); // not an agency's message: no quiet hours
    expect((await tdb.db.outboxMessage.findFirstOrThrow({ where: { chatId: "701" } })).notBefore).toEqual(morning);
    await drain([sender]);
    expect(transport.log.map((l) => [l.chatId, new Date(l.at).toISOString()])).toEqual([
      ["702", "2026-03-02T14:30:00.000Z"],
      ["701", "2026-03-03T00:00:00.000Z"],
    ]);
  });
});
