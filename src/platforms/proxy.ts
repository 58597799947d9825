import type { Agent } from "node:http";
import { HttpsProxyAgent } from "https-proxy-agent";

/**
 * The outgoing proxy for the chat APIs (docs/deploy.md, "Proxy"). In Vietnam
 * Telegram is often reachable only through one, and agency networks tend to
 * force all traffic through theirs. The bot reads the standard variables, as
 * curl, npm and Node's own fetch do, rather than a setting of its own: an
 * operator who already set them for the machine gets the bot through too.
 *
 *   HTTPS_PROXY (https_proxy)  proxy for https:// APIs (both real APIs); falls back to HTTP_PROXY
 *   HTTP_PROXY  (http_proxy)   proxy for http:// APIs (a local Bot API server, the tests' fakes)
 *   NO_PROXY    (no_proxy)     hosts reached directly: "*", or names, ".suffix", "*.suffix",
 *                              IP addresses, each with an optional ":port" (no CIDR ranges)
 *
 * The lower-case form wins when both are set (as in undici). Only the chat
 * APIs use it: the database and the bot's own HTTP server are local.
 */
export type ProxyEnv = Readonly<Record<string, string | undefined>>;

function read(env: ProxyEnv, name: string): string | undefined {
  const v = env[name.toLowerCase()] ?? env[name];
  return v?.trim() ? v.trim() : undefined;
}

/** The proxy URL for a request to `target`, or undefined when it goes directly. */
export function proxyUrlFor(target: string, env: ProxyEnv = process.env): string | undefined {
  const url = new URL(target);
  const proxy = url.protocol === "https:" ? (read(env, "HTTPS_PROXY") ?? read(env, "HTTP_PROXY")) : url.protocol === "http:" ? read(env, "HTTP_PROXY") : undefined;
  if (!proxy) return undefined;
  const noProxy = read(env, "NO_PROXY");
  if (noProxy && bypassesProxy(url, noProxy)) return undefined;
  // "host:port" without a scheme is common in these variables; curl reads it as http.
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(proxy) ? proxy : `http://${proxy}`;
}

/** Whether NO_PROXY lists the target's host (and port, where the entry names one). */
export function bypassesProxy(target: URL, noProxy: string): boolean {
  const host = target.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = target.port || (target.protocol === "https:" ? "443" : "80");
  return noProxy
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((raw) => {
      const entry = raw.toLowerCase();
      if (entry === "*") return true;
      // A bare IPv6 address ("::1") has no port part.
      if (!entry.startsWith("[") && entry.split(":").length > 2) return host === entry;
      const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(entry);
      if (!m) return false;
      if (m[2] && m[2] !== port) return false;
      const name = m[1]!.replace(/^\[|\]$/g, "").replace(/^\*?\./, "");
      return host === name || host.endsWith(`.${name}`);
    });
}

/** The proxy as shown to the operator: scheme, host and port, never the password. */
export function shownProxy(proxyUrl: string): string {
  const u = new URL(proxyUrl);
  return `${u.protocol}//${u.host}`;
}

const agents = new Map<string, Agent>();

/**
 * An agent that tunnels through the proxy (HTTP CONNECT, so TLS stays end to
 * end), or undefined when `target` goes directly. One keep-alive agent per
 * proxy, like grammY's own agents per API root.
 */
export function proxyAgentFor(target: string, env: ProxyEnv = process.env): Agent | undefined {
  const proxy = proxyUrlFor(target, env);
  if (!proxy) return undefined;
  let agent = agents.get(proxy);
  if (!agent) {
    agent = new HttpsProxyAgent(proxy, { keepAlive: true });
    agents.set(proxy, agent);
  }
  return agent;
}

const PROXY_VARIABLES = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"] as const;

/**
 * Checks the proxy variables at start-up: the name of the first one that is
 * not a usable proxy address (so the operator gets one line, not a stack
 * trace on the first call), and the passwords they carry (to be censored in
 * the logs like the tokens).
 */
export function checkProxyEnv(env: ProxyEnv = process.env): { invalid?: string; passwords: string[] } {
  const passwords: string[] = [];
  for (const name of PROXY_VARIABLES) {
    const v = env[name]?.trim();
    if (!v) continue;
    let u: URL;
    try {
      u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? v : `http://${v}`);
    } catch {
      return { invalid: name, passwords };
    }
    if (u.protocol !== "http:" && u.protocol !== "https:") return { invalid: name, passwords };
    if (u.password) passwords.push(decodeURIComponent(u.password));
  }
  return { passwords };
}
