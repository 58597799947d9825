import type { Api, RawApi } from "grammy";
import type { BotCommand } from "grammy/types";
import type { CommandSpec } from "./command-spec.js";
import { DEFAULT_LOCALE, translator } from "../i18n/translator.js";

/**
 * Registers the "/" menu: one list for private chats, one for groups.
 * Every reply is Vietnamese, so the menu is Vietnamese for every app language:
 * the default lists, and the same lists again for apps set to English (most
 * Vietnamese run Telegram in English), which also replaces an English menu
 * registered by an earlier version. Telegram's menu cannot vary by role, so it
 * shows what most people may use; /trogiup shows each person their commands.
 */
export async function registerCommandMenu(api: Api<RawApi>, specs: readonly CommandSpec[]): Promise<void> {
  const t = translator().forLocale(DEFAULT_LOCALE);
  const visible = specs.filter((s) => s.menu !== false);
  const list = (chats: "private" | "group"): BotCommand[] =>
    visible
      .filter((s) => s.chats === chats || s.chats === "both")
      .map((s) => ({ command: s.command, description: t(`cmd-${s.command}`).slice(0, 256) }));
  for (const lang of [{}, { language_code: "en" as const }]) {
    await api.setMyCommands(list("private"), { scope: { type: "all_private_chats" }, ...lang });
    await api.setMyCommands(list("group"), { scope: { type: "all_group_chats" }, ...lang });
  }
}
