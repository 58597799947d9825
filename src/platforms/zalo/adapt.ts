import type { Message, MessageEntity, Update } from "grammy/types";
import { foldTyped } from "../../format/typed-word.js";
import type { ZaloMessage, ZaloUpdate } from "./types.js";

/** The Zalo message an adapted update came from: its string ids (dedupe, addressing). */
export interface ZaloOrigin {
  messageId: string;
  chatId: string;
  userId: string;
}

/** An update in the shape the middleware reads, with the Zalo message it came from. */
export type AdaptedUpdate = Update & { zalo: ZaloOrigin };

export interface AdaptOptions {
  /** Command names the bot knows (without the slash): typed bare, they are still commands. */
  commands: ReadonlySet<string>;
  /** How the bot may be @mentioned in a group (its account name, its display name). */
  botNames: readonly string[];
}

/**
 * A Zalo update as the grammY middleware reads it (the chat layer's input is
 * Telegram-shaped: docs/zalo.md "How the bot runs on Zalo"). Ids stay the
 * platform's strings (`chat.id`, `from.id`); numeric `update_id`/`message_id`
 * are local sequence numbers, and the real message id travels in `zalo`.
 *
 * - `PRIVATE` → a private chat, `GROUP` → a group (the bot only sees messages that mention it);
 * - in a group, the @mention of the bot is taken off the text;
 * - a known command typed without its slash (`baocao 12`) is that command: phones
 *   have no command menu, and typing "/" is a detour on a Vietnamese keyboard;
 * - `/command@address` loses its address (only messages for this bot reach it);
 * - a picture arrives as a photo with its caption, a sticker as a sticker.
 */
export class ZaloUpdateAdapter {
  private seq = 0;

  constructor(private readonly opts: AdaptOptions) {}

  adapt(update: ZaloUpdate): AdaptedUpdate {
    const m = update.message;
    const n = ++this.seq;
    const group = m.chat.chat_type === "GROUP";
    const name = m.from.display_name?.trim() || "Người dùng";
    const chat = group ? { id: m.chat.id, type: "group", title: "Nhóm Zalo" } : { id: m.chat.id, type: "private", first_name: name };
    const base = {
      message_id: n,
      date: Math.floor(m.date / 1000),
      chat,
      from: { id: m.from.id, is_bot: m.from.is_bot ?? false, first_name: name },
    } as unknown as Message;
    const message = { ...base, ...this.content(update, m, group) } as Message;
    return { update_id: n, message, zalo: { messageId: m.message_id, chatId: m.chat.id, userId: m.from.id } } as AdaptedUpdate;
  }

  private content(update: ZaloUpdate, m: ZaloMessage, group: boolean): Partial<Message> {
    switch (update.event_name) {
      case "message.image.received": {
        const caption = m.caption === undefined ? undefined : this.commandForm(m.caption, group);
        return {
          photo: [{ file_id: m.photo_url ?? "", file_unique_id: m.message_id, width: 0, height: 0 }],
          ...(caption ? { caption: caption.text, ...(caption.entities.length ? { caption_entities: caption.entities } : {}) } : {}),
        } as Partial<Message>;
      }
      case "message.sticker.received":
        return { sticker: { file_id: m.sticker ?? "", file_unique_id: m.message_id, type: "regular", width: 0, height: 0, is_animated: false, is_video: false } } as Partial<Message>;
      case "message.voice.received":
        return { voice: { file_id: m.voice_url ?? "", file_unique_id: m.message_id, duration: 0 } } as Partial<Message>;
      default: {
        const { text, entities } = this.commandForm(m.text ?? "", group);
        return { text, ...(entities.length ? { entities } : {}) };
      }
    }
  }

  /** The text as the middleware expects it: mention off, slash on, command entity set. */
  commandForm(raw: string, group: boolean): { text: string; entities: MessageEntity[] } {
    let text = raw.trim();
    if (group) text = this.withoutMention(text);
    const first = /^\S+/.exec(text)?.[0] ?? "";
    if (!first.startsWith("/") && this.opts.commands.has(first.toLowerCase())) text = `/${text}`;
    // `/ketnoi@somebot` is Telegram's way of addressing one bot among several; on Zalo a
    // message reaches this bot only when it is for it, so the address is dropped.
    text = text.replace(/^(\/[A-Za-z0-9_]+)@\S*/, "$1");
    const command = /^\/[A-Za-z0-9_]+/.exec(text);
    return { text, entities: command ? [{ type: "bot_command", offset: 0, length: command[0].length }] : [] };
  }

  /**
   * Takes the @mention of the bot off a group message: a known name of the bot
   * after the "@", else everything before the first command word (a bot's name
   * must start with "Bot" and may have several words, so the name's end is only
   * known from a name or from what follows it).
   */
  private withoutMention(text: string): string {
    if (!text.startsWith("@")) return text;
    const folded = foldTyped(text.slice(1));
    for (const name of [...this.opts.botNames].sort((a, b) => b.length - a.length)) {
      const n = foldTyped(name);
      if (n && folded.startsWith(n)) {
        const rest = dropChars(text.slice(1), name);
        if (rest !== undefined) return rest.replace(/^[\s,:]+/, "");
      }
    }
    const words = text.split(/\s+/);
    const at = words.findIndex((w, i) => i > 0 && (w.startsWith("/") || this.opts.commands.has(w.toLowerCase())));
    return at > 0 ? words.slice(at).join(" ") : text;
  }
}

/** `text` without a leading `name` compared folded (case, diacritics), or undefined. */
function dropChars(text: string, name: string): string | undefined {
  const target = foldTyped(name);
  for (let i = 1; i <= text.length; i++) {
    const head = foldTyped(text.slice(0, i));
    if (head === target && (i === text.length || /[\s,:]/.test(text[i]!))) return text.slice(i);
    if (head.length > target.length) return undefined;
  }
  return undefined;
}
