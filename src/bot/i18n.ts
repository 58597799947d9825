import { I18n } from "@grammyjs/i18n";
import type { BotContext } from "./context.js";
import { projectPath } from "../paths.js";

export const LOCALES_DIR = projectPath("src", "locales");
export const DEFAULT_LOCALE = "vi";

/**
 * Every text a user sees lives in `src/locales/<locale>/*.ftl`. Vietnamese is
 * the product language for everybody, whatever their Telegram app language:
 * the committee's paperwork is Vietnamese and mixed-language groups would be
 * confusing. English is kept complete (a test checks the keys match) for
 * operators and a later per-user choice.
 */
export function createI18n(): I18n<BotContext> {
  return new I18n<BotContext>({
    defaultLocale: DEFAULT_LOCALE,
    directory: LOCALES_DIR,
    useSession: false,
    localeNegotiator: () => DEFAULT_LOCALE,
    // Unicode isolation marks around variables would end up in chat messages.
    fluentBundleOptions: { useIsolating: false },
  });
}
