import { HttpError, type Transformer } from "grammy";
import type { Logger } from "../logger.js";

/**
 * Bounded retries for network errors (an `HttpError`: refused, reset, DNS,
 * timeout, a proxy answering with something that is not JSON).
 *
 * Why our own: `@grammyjs/auto-retry` retries network errors in a loop of its
 * own that its `maxRetryAttempts` does not count (the limit covers only 429
 * and 5xx answers), doubling the pause up to an hour, so one reply during a
 * network blip could hang its chat for hours. The plugin stays for what it
 * does well (429 `retry_after`, 5xx) with `rethrowHttpErrors: true`, and this
 * transformer, installed inside it, owns network errors.
 *
 * - Interactive calls: `retries` more attempts after the first, pausing
 *   `baseDelayMs`, ×2 each time, capped at `maxDelayMs`; each attempt is cut
 *   off after `attemptTimeoutMs` (grammY's own default is 500 s, long enough
 *   to stall a chat behind a firewall that drops packets). Then the error is
 *   thrown, and the error boundary apologises to the person.
 * - `getUpdates` (long polling) must never give up while the bot runs: it is
 *   retried without bound, but at a capped pace, and the outage is logged
 *   once when it starts and once when it ends (the runner would otherwise
 *   print every failure raw and let its own pause grow to hours).
 * - A call whose caller aborted it (the runner stopping) is never retried.
 *
 * A retried request may have reached Telegram before the connection broke,
 * so a reply can, rarely, arrive twice; a lost reply is worse.
 */
export interface NetworkRetryOptions {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  attemptTimeoutMs: number;
  /** Long polling's pace while Telegram is unreachable. */
  pollingMaxDelayMs: number;
}

export const DEFAULT_NETWORK_RETRY: NetworkRetryOptions = {
  retries: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 4_000,
  attemptTimeoutMs: 30_000,
  pollingMaxDelayMs: 30_000,
};

export function retryNetworkErrors(logger: Pick<Logger, "warn" | "info">, options: Partial<NetworkRetryOptions> = {}): Transformer {
  const o = { ...DEFAULT_NETWORK_RETRY, ...options };
  let pollingDownSince: number | undefined;
  return async (prev, method, payload, signal) => {
    const polling = method === "getUpdates";
    let delay = o.baseDelayMs;
    for (let attempt = 0; ; attempt++) {
      try {
        // Long polling holds its request open by design; only other calls get a cut-off.
        const attemptSignal = polling ? signal : withTimeout(signal, o.attemptTimeoutMs);
        const result = await prev(method, payload, attemptSignal);
        if (polling && pollingDownSince !== undefined) {
          logger.info({ downForMs: Date.now() - pollingDownSince }, "long polling reconnected to the Bot API");
          pollingDownSince = undefined;
        }
        return result;
      } catch (err) {
        if (!(err instanceof HttpError) || signal?.aborted) throw err;
        if (!polling && attempt >= o.retries) throw err;
        if (polling && pollingDownSince === undefined) {
          pollingDownSince = Date.now();
          logger.warn({ err: err.message }, "long polling lost the Bot API; retrying at a slow pace until it answers");
        }
        await pause(delay, signal);
        delay = Math.min(delay * 2, polling ? o.pollingMaxDelayMs : o.maxDelayMs);
      }
    }
  };
}

/** grammY's signal type (the abort-controller polyfill, which the runner also uses). */
type CallSignal = Parameters<Transformer>[3];

/**
 * The caller's signal plus a cut-off. By hand rather than AbortSignal.any,
 * which accepts only native signals and the runner passes a polyfilled one.
 */
function withTimeout(signal: CallSignal, ms: number): CallSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  timer.unref();
  signal?.addEventListener("abort", () => controller.abort(), { once: true });
  if (signal?.aborted) controller.abort();
  return controller.signal as unknown as CallSignal;
}

/** A pause that ends early (rejecting) when the caller aborts. */
function pause(ms: number, signal: CallSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error("aborted while waiting to retry"));
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error("aborted while waiting to retry"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
