import type { Chat, Message, MessageEntity, Update, User } from "grammy/types";
import { readWrittenChoices } from "../../src/chat/typed-choices.js";
import { FakeTelegram, type SentMessage } from "./fake-telegram.js";
import type { TestBot } from "./test-bot.js";

/**
 * One person talking to the test bot (`t.user({ id })`), in a private chat or
 * a group: sends texts, documents and raw messages as the platform delivers
 * them, and presses buttons, or in the typing profile and on Zalo types what
 * the bot wrote beside the choice.
 */
export class TestUser {
  private chat: Chat;

  constructor(
    private readonly t: TestBot,
    readonly profile: User,
    chat?: Chat,
  ) {
    this.chat = chat ?? { id: profile.id, type: "private", first_name: profile.first_name };
  }

  /** The same person writing in a group. */
  in(group: Chat): TestUser {
    return new TestUser(this.t, this.profile, group);
  }

  get chatId(): string {
    return this.t.platformId(this.chat.id);
  }

  /** Sends a text (a leading `/command` gets its entity) and returns the bot's answers. */
  async send(text: string, extra: Partial<Message> = {}): Promise<SentMessage[]> {
    const entities: MessageEntity[] = [];
    const command = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(text);
    if (command) entities.push({ type: "bot_command", offset: 0, length: command[0].length });
    const message = {
      message_id: this.t.newIncomingMessageId(),
      date: Math.floor(this.t.clock.now().getTime() / 1000),
      chat: this.chat,
      from: this.profile,
      text,
      ...(entities.length ? { entities } : {}),
      ...extra,
    } as Message;
    return this.t.deliver({ message } as Update);
  }

  /**
   * Sends a document with a caption (a `/command` in it gets its entity), as
   * Telegram delivers it; the fake Bot API then serves its bytes to getFile.
   * On Zalo it arrives as what Zalo sends for a file: an unsupported message.
   */
  async sendDocument(name: string, bytes: Uint8Array, caption: string, declaredSize = bytes.length): Promise<SentMessage[]> {
    const fileId = `doc${this.t.newIncomingMessageId()}`;
    if (this.t.telegram instanceof FakeTelegram) this.t.telegram.files.set(fileId, bytes);
    const command = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(caption);
    return this.sendRaw({
      document: { file_id: fileId, file_unique_id: `u${fileId}`, file_name: name, file_size: declaredSize },
      caption,
      ...(command ? { caption_entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
    });
  }

  /** Sends a message without text (a photo, a sticker…) built by the caller. */
  async sendRaw(fields: Partial<Message>): Promise<SentMessage[]> {
    const message = {
      message_id: this.t.newIncomingMessageId(),
      date: Math.floor(this.t.clock.now().getTime() / 1000),
      chat: this.chat,
      from: this.profile,
      ...fields,
    } as Message;
    return this.t.deliver({ message } as Update);
  }

  /**
   * Presses the newest button in this chat whose label contains `label`
   * (or whose callback data equals it), as Telegram would send it. In the
   * typing profile, types instead what the bot wrote beside that label.
   */
  async click(label: string): Promise<SentMessage[]> {
    const messages = this.t.telegram.messagesTo(this.chatId).slice().reverse();
    if (!this.t.buttonsOn) {
      for (const m of messages) {
        const choice = readWrittenChoices(m.text).find((c) => c.label.includes(label));
        if (choice) return this.send(choice.typed);
      }
      throw new Error(`no written-out choice "${label}" in chat ${this.chatId}`);
    }
    for (const m of messages) {
      const button = m.buttons.flat().find((b) => b.data !== undefined && (b.text.includes(label) || b.data === label));
      if (button) return this.pressData(button.data!, m);
    }
    throw new Error(`no button "${label}" in chat ${this.chatId}`);
  }

  /** Sends a callback query with arbitrary data (e.g. a forged or stale button). */
  async pressData(data: string, on?: SentMessage): Promise<SentMessage[]> {
    const target = on ?? this.t.telegram.messagesTo(this.chatId).at(-1);
    const message = target
      ? { message_id: target.messageId, date: Math.floor(this.t.clock.now().getTime() / 1000), chat: this.chat, text: target.text }
      : undefined;
    return this.t.deliver({
      callback_query: {
        id: String(this.t.newUpdateId()),
        from: this.profile,
        chat_instance: `ci-${this.chat.id}`,
        data,
        ...(message ? { message } : {}),
      },
    } as Update);
  }

  /** Everything the bot has sent to this chat so far. */
  inbox(): SentMessage[] {
    return this.t.telegram.messagesTo(this.chatId);
  }

  lastText(): string {
    return this.inbox().at(-1)?.text ?? "";
  }
}
