import { createConcurrentSink, createRunner, createSource, type RunnerHandle } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../../logger.js";

/** While updates are being handled, how often to look for new ones (short polls). */
const BUSY_POLL_MS = 300;
const LONG_POLL_SECONDS = 30;
const MAX_RETRY_DELAY_MS = 30_000;
/** On shutdown, how long to wait for updates in flight before giving up on confirming them. */
const DRAIN_MS = 10_000;

type PollingBot = Pick<Bot, "api" | "handleUpdate">;

export interface ConfirmedPolling {
  stop(): Promise<void>;
  /** Updates being handled now (tests, metrics). */
  inFlight(): number;
}

/**
 * Long polling that confirms an update to Telegram only once it is handled
 * (docs/architecture.md, "Updates are confirmed once handled").
 *
 * Telegram forgets every update below the `offset` of a getUpdates call. The
 * stock runner sends `last fetched + 1` as soon as it fetches again, so a
 * `kill -9` during handling lost the update. Here the offset is the smallest
 * update still in flight (or `last fetched + 1` when none is): an update
 * killed half-way is delivered again after the restart. Updates stay
 * concurrent (grammY runner's concurrent sink, ordered per chat by
 * `sequentialize`); updates fetched again while in flight are skipped here,
 * by id. While something is in flight, new updates are looked for with short
 * polls every 300 ms instead of one long poll (the long poll would return at
 * once with the unconfirmed updates).
 */
export function startConfirmedPolling(
  bot: PollingBot,
  logger: Logger,
  fetch: { allowed_updates: readonly string[] },
  options: { busyPollMs?: number; concurrency?: number } = {},
): ConfirmedPolling {
  const inFlight = new Set<number>();
  let highest = -1;
  let wake: (() => void) | undefined;
  // Counts finished updates, so one that finishes during a short poll (when no
  // waiter is there to wake) still ends the wait at once instead of after busyPollMs.
  let finished = 0;
  const busyPollMs = options.busyPollMs ?? BUSY_POLL_MS;

  const nextOffset = () => (inFlight.size ? Math.min(...inFlight) : highest + 1);

  async function getUpdates(offset: number, timeout: number, signal: AbortSignal): Promise<Update[]> {
    let delay = 100;
    for (;;) {
      try {
        return await bot.api.getUpdates({ offset, limit: 100, timeout, allowed_updates: [...fetch.allowed_updates] as never }, signal as never);
      } catch (err) {
        if (signal.aborted) throw err;
        const code = (err as { error_code?: unknown }).error_code;
        if (code === 401 || code === 409) throw err; // a revoked token or a second instance: retrying cannot help
        const retryAfter = (err as { parameters?: { retry_after?: number } }).parameters?.retry_after;
        const wait = retryAfter ? retryAfter * 1000 : delay;
        logger.warn({ err, retryInMs: wait }, "polling: getUpdates failed, retrying");
        await sleep(wait, signal);
        delay = Math.min(delay * 2, MAX_RETRY_DELAY_MS);
      }
    }
  }

  const supplier = {
    async supply(_batchSize: number, signal: AbortSignal): Promise<Update[]> {
      for (;;) {
        const busy = inFlight.size > 0;
        const finishedBefore = finished;
        const updates = await getUpdates(nextOffset(), busy ? 0 : LONG_POLL_SECONDS, signal);
        const fresh = updates.filter((u) => u.update_id > highest);
        if (fresh.length) {
          for (const u of fresh) inFlight.add(u.update_id);
          highest = fresh[fresh.length - 1]!.update_id;
          return fresh;
        }
        if (busy && finished === finishedBefore) await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, busyPollMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
          signal.addEventListener("abort", () => wake?.(), { once: true });
        });
        if (signal.aborted) throw new Error("polling stopped");
      }
    },
  };

  const sink = createConcurrentSink<Update, unknown>(
    {
      consume: (update) =>
        bot.handleUpdate(update).finally(() => {
          inFlight.delete(update.update_id);
          finished++;
          wake?.();
        }),
    },
    async (err) => logger.error({ err }, "polling: update failed"),
    { concurrency: options.concurrency ?? 500 },
  );
  const runner: RunnerHandle = createRunner<Update>(createSource<Update>(supplier as never), sink);
  runner.start();
  runner.task()?.catch((err: unknown) => logger.fatal({ err }, "polling stopped on an unrecoverable error"));

  return {
    inFlight: () => inFlight.size,
    async stop() {
      if (runner.isRunning()) await runner.stop();
      const until = Date.now() + DRAIN_MS;
      while (inFlight.size && Date.now() < until) await sleep(50);
      // Confirm what was handled, so the next start does not fetch it again (the duplicate filter would skip it anyway).
      if (highest >= 0) {
        await bot.api.getUpdates({ offset: nextOffset(), limit: 1, timeout: 0 }).catch(() => undefined);
      }
    },
  };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
