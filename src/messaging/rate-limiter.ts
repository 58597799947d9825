/**
 * The sender's pacing rules: sliding windows over the instants of past send
 * attempts, shared by every bot instance because the instants live in the
 * database (`OutboxMessage.attemptedAt`, written inside the claim, just
 * before the HTTP call; see `claim.ts`).
 *
 * Telegram (https://core.telegram.org/bots/faq#broadcasting-to-users): about
 * 30 messages per second for the whole bot, 20 per minute in one group, about
 * one per second in one private chat. Ours stay below, with margin:
 * - 25 in any second for the bot, 19 in any minute per group, 1 per second per
 *   private chat (Telegram's counters are not ours to the millisecond);
 * - when a send arrives: the instant recorded in the claim (just before the
 *   HTTP call) comes before the request reaches Telegram, by a latency that
 *   varies (commit, network, a starved CPU); a fixed margin cannot bound it.
 *   So the recorded instant moves to when the answer came (a failure too:
 *   the request may have arrived), and a send still in flight counts in every
 *   window until then. Then a claim at t never overfills a window of
 *   arrivals: an earlier send j that arrived less than `span` before the new
 *   one (which arrives after t) answered after its arrival, so it is within
 *   `span` before t, or still in flight — counted either way. The cost is the
 *   round trip, only as long as it really is.
 * - every window is also widened by `marginMs` (250 ms), for the clocks of
 *   several instances not agreeing to the millisecond and for Telegram's own
 *   counters. At most 25 per 1.25 s plus the round trip, i.e. under 20/s sustained.
 *
 * Why not a library (bottleneck, p-throttle, limiter…): they keep their state
 * in one process and schedule with real timers, so neither several instances
 * nor a simulated clock could share them.
 */
export interface RateWindow {
  /** At most this many send attempts … */
  max: number;
  /** … in any window of this length (before the margin is added). */
  spanMs: number;
}

export interface RateLimits {
  global: RateWindow;
  group: RateWindow;
  private: RateWindow;
  /** Added to every window's span: tolerance for the latency between recording a send and Telegram receiving it. */
  marginMs: number;
}

export const TELEGRAM_LIMITS: RateLimits = {
  global: { max: 25, spanMs: 1_000 },
  group: { max: 19, spanMs: 60_000 },
  private: { max: 1, spanMs: 1_000 },
  marginMs: 250,
};

/** Telegram group and channel ids are negative; private chats (user ids) positive. */
export function isGroupChat(chatId: string): boolean {
  return chatId.startsWith("-");
}

/** The span actually enforced for a window. */
export function enforcedSpan(w: RateWindow, limits: RateLimits): number {
  return w.spanMs + limits.marginMs;
}

/**
 * Attempts after `since` and up to `until` count in the window ending now.
 * Attempts "in the future" beyond one span (the clock was set back) are
 * ignored rather than blocking the sender until the clock catches up.
 */
export function windowBounds(w: RateWindow, limits: RateLimits, nowMs: number): { since: Date; until: Date } {
  const span = enforcedSpan(w, limits);
  return { since: new Date(nowMs - span), until: new Date(nowMs + span) };
}
