import type { Transformer } from "grammy";

/**
 * Removes empty rows from inline keyboards in every outgoing call. Building a
 * grid with `.row()` after every n-th button leaves an empty row whenever the
 * count is a multiple of n; Telegram's tolerance for that is undocumented, so
 * the bot never sends one (the fake Bot API in tests refuses them).
 */
export const dropEmptyKeyboardRows: Transformer = (prev, method, payload, signal) => {
  const markup = (payload as { reply_markup?: { inline_keyboard?: unknown[][] } } | undefined)?.reply_markup;
  if (markup?.inline_keyboard?.some((row) => row.length === 0)) {
    const cleaned = { ...markup, inline_keyboard: markup.inline_keyboard.filter((row) => row.length > 0) };
    return prev(method, { ...payload, reply_markup: cleaned } as typeof payload, signal);
  }
  return prev(method, payload, signal);
};
