import type { TranslationVariables } from "@grammyjs/i18n";
import { createI18n, DEFAULT_LOCALE } from "../bot/i18n.js";

let i18n: ReturnType<typeof createI18n> | undefined;

/**
 * Texts for messages made outside an update (scheduled reminders, digests,
 * the sender's notices): the same .ftl files as the chat handlers, in the
 * product language.
 */
export function translate(key: string, params: TranslationVariables = {}): string {
  i18n ??= createI18n();
  return i18n.t(DEFAULT_LOCALE, key, params);
}
