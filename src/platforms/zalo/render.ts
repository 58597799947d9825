import type { ChoiceGrid } from "../../chat/message.js";
import { typedChoicesOf, writeChoices, type TypedChoice } from "../../chat/typed-choices.js";
import { splitMessage } from "../../format/text.js";
import { ZALO_TEXT_LIMIT } from "./client.js";

export interface ZaloRendered {
  /** The texts to send, in order, each within the platform's 2,000 characters. */
  parts: string[];
  /** The choices as they can be typed (remembered for a private chat). */
  typed: TypedChoice[];
}

/**
 * A message of the chat layer as Zalo shows it: there are no buttons, so the
 * choices are written out under the text with what to type (the same rule
 * and layout as Telegram's typing profile, `chat/typed-choices.ts`), and the
 * whole is split on line boundaries at 2,000 characters, the choices with the last part.
 */
export function renderZalo(text: string, grid: ChoiceGrid, opts: { takesNumbers?: boolean; typedHeader: string }): ZaloRendered {
  const typed = typedChoicesOf(grid, { takesNumbers: opts.takesNumbers });
  const full = grid.length ? writeChoices(text, typed, opts.typedHeader) : text;
  return { parts: splitZalo(full), typed };
}

/** Splits on line breaks at 2,000 characters (a single longer line is cut: nothing goes over the limit). */
export function splitZalo(text: string, limit = ZALO_TEXT_LIMIT): string[] {
  return splitMessage(text, limit);
}
