import type { AppDeps } from "../../app.js";
import type { Config } from "../../config.js";
import type { Logger } from "../../logger.js";
import type { Health } from "../../ops/health.js";
import { createBot } from "../../bot/index.js";
import { registerCommandMenu } from "../../bot/command-menu.js";
import { features } from "../../../commands/index.js";
import { OutboxSender } from "../../messaging/sender.js";
import { TelegramTransport } from "./transport.js";
import { telegramProxyConfig } from "./proxy.js";
import { waitForTelegram } from "./reachability.js";
import { createTelegramWebhookHandler } from "./webhook-server.js";
import type { RouteTable } from "../../http/routes.js";
import type { FileLinks } from "../../chat/ui.js";
import { startConfirmedPolling } from "./confirmed-polling.js";

/** Update kinds the bot uses; anything else Telegram need not send. */
export const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"] as const;

export interface RunningChannel {
  /** Stops the outbox sender (messages in flight finish). */
  stopSender(): Promise<void>;
  /** Stops receiving (polling or the webhook server). */
  stopReceiving(): Promise<void>;
}

/**
 * The Telegram channel, as main.ts ran it before there was a second one:
 * reachability, identity, command menu, polling or webhook, and its outbox sender.
 */
export async function startTelegramChannel(
  token: string,
  config: Config,
  deps: AppDeps,
  http: { health: Health; routes: RouteTable; fileLinks?: FileLinks },
): Promise<RunningChannel> {
  const logger = deps.logger;
  const { health } = http;
  // Telegram sends documents and photos as uploads: the links are only used where a platform lacks them.
  const bot = createBot(token, deps, {
    ...(config.telegramApiRoot ? { apiRoot: config.telegramApiRoot } : {}),
    ...(http.fileLinks ? { fileLinks: http.fileLinks } : {}),
    // HTTPS_PROXY / NO_PROXY (src/platforms/proxy.ts), read once here, where the process starts.
    client: telegramProxyConfig(config.telegramApiRoot),
  });
  bot.api.config.use(health.pollObserver);
  // An unreachable API is said once, then retried in the background until it answers.
  await waitForTelegram(bot, config.telegramApiRoot, logger);
  await bot.init();
  logger.info({ username: bot.botInfo.username }, "bot identity confirmed");
  // The menu is a courtesy; failing to set it must not stop the bot.
  registerCommandMenu(bot.api, features.flatMap((f) => f.commands)).catch((err: unknown) => logger.warn({ err }, "could not register the command menu"));
  const stopReceiving = config.webhook ? await startWebhook(bot, config, logger, http.routes) : await startPolling(bot, logger);
  const sender = new OutboxSender({
    db: deps.db,
    clock: deps.clock,
    logger,
    transport: TelegramTransport.create(token, config.telegramApiRoot),
    holdUntil: (agencyId, now) => deps.services.settings.quietHoldUntil(agencyId, now),
  });
  sender.start();
  return { stopSender: () => sender.stop(), stopReceiving };
}

async function startPolling(bot: ReturnType<typeof createBot>, logger: Logger): Promise<() => Promise<void>> {
  await bot.api.deleteWebhook();
  const polling = startConfirmedPolling(bot, logger, { allowed_updates: [...ALLOWED_UPDATES] });
  logger.info("long polling started");
  return () => polling.stop();
}

/** The webhook is a route of the bot's one HTTP server (src/http/), added before the webhook is set. */
async function startWebhook(bot: ReturnType<typeof createBot>, config: Config, logger: Logger, routes: RouteTable): Promise<() => Promise<void>> {
  const webhook = config.webhook!;
  const path = new URL(webhook.url).pathname;
  routes.add({ exact: path, name: "telegram-webhook", handler: createTelegramWebhookHandler(bot, { secret: webhook.secret, logger }) });
  await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
  logger.info({ port: config.port, path }, "webhook server listening (Telegram webhook route on the HTTP server)");
  // The route goes with the server (stopped after the channels).
  return async () => {};
}
