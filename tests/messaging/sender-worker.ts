/**
 * A real sender process for the kill and two-process tests: opens the
 * database, runs the production OutboxSender with the Telegram transport
 * against the fake Bot API over HTTP. It boots, prints "ready", and starts
 * sending when it reads "go" on stdin (so a test can keep booted spares and
 * replace a killed process at once). On SIGTERM it finishes the messages in
 * flight and exits (as main.ts does).
 * Usage: node --import tsx sender-worker.ts '<json WorkerOptions>'
 */
import { systemClock } from "../../src/clock.js";
import { createDb } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { OutboxSender } from "../../src/messaging/sender.js";
import { TelegramTransport } from "../../src/platforms/telegram/transport.js";
import type { RateLimits } from "../../src/messaging/rate-limiter.js";

export interface WorkerOptions {
  databaseUrl: string;
  apiRoot: string;
  token: string;
  leaseMs: number;
  sendTimeoutMs: number;
  limits?: RateLimits;
}

const o = JSON.parse(process.argv[2]!) as WorkerOptions;
const db = createDb(o.databaseUrl);
const sender = new OutboxSender({
  db,
  clock: systemClock,
  logger: createLogger(process.env.WORKER_LOG ?? "silent"),
  transport: TelegramTransport.create(o.token, o.apiRoot, { timeoutMs: o.sendTimeoutMs }),
  leaseMs: o.leaseMs,
  ...(o.limits ? { limits: o.limits } : {}),
  idleMs: 100,
});
await db.$queryRawUnsafe("SELECT 1");
process.stdout.write("ready\n");
process.stdin.once("data", () => {
  sender.start();
  process.stdout.write("started\n");
});
process.once("SIGTERM", () => {
  void sender.stop().then(async () => {
    await db.$disconnect();
    process.exit(0);
  });
});
