/**
 * Telegram's broadcast limits, as sliding windows over the instants of past
 * sends: ≈30 messages/s for the whole bot, 20 per minute in one group, 1 per
 * second in one private chat (https://core.telegram.org/bots/faq#broadcasting-to-users).
 *
 * Why not a library (bottleneck, p-throttle, limiter…): they schedule with
 * real timers (setTimeout, Date.now) and cannot be driven by the injected
 * clock, so a test could not replay a burst of 1,000 messages in simulated
 * time. A sliding window is also exact (a token bucket allows a burst at a
 * window edge), and per-chat state is tiny: at most 20 instants per group.
 */
export interface RateLimits {
  globalPerSecond: number;
  groupPerMinute: number;
  privatePerSecond: number;
}

/** Slightly under Telegram's numbers: its counters are not ours to the millisecond. */
export const TELEGRAM_LIMITS: RateLimits = { globalPerSecond: 25, groupPerMinute: 19, privatePerSecond: 1 };

interface Window {
  max: number;
  spanMs: number;
  times: number[];
}

export class RateLimiter {
  private readonly global: Window;
  private readonly chats = new Map<string, Window>();
  /** Chat (or "*") → no send before this instant (a 429's retry_after). */
  private readonly pausedUntil = new Map<string, number>();

  constructor(private readonly limits: RateLimits = TELEGRAM_LIMITS) {
    this.global = { max: limits.globalPerSecond, spanMs: 1_000, times: [] };
  }

  /** Milliseconds until a message may go to this chat (0 = now). */
  waitMs(chatId: string, nowMs: number): number {
    const chat = this.chats.get(chatId);
    return Math.max(
      windowWait(this.global, nowMs),
      chat ? windowWait(chat, nowMs) : 0,
      (this.pausedUntil.get(chatId) ?? 0) - nowMs,
      (this.pausedUntil.get("*") ?? 0) - nowMs,
      0,
    );
  }

  /** Counts a send (made or about to be made) at `nowMs`. */
  record(chatId: string, nowMs: number): void {
    push(this.global, nowMs);
    let chat = this.chats.get(chatId);
    if (!chat) {
      chat = isGroupChat(chatId)
        ? { max: this.limits.groupPerMinute, spanMs: 60_000, times: [] }
        : { max: this.limits.privatePerSecond, spanMs: 1_000, times: [] };
      this.chats.set(chatId, chat);
    }
    push(chat, nowMs);
  }

  /** After a 429: nothing more to this chat (or to anyone, chatId "*") until `untilMs`. */
  pause(chatId: string, untilMs: number): void {
    this.pausedUntil.set(chatId, Math.max(untilMs, this.pausedUntil.get(chatId) ?? 0));
  }

  /** Drops state older than every window, so long-running processes stay small. */
  prune(nowMs: number): void {
    for (const [id, w] of this.chats) {
      trim(w, nowMs);
      if (!w.times.length) this.chats.delete(id);
    }
    for (const [id, until] of this.pausedUntil) if (until <= nowMs) this.pausedUntil.delete(id);
  }
}

/** Telegram group and channel ids are negative; private chats (user ids) positive. */
export function isGroupChat(chatId: string): boolean {
  return chatId.startsWith("-");
}

function trim(w: Window, nowMs: number): void {
  while (w.times.length && w.times[0]! <= nowMs - w.spanMs) w.times.shift();
}

function windowWait(w: Window, nowMs: number): number {
  trim(w, nowMs);
  if (w.times.length < w.max) return 0;
  // The oldest send in the window must leave it first.
  return w.times[w.times.length - w.max]! + w.spanMs - nowMs;
}

function push(w: Window, nowMs: number): void {
  trim(w, nowMs);
  w.times.push(nowMs);
}
