import type { Logger } from "../../logger.js";
import { describeError } from "../../security/redact.js";
import { ZaloApiError, type ZaloClient } from "./client.js";

export interface ZaloPollingOptions {
  /** Seconds the platform holds a getUpdates (its default, 30). */
  timeoutSec?: number;
  /** Back-off after a server or network error: first wait, doubled up to the longest. */
  backoffMs?: { first: number; max: number };
}

export interface ZaloPolling {
  /** Stops asking, and waits for the updates being handled. */
  stop(): Promise<void>;
}

/**
 * Long polling on Zalo: getUpdates answers one update per call, with no offset
 * to confirm (so an update is received at most once: a webhook is better in
 * production), and a 408 when nothing arrived within the timeout, which is
 * normal. Server errors and network failures wait, longer each time (the
 * platform was seen answering 502/504 for hours); a bad token waits the
 * longest and says so. Updates are handled concurrently (the bot keeps each
 * chat in order), and `stop` waits for them.
 */
export function startZaloPolling(client: ZaloClient, handle: (update: unknown) => Promise<void>, logger: Logger, opts: ZaloPollingOptions = {}): ZaloPolling {
  const timeoutSec = opts.timeoutSec ?? 30;
  const { first, max } = opts.backoffMs ?? { first: 1_000, max: 60_000 };
  const abort = new AbortController();
  const inFlight = new Set<Promise<void>>();
  let wait = first;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      abort.signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
    });

  const loop = (async () => {
    while (!abort.signal.aborted) {
      try {
        const update = await client.getUpdates(timeoutSec, abort.signal);
        wait = first;
        if (update === undefined) continue;
        const p = handle(update).finally(() => inFlight.delete(p));
        inFlight.add(p);
      } catch (err) {
        if (abort.signal.aborted) break;
        const fatal = err instanceof ZaloApiError && (err.errorCode === 401 || err.errorCode === 404);
        logger.warn({ err: describeError(err), retryInMs: fatal ? max : wait }, fatal ? "zalo: getUpdates refused (token?)" : "zalo: getUpdates failed, retrying");
        await sleep(fatal ? max : wait);
        if (!fatal) wait = Math.min(wait * 2, max);
      }
    }
  })();

  return {
    async stop() {
      abort.abort();
      await loop;
      await Promise.allSettled([...inFlight]);
    },
  };
}

/** Polling and a webhook exclude each other: a webhook left set would silence getUpdates without an error. */
export async function clearZaloWebhook(client: ZaloClient, logger: Logger): Promise<void> {
  const info = await client.getWebhookInfo().catch(() => undefined);
  if (info?.url) {
    await client.deleteWebhook();
    logger.info("zalo: webhook removed for long polling");
  }
}
