import { InputFile } from "grammy";
import type { Capabilities } from "../../chat/capabilities.js";
import { gridOf, type ChatFile, type ChatPhoto, type SayOptions } from "../../chat/message.js";
import type { TypedChoice } from "../../chat/typed-choices.js";
import type { Arrival, ChatUi, FileLinks, ReceivedFile } from "../../chat/ui.js";
import type { FileDownload } from "./files.js";
import type { BotContext } from "../../bot/context.js";
import { rememberChoices } from "../../bot/remembered-choices.js";
import { renderMessage } from "./render.js";
import { telegramPrivateLink } from "./links.js";

/**
 * `ctx.ui` on Telegram. With buttons (the normal profile) it sends exactly what
 * the bot sent before the chat layer existed; with buttons switched off it
 * writes the choices out, as a platform without buttons must.
 */
export class TelegramUi implements ChatUi {
  arrival: Arrival;
  /** The message whose choices were typed (to take its buttons off). */
  private typedOn: number | undefined;
  /** Whether this update already sent something (the first message replaces the remembered choices). */
  private spoke = false;

  constructor(
    private readonly ctx: BotContext,
    readonly capabilities: Capabilities,
    private readonly links?: FileLinks,
    private readonly download?: FileDownload,
  ) {
    this.arrival = ctx.callbackQuery ? "button" : "message";
  }

  /** Set by the typed-choice dispatcher before it runs a choice's handler. */
  chosenByTyping(messageId: number | undefined): void {
    this.arrival = "typed";
    this.typedOn = messageId;
  }

  async receivedFile(maxBytes: number): Promise<ReceivedFile> {
    const doc = this.ctx.message?.document;
    if (!doc) return { kind: "none" };
    // The size Telegram states is checked before downloading anything; the bytes are checked again after.
    if (doc.file_size !== undefined && doc.file_size > maxBytes) return { kind: "too-big" };
    if (!this.download) return { kind: "unsupported" };
    const file = await this.ctx.api.getFile(doc.file_id);
    if (!file.file_path) return { kind: "none" };
    const bytes = await this.download(file.file_path);
    if (bytes.length > maxBytes) return { kind: "too-big" };
    return { kind: "file", name: doc.file_name ?? "tep-dinh-kem", bytes };
  }

  async say(text: string, opts: SayOptions = {}): Promise<number[]> {
    const r = this.render(text, opts);
    const ids: number[] = [];
    let lastId: number | undefined;
    for (const [i, part] of r.parts.entries()) {
      const last = i === r.parts.length - 1;
      const sent = await this.ctx.reply(part, {
        ...(last && r.replyMarkup ? { reply_markup: r.replyMarkup } : {}),
        ...(opts.silent ? { disable_notification: true } : {}),
        ...(opts.noLinkPreview ? { link_preview_options: { is_disabled: true } } : {}),
      });
      lastId = sent.message_id;
      ids.push(sent.message_id);
    }
    this.remember(r.typed, lastId);
    return ids;
  }

  async sayPrivately(text: string): Promise<boolean> {
    if (!this.ctx.from) return false;
    return this.ctx.api.sendMessage(this.ctx.from.id, text).then(
      () => true,
      () => false,
    );
  }

  async edit(text: string, opts: SayOptions = {}): Promise<void> {
    if (this.arrival === "button" && this.capabilities.editing && this.ctx.callbackQuery?.message) {
      const r = this.render(text, opts);
      if (r.parts.length === 1) {
        const edited = await this.ctx
          .editMessageText(r.parts[0]!, r.replyMarkup ? { reply_markup: r.replyMarkup } : {})
          .then(() => true, () => false);
        if (edited) {
          this.remember(r.typed, this.ctx.callbackQuery.message.message_id);
          return;
        }
      }
    }
    await this.say(text, opts);
  }

  async updateChoices(text: string, opts: SayOptions): Promise<void> {
    if (this.arrival === "button" && this.capabilities.editing && this.capabilities.buttons && this.ctx.callbackQuery?.message) {
      const r = this.render(text, opts);
      const edited = await this.ctx.editMessageReplyMarkup(r.replyMarkup ? { reply_markup: r.replyMarkup } : {}).then(
        () => true,
        () => false,
      );
      if (edited) {
        this.remember(r.typed, this.ctx.callbackQuery.message.message_id);
        return;
      }
    }
    await this.say(text, opts);
  }

  async ack(notice?: string, opts: { alert?: boolean; openUrl?: string } = {}): Promise<boolean> {
    if (this.arrival === "button") {
      await this.ctx.answerCallbackQuery({
        ...(notice ? { text: notice.slice(0, 190) } : {}),
        ...(opts.alert ? { show_alert: true } : {}),
        ...(opts.openUrl ? { url: opts.openUrl } : {}),
      });
      return true;
    }
    if (notice) await this.say(notice);
    return !opts.openUrl;
  }

  async clearChoices(): Promise<void> {
    if (!this.capabilities.editing || !this.capabilities.buttons) return;
    try {
      if (this.arrival === "button") await this.ctx.editMessageReplyMarkup();
      else if (this.arrival === "typed" && this.typedOn && this.ctx.chat) {
        await this.ctx.api.editMessageReplyMarkup(this.ctx.chat.id, this.typedOn);
      }
    } catch {
      // best effort: the message may be too old to edit, or already bare
    }
  }

  async file(file: ChatFile, caption?: string): Promise<void> {
    if (this.capabilities.documents) {
      await this.ctx.replyWithDocument(new InputFile(file.bytes, file.name), caption ? { caption } : {});
      return;
    }
    await this.byLink(file, caption);
  }

  async photo(photo: ChatPhoto, caption?: string): Promise<void> {
    if (this.capabilities.photos === "upload") {
      await this.ctx.replyWithPhoto(new InputFile(photo.bytes, photo.name), caption ? { caption } : {});
      return;
    }
    await this.byLink({ ...photo, mime: "image/png" }, caption);
  }

  async deleteMessages(ids: readonly number[]): Promise<boolean> {
    if (!this.capabilities.deleting || !this.ctx.chat || !ids.length) return false;
    return this.ctx.api.deleteMessages(this.ctx.chat.id, [...ids]).then(
      () => true,
      () => false,
    );
  }

  privateChatLink(payload?: string): string | undefined {
    return telegramPrivateLink(this.ctx.me.username, this.capabilities.deepLinkPayload ? payload : undefined);
  }

  private async byLink(file: ChatFile, caption?: string): Promise<void> {
    const url = await this.links?.publish(file);
    const body = url ? this.ctx.t("chat-file-link", { name: file.name, url }) : this.ctx.t("chat-file-unavailable", { name: file.name });
    await this.say(caption ? `${caption}\n${body}` : body);
  }

  private render(text: string, opts: SayOptions) {
    return renderMessage(text, gridOf(opts.choices), this.capabilities, {
      ...(opts.takesNumbers ? { takesNumbers: true } : {}),
      typedHeader: this.ctx.t("chat-typed-header"),
    });
  }

  private remember(typed: TypedChoice[], messageId: number | undefined): void {
    // The message id serves only to take its buttons off once a choice is typed (`clearChoices`).
    const canClear = this.capabilities.editing && this.capabilities.buttons;
    rememberChoices(this.ctx, typed, canClear ? messageId : undefined, !this.spoke);
    this.spoke = true;
  }
}
