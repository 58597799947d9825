import "dotenv/config";
import { createServer, type Server } from "node:http";
import { webhookCallback } from "grammy";
import { run, type RunnerHandle } from "@grammyjs/runner";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { createLogger, type Logger } from "./logger.js";
import { createDb } from "./db/client.js";
import { applyMigrations } from "./db/migrate.js";
import { createServices } from "./services/index.js";
import { systemClock } from "./clock.js";
import { createBot } from "./bot/index.js";
import { registerCommandMenu } from "./bot/command-menu.js";
import { createI18n } from "./bot/i18n.js";
import { features } from "../commands/index.js";
import type { AppDeps } from "./app.js";
import { OutboxSender } from "./messaging/sender.js";
import { TelegramTransport } from "./messaging/telegram-transport.js";
import { Scheduler } from "./scheduler/scheduler.js";
import { allJobs } from "./scheduler/jobs/index.js";

/** Update kinds the bot uses; anything else Telegram need not send. */
export const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"] as const;

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      // One clear line, no stack trace: this is the operator's first contact.
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const { applied } = await applyMigrations(config.databaseUrl);
  if (applied.length) logger.info({ applied }, "database migrations applied");

  const db = createDb(config.databaseUrl);
  const clock = systemClock;
  const deps: AppDeps = {
    db,
    clock,
    logger,
    services: createServices({ db, clock, timezone: config.timezone }),
    adminIds: config.botAdminIds,
    timezone: config.timezone,
  };
  const bot = createBot(config.botToken, deps, { ...(config.telegramApiRoot ? { apiRoot: config.telegramApiRoot } : {}) });
  await bot.init();
  logger.info({ username: bot.botInfo.username }, "bot identity confirmed");
  // The menu is a courtesy; failing to set it must not stop the bot.
  registerCommandMenu(bot.api, features.flatMap((f) => f.commands), createI18n()).catch((err: unknown) =>
    logger.warn({ err: String(err) }, "could not register the command menu"),
  );

  const stopTransport = config.webhook ? await startWebhook(bot, config, logger) : await startPolling(bot, logger);

  // Scheduled work and the outbox start once the bot answers: the first tick
  // catches up whatever fell due while the bot was down (docs/scheduling.md).
  const sender = new OutboxSender({
    db,
    clock,
    logger,
    transport: TelegramTransport.create(config.botToken, config.telegramApiRoot),
    holdUntil: (agencyId, now) => deps.services.settings.quietHoldUntil(agencyId, now),
  });
  sender.start();
  const scheduler = new Scheduler(deps, allJobs);
  const caughtUp = await scheduler.start();
  logger.info({ done: caughtUp.done.length, skipped: caughtUp.skipped.length, failed: caughtUp.failed.length }, "scheduler started");

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing updates in flight");
    try {
      // No new scheduled work, then let the sender finish the messages in flight.
      await scheduler.stop();
      await sender.stop();
      await stopTransport();
      await db.$disconnect();
    } finally {
      logger.info("stopped");
      process.exit(0);
    }
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

async function startPolling(bot: ReturnType<typeof createBot>, logger: Logger): Promise<() => Promise<void>> {
  await bot.api.deleteWebhook();
  const runner: RunnerHandle = run(bot, {
    runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } },
  });
  logger.info("long polling started");
  return async () => {
    if (runner.isRunning()) await runner.stop();
  };
}

async function startWebhook(bot: ReturnType<typeof createBot>, config: Config, logger: Logger): Promise<() => Promise<void>> {
  const webhook = config.webhook!;
  // Answer Telegram before its own timeout even if a handler is slow; the
  // handler goes on, and a redelivery is filtered by the duplicate check.
  const handle = webhookCallback(bot, "http", {
    secretToken: webhook.secret,
    onTimeout: "return",
    timeoutMilliseconds: 8_000,
  });
  const path = new URL(webhook.url).pathname;
  const server: Server = createServer((req, res) => {
    if (req.method === "POST" && req.url === path) return void handle(req, res);
    res.statusCode = req.url === "/healthz" ? 200 : 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
  logger.info({ port: config.port, path }, "webhook server listening");
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
}

main().catch((err: unknown) => {
  console.error("Không khởi động được bot (failed to start):", err instanceof Error ? err.message : err);
  process.exit(1);
});
