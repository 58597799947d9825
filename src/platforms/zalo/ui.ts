import type { Capabilities } from "../../chat/capabilities.js";
import { gridOf, type ChatFile, type ChatPhoto, type SayOptions } from "../../chat/message.js";
import type { TypedChoice } from "../../chat/typed-choices.js";
import type { Arrival, ChatUi, FileLinks, ReceivedFile } from "../../chat/ui.js";
import type { BotContext } from "../../bot/context.js";
import { rememberChoices } from "../../bot/remembered-choices.js";
import type { ZaloClient } from "./client.js";
import { renderZalo } from "./render.js";

/**
 * `ctx.ui` on Zalo. The platform has no buttons, no editing, no deleting and
 * no documents: choices are written out with what to type, an edit is a new
 * message, a deletion does nothing (and says so: false), a file goes as a
 * download link (`FileLinks`), a picture by URL. Every send goes through the
 * Zalo client, never through grammY's Telegram API (which refuses, see api-guard.ts).
 */
export class ZaloUi implements ChatUi {
  arrival: Arrival = "message";
  private spoke = false;
  /** Local numbers for the messages sent: the chat layer's ids are numbers, Zalo's are hex strings (nothing can be done with them anyway). */
  private static nextId = 1;

  constructor(
    private readonly ctx: BotContext,
    readonly capabilities: Capabilities,
    private readonly client: ZaloClient,
    private readonly links?: FileLinks,
    private readonly shareLink?: string,
  ) {}

  chosenByTyping(_messageId: number | undefined): void {
    this.arrival = "typed";
  }

  private get chatId(): string {
    return String(this.ctx.chat?.id ?? this.ctx.from?.id ?? "");
  }

  async say(text: string, opts: SayOptions = {}): Promise<number[]> {
    const r = renderZalo(text, gridOf(opts.choices), {
      ...(opts.takesNumbers ? { takesNumbers: true } : {}),
      typedHeader: this.ctx.t("chat-typed-header"),
    });
    const ids: number[] = [];
    for (const part of r.parts) {
      await this.client.sendMessage(this.chatId, part);
      ids.push(ZaloUi.nextId++);
    }
    this.remember(r.typed);
    return ids;
  }

  async sayPrivately(text: string): Promise<boolean> {
    if (!this.ctx.from) return false;
    return this.client.sendMessage(String(this.ctx.from.id), text).then(
      () => true,
      () => false,
    );
  }

  async edit(text: string, opts: SayOptions = {}): Promise<void> {
    await this.say(text, opts);
  }

  async updateChoices(text: string, opts: SayOptions): Promise<void> {
    await this.say(text, opts);
  }

  async ack(notice?: string, opts: { alert?: boolean; openUrl?: string } = {}): Promise<boolean> {
    if (notice) await this.say(notice);
    return !opts.openUrl;
  }

  async clearChoices(): Promise<void> {
    // Nothing to take off: written-out choices are forgotten with the session's next answer.
  }

  /** Zalo's Bot Platform delivers no documents to a bot (docs/zalo.md): the flow offers the link form instead. */
  async receivedFile(): Promise<ReceivedFile> {
    return { kind: "unsupported" };
  }

  async file(file: ChatFile, caption?: string): Promise<void> {
    await this.byLink(file, caption);
  }

  async photo(photo: ChatPhoto, caption?: string): Promise<void> {
    const url = await this.links?.publish({ ...photo, mime: "image/png" });
    if (!url) {
      await this.say([caption, this.ctx.t("chat-file-unavailable", { name: photo.name })].filter(Boolean).join("\n"));
      return;
    }
    const short = caption && caption.length <= 2000 ? caption : undefined;
    await this.client.sendPhoto(this.chatId, url, short);
    if (caption && !short) await this.say(caption);
    this.remember([]);
  }

  async deleteMessages(_ids: readonly number[]): Promise<boolean> {
    return false;
  }

  privateChatLink(_payload?: string): string | undefined {
    // The share link of Zalo Bot Creator (ZALO_BOT_LINK) carries no payload: the code is typed instead.
    return this.shareLink;
  }

  private async byLink(file: ChatFile, caption?: string): Promise<void> {
    const url = await this.links?.publish(file);
    const body = url ? this.ctx.t("chat-file-link", { name: file.name, url }) : this.ctx.t("chat-file-unavailable", { name: file.name });
    await this.say(caption ? `${caption}\n${body}` : body);
  }

  private remember(typed: TypedChoice[]): void {
    // No message id: nothing can be done with a Zalo message once sent, and a new local number on every reply would rewrite the session each time.
    rememberChoices(this.ctx, typed, undefined, !this.spoke);
    this.spoke = true;
  }
}
