import "dotenv/config";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { createLogger } from "./logger.js";
import { createDb } from "./db/client.js";
import { applyMigrations } from "./db/migrate.js";
import { createServices } from "./services/index.js";
import { systemClock } from "./clock.js";
import type { AppDeps } from "./app.js";
import { Scheduler } from "./scheduler/scheduler.js";
import { allJobs } from "./scheduler/jobs/index.js";
import { nightlyBackupInFlight } from "./scheduler/jobs/nightly-backup.js";
import { Health, healthRoute } from "./ops/health.js";
import { RouteTable } from "./http/routes.js";
import { startHttp } from "./http/start.js";
import { mountFileLinks } from "./files/wiring.js";
import { registerBotToken, registerSecret, redactSecrets } from "./security/redact.js";
import { installProcessGuards } from "./security/process-guards.js";
import { checkProxyEnv } from "./platforms/proxy.js";
import { startTelegramChannel, type RunningChannel } from "./platforms/telegram/start.js";
import { startZaloChannel } from "./platforms/zalo/start.js";
import { WARM_UP_AFTER_MS, warmReportRendering } from "./reports/warm-up.js";

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
  // Every channel configured is started: both tokens in one process is the normal mixed committee.
  if (config.botToken) registerBotToken(config.botToken);
  if (config.zalo) registerBotToken(config.zalo.token);
  registerSecret(config.webhook?.secret);
  const proxy = checkProxyEnv();
  if (proxy.invalid) {
    console.error(`Cấu hình sai — ${proxy.invalid}: phải là địa chỉ proxy http://[người dùng:mật khẩu@]máy:cổng (must be an http(s) proxy URL)`);
    process.exit(1);
  }
  for (const password of proxy.passwords) registerSecret(password);
  registerSecret(config.zalo?.webhook?.secret);
  const logger = createLogger(config.logLevel);
  installProcessGuards(logger);
  const { applied } = await applyMigrations(config.databaseUrl);
  if (applied.length) logger.info({ applied }, "database migrations applied");

  const db = createDb(config.databaseUrl, { sqliteSynchronous: config.sqliteSynchronous });
  // /healthz answers from here on (503 until the first poll), so a monitor sees
  // a bot that is up but cannot reach Telegram. One server for every route
  // (src/http/): /healthz, the download links, the Telegram and Zalo webhook routes.
  const webhookServed = Boolean(config.botToken && config.webhook) || Boolean(config.zalo?.webhook);
  const health = new Health({ db, polling: Boolean(config.botToken) && !config.webhook });
  const clock = systemClock;
  const routes = new RouteTable().add(healthRoute(health));
  const fileLinks = mountFileLinks(routes, { db, clock, logger, publicUrl: config.public.publicUrl, linkDays: config.public.fileLinkDays });
  const stopHttp = await startHttp(routes, { port: config.port, logger, required: webhookServed });
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
  // Each channel starts on its own: Telegram blocked (as in Vietnam) must not hold up Zalo.
  // Download links (PUBLIC_URL) reach Zalo, which cannot take documents; Telegram still gets uploads.
  const channels: RunningChannel[] = [];
  const starting = [
    ...(config.botToken ? [startTelegramChannel(config.botToken, config, deps, { health, routes, ...(fileLinks ? { fileLinks } : {}) })] : []),
    ...(config.zalo ? [startZaloChannel(config.zalo, deps, { routes, ...(fileLinks ? { fileLinks } : {}), budget: config.public.zaloBudget })] : []),
  ].map((p) => p.then((c) => void channels.push(c)));
  // Scheduled work starts once a channel answers (each channel's sender sends its own
  // platform's rows): the first tick catches up whatever fell due while the bot was down (docs/scheduling.md).
  await Promise.race(starting);
  void Promise.all(starting).catch((err: unknown) => {
    console.error("Không khởi động được bot (failed to start):", redactSecrets(err instanceof Error ? err.message : String(err)));
    process.exit(1);
  });
  const scheduler = new Scheduler(deps, allJobs);
  const caughtUp = await scheduler.start();
  logger.info({ done: caughtUp.done.length, skipped: caughtUp.skipped.length, failed: caughtUp.failed.length }, "scheduler started");
  // The first report after a start should not pay for compiling the document code (src/reports/warm-up.ts).
  setTimeout(() => {
    const started = performance.now();
    warmReportRendering().then(
      () => logger.debug({ ms: Math.round(performance.now() - started) }, "report rendering warmed up"),
      (err: unknown) => logger.warn({ err }, "report rendering warm-up failed"),
    );
  }, WARM_UP_AFTER_MS).unref();

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing updates in flight");
    try {
      // No new scheduled work, then let the sender finish the messages in flight.
      await scheduler.stop();
      await nightlyBackupInFlight();
      for (const c of channels) await c.stopSender();
      for (const c of channels) await c.stopReceiving();
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

main().catch((err: unknown) => {
  console.error("Không khởi động được bot (failed to start):", redactSecrets(err instanceof Error ? err.message : String(err)));
  process.exit(1);
});
