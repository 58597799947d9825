import { proxyAgentFor, type ProxyEnv } from "../proxy.js";

export const DEFAULT_TELEGRAM_API_ROOT = "https://api.telegram.org";

/**
 * grammY's client options that send the Bot API calls through the proxy of
 * the environment (src/platforms/proxy.ts), or none when there is none. On
 * Node grammY fetches with node-fetch, which takes an http.Agent: the proxy
 * agent replaces grammY's keep-alive agent, and its other defaults stay.
 * Every Api of the process uses it (the bot, the outbox transport, the
 * start-up probe), so a message cannot go around the proxy.
 */
export function telegramProxyConfig(apiRoot: string | undefined, env: ProxyEnv = process.env) {
  const agent = proxyAgentFor(apiRoot ?? DEFAULT_TELEGRAM_API_ROOT, env);
  return agent ? { baseFetchConfig: { agent } } : {};
}
