import type { Api, RawApi } from "grammy";
import type { BotCommand } from "grammy/types";
import type { I18n } from "@grammyjs/i18n";
import type { CommandSpec } from "./command-spec.js";
import type { BotContext } from "./context.js";

/**
 * Registers the "/" menu: one list for private chats, one for groups, in
 * Vietnamese (default) and English (for Telegram apps set to English).
 * Telegram's menu cannot vary by role, so it shows what most people may use;
 * /trogiup shows each person exactly their commands.
 */
export async function registerCommandMenu(api: Api<RawApi>, specs: readonly CommandSpec[], i18n: I18n<BotContext>): Promise<void> {
  const visible = specs.filter((s) => s.menu !== false);
  const list = (locale: string, chats: "private" | "group"): BotCommand[] =>
    visible
      .filter((s) => s.chats === chats || s.chats === "both")
      .map((s) => ({ command: s.command, description: i18n.t(locale, `cmd-${s.command}`).slice(0, 256) }));
  for (const [locale, lang] of [["vi", {}], ["en", { language_code: "en" as const }]] as const) {
    await api.setMyCommands(list(locale, "private"), { scope: { type: "all_private_chats" }, ...lang });
    await api.setMyCommands(list(locale, "group"), { scope: { type: "all_group_chats" }, ...lang });
  }
}
