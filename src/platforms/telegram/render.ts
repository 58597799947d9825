import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import type { Capabilities } from "../../chat/capabilities.js";
import type { ChoiceGrid } from "../../chat/message.js";
import { typedChoicesOf, writeChoices, type TypedChoice } from "../../chat/typed-choices.js";
import { splitMessage } from "../../format/text.js";

export interface RenderedMessage {
  /** The texts to send, in order (long texts are split on line breaks). */
  parts: string[];
  /** Buttons for the last part, where the platform shows them. */
  replyMarkup?: InlineKeyboardMarkup;
  /** The choices as they can be typed (remembered for a private chat). */
  typed: TypedChoice[];
}

/**
 * A message of the chat layer as Telegram sends it: choices become inline
 * buttons; with buttons switched off (the typing profile) they are written out
 * with what to type, exactly as on a platform that has none.
 */
export function renderMessage(
  text: string,
  grid: ChoiceGrid,
  caps: Capabilities,
  opts: { takesNumbers?: boolean; typedHeader: string },
): RenderedMessage {
  const typed = typedChoicesOf(grid, { takesNumbers: opts.takesNumbers });
  if (!grid.length) return { parts: splitMessage(text, caps.maxMessageLength), typed };
  if (caps.buttons) {
    return { parts: splitMessage(text, caps.maxMessageLength), replyMarkup: keyboardOf(grid), typed };
  }
  return { parts: splitMessage(writeChoices(text, typed, opts.typedHeader), caps.maxMessageLength), typed };
}

export function keyboardOf(grid: ChoiceGrid): InlineKeyboardMarkup {
  return {
    inline_keyboard: grid
      .filter((row) => row.length > 0)
      .map((row) =>
        row.map((c): InlineKeyboardButton => (c.url ? { text: c.label, url: c.url } : { text: c.label, callback_data: c.action ?? "" })),
      ),
  };
}
