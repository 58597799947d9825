import type { AppDeps } from "../../app.js";
import type { FileLinks } from "../../chat/ui.js";
import type { ZaloConfig } from "../../zalo-config.js";
import { OutboxSender } from "../../messaging/sender.js";
import { waitUntilReachable } from "../reachability.js";
import { proxyAgentFor, proxyUrlFor } from "../proxy.js";
import { agentFetch } from "../agent-fetch.js";
import type { RouteTable } from "../../http/routes.js";
import type { RunningChannel } from "../telegram/start.js";
import { ZaloApiError, ZaloClient } from "./client.js";
import { createZaloChannel } from "./bot.js";
import { clearZaloWebhook, startZaloPolling } from "./polling.js";
import { createZaloWebhookHandler } from "./webhook.js";
import { ZaloTransport, zaloLimits, ZALO_SEND_TIMEOUT_MS } from "./transport.js";
import type { ZaloBotInfo } from "./types.js";
import { recordZaloTraffic, type ZaloBudgetSettings } from "../../messaging/zalo-budget.js";
import { zaloBudgetSenderHooks } from "../../messaging/zalo-budget-sender.js";
import { describeError } from "../../security/redact.js";

/**
 * The Zalo channel in the running bot: its identity (getMe, said once and
 * retried while the platform is unreachable), its bot, long polling or the
 * webhook, and its own outbox sender (rows with platform "zalo", Zalo's pacing).
 */
export async function startZaloChannel(
  cfg: ZaloConfig,
  deps: AppDeps,
  opts: { routes: RouteTable; fileLinks?: FileLinks; budget?: ZaloBudgetSettings },
): Promise<RunningChannel> {
  const logger = deps.logger;
  const budget = opts.budget && opts.budget.monthlyLimit > 0 ? opts.budget : undefined;
  // HTTPS_PROXY / NO_PROXY (src/platforms/proxy.ts): through the proxy agent, else Node's fetch.
  const proxy = proxyUrlFor(cfg.apiRoot);
  const agent = proxyAgentFor(cfg.apiRoot);
  // Every message Zalo accepted counts, direct replies and outbox alike (docs/zalo-budget.md); a failed
  // count is logged, never turned into a failed send (that would send the message again).
  const countOut = budget
    ? () => void recordZaloTraffic(deps.db, "out", deps.clock.now(), 1, budget).catch((err: unknown) => logger.warn({ err: describeError(err) }, "zalo budget: could not count a message"))
    : undefined;
  const client = new ZaloClient(cfg.token, {
    apiRoot: cfg.apiRoot,
    timeoutMs: ZALO_SEND_TIMEOUT_MS,
    ...(agent ? { fetch: agentFetch(agent) } : {}),
    ...(countOut ? { onSent: countOut } : {}),
  });
  let info: ZaloBotInfo | undefined;
  await waitUntilReachable({
    name: "Zalo",
    apiRoot: cfg.apiRoot,
    setting: "ZALO_API_ROOT",
    ...(proxy ? { proxy } : {}),
    probe: async (signal) => {
      info = await client.call<ZaloBotInfo>("getMe", {}, { signal });
    },
    isNetworkError: (err) => err instanceof ZaloApiError && err.isTransient,
    secrets: [cfg.token],
    logger,
  });
  const botInfo = info!;
  logger.info({ account: botInfo.account_name, canJoinGroups: botInfo.can_join_groups ?? false }, "zalo: bot identity confirmed");
  const { intake } = createZaloChannel(cfg.token, deps, {
    client,
    botInfo,
    ...(opts.fileLinks ? { fileLinks: opts.fileLinks } : {}),
    ...(cfg.botName ? { botNames: [cfg.botName] } : {}),
    ...(cfg.botLink ? { shareLink: cfg.botLink } : {}),
    // The monthly budget counts both directions, as the platform does (docs/zalo-budget.md).
    ...(budget ? { onIncoming: () => recordZaloTraffic(deps.db, "in", deps.clock.now(), 1, budget) } : {}),
  });
  const handle = (body: unknown) => intake.handle(body);
  let stopReceiving: () => Promise<void>;
  if (cfg.webhook) {
    const work = new Set<Promise<void>>();
    const path = new URL(cfg.webhook.url).pathname;
    const handler = createZaloWebhookHandler({ secret: cfg.webhook.secret, onUpdate: handle, logger, track: (p) => (work.add(p), void p.finally(() => work.delete(p))) });
    // A route of the bot's one HTTP server (src/http/), added before Zalo is told the address.
    opts.routes.add({ exact: path, name: "zalo-webhook", handler });
    await client.setWebhook(cfg.webhook.url, cfg.webhook.secret);
    logger.info({ path }, "zalo: webhook route on the HTTP server");
    // The route goes with the server (stopped after the channels); the updates being handled are waited for.
    stopReceiving = async () => {
      await Promise.allSettled([...work]);
    };
  } else {
    await clearZaloWebhook(client, logger);
    const polling = startZaloPolling(client, handle, logger);
    logger.info("zalo: long polling started");
    stopReceiving = () => polling.stop();
  }
  const sender = new OutboxSender({
    db: deps.db,
    clock: deps.clock,
    logger,
    transport: new ZaloTransport(client, opts.fileLinks),
    platform: "zalo",
    limits: zaloLimits(cfg.pacing),
    holdUntil: (agencyId, now) => deps.services.settings.quietHoldUntil(agencyId, now),
    ...(budget ? zaloBudgetSenderHooks(deps.db, budget, logger) : {}),
  });
  sender.start();
  return { stopSender: () => sender.stop(), stopReceiving };
}
