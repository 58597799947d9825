import type { Transformer } from "grammy";
import type { ZaloClient } from "./client.js";
import { splitZalo } from "./render.js";

/** Telegram-only parameters: a call that carries one is a Telegram habit. */
const TELEGRAM_ONLY = ["reply_markup", "parse_mode", "entities", "reply_parameters"] as const;

/**
 * The API transformer of the Zalo bot: grammY's Telegram API must not be used
 * on Zalo (commands answer through `ctx.ui`). Any call fails loudly with the
 * method's name, so a Telegram habit (a keyboard, an edit, a callback answer,
 * a document) breaks the tests instead of vanishing in production.
 *
 * One exception keeps two commands working that write to another chat
 * (a private question after a group choice, a goodbye to a group being
 * replaced): a plain `sendMessage` with nothing Telegram-only in it is sent
 * through the Zalo client, split at 2,000 characters.
 */
export function refuseTelegramApi(client: ZaloClient): Transformer {
  let localId = 1;
  return async (_prev, method, payload) => {
    const p = (payload ?? {}) as Record<string, unknown>;
    const habit = TELEGRAM_ONLY.find((k) => p[k] !== undefined);
    if (method !== "sendMessage" || habit) {
      throw new Error(`Telegram API call "${method}"${habit ? ` with ${habit}` : ""} on the Zalo channel: answer through ctx.ui`);
    }
    const chatId = String(p.chat_id);
    const text = String(p.text ?? "");
    for (const part of splitZalo(text)) await client.sendMessage(chatId, part);
    const message = { message_id: localId++, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private" }, text };
    return { ok: true, result: message } as never;
  };
}
