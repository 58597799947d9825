import type { Logger } from "../logger.js";
import { shownProxy } from "./proxy.js";

/**
 * Start-up against a chat platform's API that may be unreachable (the normal
 * case in some agency networks): say so ONCE, clearly, within seconds, then
 * keep trying in the background at a slow pace and say when it gets through.
 * The caller's start-up simply continues after the promise resolves.
 *
 * Channel-neutral: Telegram passes its name, API root and a `getMe` probe
 * (src/platforms/telegram/reachability.ts); a Zalo channel passes its own.
 */
export interface ReachabilityOptions {
  /** Shown to the operator: "Telegram", "Zalo". */
  name: string;
  /** The URL the probe talks to, shown so the operator can test it by hand. */
  apiRoot: string;
  /** The variable that sets `apiRoot` (TELEGRAM_API_ROOT). */
  setting: string;
  /** The proxy the calls go through (HTTPS_PROXY…), when one is set: shown without its password. */
  proxy?: string;
  /**
   * One attempt; resolves when the API answered. Rejects with an error that
   * `isNetworkError` recognises when the API could not be reached; any other
   * error (a revoked token) is not retried and stops the start-up.
   */
  probe: (signal: AbortSignal) => Promise<void>;
  isNetworkError: (err: unknown) => boolean;
  /** Never shown (the bot token is part of Telegram's URLs, and so of socket error messages). */
  secrets?: string[];
  logger: Pick<Logger, "warn" | "info">;
  /** One attempt is given up after this long (a firewall that drops packets never refuses). */
  attemptTimeoutMs?: number;
  /** Pauses between background attempts: first, then doubling up to the last. */
  retryDelayMs?: { first: number; max: number };
  /** Where the one clear line goes (stderr, like configuration errors). */
  print?: (line: string) => void;
}

export const DEFAULT_ATTEMPT_TIMEOUT_MS = 8_000;
export const DEFAULT_RETRY_DELAY_MS = { first: 5_000, max: 60_000 };

export async function waitUntilReachable(o: ReachabilityOptions): Promise<void> {
  const timeoutMs = o.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS;
  const delays = o.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
  const print = o.print ?? ((line: string) => console.error(line));
  const since = Date.now();
  let delay = delays.first;
  for (let attempt = 0; ; attempt++) {
    const failure = await tryOnce(o, timeoutMs);
    if (!failure) {
      if (attempt > 0) {
        o.logger.info({ api: o.name, apiRoot: o.apiRoot, attempts: attempt + 1, waitedMs: Date.now() - since }, `${o.name} API reachable: starting`);
      }
      return;
    }
    if (attempt === 0) {
      const line = unreachableLine(o, failure, delays.max);
      print(line);
      o.logger.warn({ api: o.name, apiRoot: o.apiRoot, ...(o.proxy ? { proxy: shownProxy(o.proxy) } : {}), err: failure }, `${o.name} API unreachable; retrying in the background`);
    }
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, delays.max);
  }
}

/** Undefined when the API answered, else why it could not be reached. */
async function tryOnce(o: ReachabilityOptions, timeoutMs: number): Promise<string | undefined> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    await o.probe(signal);
    return undefined;
  } catch (err) {
    if (signal.aborted) return `no answer within ${Math.round(timeoutMs / 1000)} s`;
    if (!o.isNetworkError(err)) throw err;
    return scrub(rootCause(err), o.secrets ?? []);
  }
}

/** The operator's one line: what failed, where, what to check, what happens next (Vietnamese first, like the README). */
export function unreachableLine(o: Pick<ReachabilityOptions, "name" | "apiRoot" | "setting" | "proxy">, cause: string, maxDelayMs: number): string {
  const every = Math.round(maxDelayMs / 1000);
  // With a proxy set, the proxy is the first suspect: it is named (never its password) and so are the variables.
  const via = o.proxy ? ` qua proxy ${shownProxy(o.proxy)}` : "";
  const check = o.proxy ? `kiểm tra proxy ${shownProxy(o.proxy)} (HTTPS_PROXY/HTTP_PROXY, NO_PROXY), biến ${o.setting}, tường lửa` : `kiểm tra proxy (HTTPS_PROXY), biến ${o.setting}, tường lửa`;
  const checkEn = o.proxy ? `check the proxy ${shownProxy(o.proxy)} (HTTPS_PROXY/HTTP_PROXY, NO_PROXY), ${o.setting}, the firewall` : `check the proxy (HTTPS_PROXY), ${o.setting}, the firewall`;
  return (
    `Không kết nối được ${o.name} API tại ${o.apiRoot}${via} (${cause}): ${check}; ` +
    `bot tiếp tục thử lại (tối đa ${every} giây một lần) và sẽ báo khi kết nối được ` +
    `(cannot reach the ${o.name} API${o.proxy ? ` through ${shownProxy(o.proxy)}` : ""}: ${checkEn}; retrying in the background).`
  );
}

function scrub(text: string, secrets: string[]): string {
  return secrets.filter(Boolean).reduce((t, secret) => t.split(secret).join("[ẩn]"), text);
}

/**
 * grammY wraps the socket error (ECONNREFUSED, ENOTFOUND…) in its own; the
 * innermost says what happened. node-fetch puts the whole request URL in
 * front ("request to … failed, reason: …"); only the reason is kept.
 */
function rootCause(err: unknown): string {
  let e: unknown = err;
  for (let i = 0; i < 5; i++) {
    const inner = (e as { error?: unknown; cause?: unknown } | null)?.error ?? (e as { cause?: unknown } | null)?.cause;
    if (!inner) break;
    e = inner;
  }
  const code = (e as { code?: unknown } | null)?.code;
  const full = e instanceof Error ? e.message : String(e);
  const message = /reason: (.*)$/.exec(full)?.[1] ?? full;
  return typeof code === "string" && !message.includes(code) ? `${code}: ${message}` : message;
}
