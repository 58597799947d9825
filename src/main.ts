import "dotenv/config";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { createLogger, type Logger } from "./logger.js";
import { createDb } from "./db/client.js";
import { applyMigrations } from "./db/migrate.js";
import { createServices } from "./services/index.js";
import { systemClock } from "./clock.js";
import { createBot } from "./bot/index.js";
import { registerCommandMenu } from "./bot/command-menu.js";
import { features } from "../commands/index.js";
import type { AppDeps } from "./app.js";
import { OutboxSender } from "./messaging/sender.js";
import { TelegramTransport } from "./platforms/telegram/transport.js";
import { Scheduler } from "./scheduler/scheduler.js";
import { allJobs } from "./scheduler/jobs/index.js";
import { waitForTelegram } from "./platforms/telegram/reachability.js";
import { nightlyBackupInFlight } from "./scheduler/jobs/nightly-backup.js";
import { Health, healthRoute } from "./ops/health.js";
import { registerBotToken, registerSecret, redactSecrets } from "./security/redact.js";
import { installProcessGuards } from "./security/process-guards.js";
import { createTelegramWebhookHandler } from "./platforms/telegram/webhook-server.js";
import { RouteTable } from "./http/routes.js";
import { startHttp } from "./http/start.js";
import { mountFileLinks } from "./files/wiring.js";
import { startConfirmedPolling } from "./platforms/telegram/confirmed-polling.js";

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
  registerBotToken(config.botToken);
  registerSecret(config.webhook?.secret);
  const logger = createLogger(config.logLevel);
  installProcessGuards(logger);
  const { applied } = await applyMigrations(config.databaseUrl);
  if (applied.length) logger.info({ applied }, "database migrations applied");

  const db = createDb(config.databaseUrl);
  // /healthz answers from here on (503 until the first poll), so a monitor sees
  // a bot that is up but cannot reach Telegram. One server for every route
  // (src/http/): the webhook route is added before the webhook is set.
  const health = new Health({ db, polling: !config.webhook });
  const clock = systemClock;
  const routes = new RouteTable().add(healthRoute(health));
  const fileLinks = mountFileLinks(routes, { db, clock, logger, publicUrl: config.public.publicUrl, linkDays: config.public.fileLinkDays });
  const stopHttp = await startHttp(routes, { port: config.port, logger, required: !!config.webhook });
  const deps: AppDeps = {
    db,
    clock,
    logger,
    services: createServices({ db, clock, timezone: config.timezone }),
    adminIds: config.botAdminIds,
    timezone: config.timezone,
    backup: config.backup,
    zaloBudget: config.public.zaloBudget,
    ...(config.zaloBotLink ? { zaloBotLink: config.zaloBotLink } : {}),
  };
  // Telegram sends documents and photos as uploads: the links are only used where a platform lacks them.
  const bot = createBot(config.botToken, deps, { ...(config.telegramApiRoot ? { apiRoot: config.telegramApiRoot } : {}), ...(fileLinks ? { fileLinks } : {}) });
  bot.api.config.use(health.pollObserver);
  // An unreachable API is said once, then retried in the background until it answers.
  await waitForTelegram(bot, config.telegramApiRoot, logger);
  await bot.init();
  logger.info({ username: bot.botInfo.username }, "bot identity confirmed");
  // The menu is a courtesy; failing to set it must not stop the bot.
  registerCommandMenu(bot.api, features.flatMap((f) => f.commands)).catch((err: unknown) =>
    logger.warn({ err }, "could not register the command menu"),
  );

  const stopTransport = config.webhook ? await startWebhook(bot, config, logger, routes) : await startPolling(bot, logger);

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
      await nightlyBackupInFlight();
      await sender.stop();
      await stopTransport();
      await stopHttp();
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
  const polling = startConfirmedPolling(bot, logger, { allowed_updates: [...ALLOWED_UPDATES] });
  logger.info("long polling started");
  return () => polling.stop();
}

async function startWebhook(bot: ReturnType<typeof createBot>, config: Config, logger: Logger, routes: RouteTable): Promise<() => Promise<void>> {
  const webhook = config.webhook!;
  const path = new URL(webhook.url).pathname;
  routes.add({ exact: path, name: "telegram-webhook", handler: createTelegramWebhookHandler(bot, { secret: webhook.secret, logger }) });
  await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
  logger.info({ port: config.port, path }, "webhook server listening (Telegram webhook route on the HTTP server)");
  // The route goes with the server (stopped after the transport).
  return async () => {};
}

main().catch((err: unknown) => {
  console.error("Không khởi động được bot (failed to start):", redactSecrets(err instanceof Error ? err.message : String(err)));
  process.exit(1);
});
