import { Api, HttpError } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "../../logger.js";
import { waitUntilReachable, type ReachabilityOptions } from "../reachability.js";
import { proxyUrlFor } from "../proxy.js";
import { DEFAULT_TELEGRAM_API_ROOT, telegramProxyConfig } from "./proxy.js";

export { DEFAULT_TELEGRAM_API_ROOT };

/**
 * Waits until Telegram answers `getMe`, and gives the bot its identity (so
 * `bot.init()` has nothing left to fetch). The probe uses a bare Api without
 * the bot's retrying transformers: the background loop is the retry here,
 * and the first failure must reach the operator within seconds.
 */
export function waitForTelegram(
  bot: { readonly token: string; botInfo: UserFromGetMe },
  apiRoot: string | undefined,
  logger: Pick<Logger, "warn" | "info">,
  options: Pick<ReachabilityOptions, "attemptTimeoutMs" | "retryDelayMs" | "print"> = {},
): Promise<void> {
  const root = apiRoot ?? DEFAULT_TELEGRAM_API_ROOT;
  const api = new Api(bot.token, { apiRoot: root, ...telegramProxyConfig(root) });
  const proxy = proxyUrlFor(root);
  return waitUntilReachable({
    name: "Telegram",
    apiRoot: root,
    setting: "TELEGRAM_API_ROOT",
    ...(proxy ? { proxy } : {}),
    probe: async (signal) => {
      // grammY types its signal as the abort-controller polyfill; a native one works the same.
      bot.botInfo = await api.getMe(signal as unknown as Parameters<Api["getMe"]>[0]);
    },
    isNetworkError: (err) => err instanceof HttpError,
    secrets: [bot.token],
    logger,
    ...options,
  });
}
