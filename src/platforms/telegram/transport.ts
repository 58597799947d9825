import { Api, GrammyError, HttpError, InputFile } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { TELEGRAM_CAPABILITIES, type Capabilities } from "../../chat/capabilities.js";
import type { ChoiceGrid } from "../../chat/message.js";
import { translate } from "../../i18n/translator.js";
import { renderMessage } from "./render.js";
import { DeliveryError, type OutboxDelivery, type Transport } from "../../messaging/transport.js";
import { dropEmptyKeyboardRows } from "./keyboard-hygiene.js";
import { redactApiErrors } from "./redact-api-errors.js";
import { telegramProxyConfig } from "./proxy.js";

/** Telegram answers a sendMessage in well under a second; 20 s is a stuck connection. */
export const DEFAULT_SEND_TIMEOUT_MS = 20_000;

/**
 * Payload conventions of OutboxMessage rows (kind-specific, JSON, channel-neutral):
 * - any kind: `choices` (a ChoiceGrid of the chat layer: buttons here, written
 *   out with their typed commands where buttons are off), `disable_notification`;
 *   rows queued before the chat layer may still carry a Telegram `reply_markup`;
 * - "photo": `photoBase64` (PNG bytes, base64) or `path` (a file on disk); `text` is the caption.
 *   Charts are small (~30 KB), so they are stored in the row itself: the file
 *   then commits or rolls back with the transaction that queued it, and there
 *   is no folder of orphans to clean up (the sender drops the bytes once sent);
 * - "document": `path` and optional `fileName`; `text` is the caption.
 */
export class TelegramTransport implements Transport {
  constructor(
    private readonly api: Api,
    private readonly caps: Capabilities = TELEGRAM_CAPABILITIES,
    readonly timeoutMs?: number,
  ) {}

  /**
   * A transport with its own Api object, so that the interactive bot's
   * auto-retry (which would sleep inside the call) never runs under the
   * sender, which does its own pacing and retries. Its HTTP timeout (grammY's
   * default is 500 s) stays well under the sender's lease: a send that could
   * outlive its lease might be sent again by another instance.
   */
  static create(token: string, apiRoot?: string, opts: { caps?: Capabilities; timeoutMs?: number } = {}): TelegramTransport {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
    const api = new Api(token, { ...(apiRoot ? { apiRoot } : {}), ...telegramProxyConfig(apiRoot), timeoutSeconds: timeoutMs / 1_000 });
    api.config.use(redactApiErrors, dropEmptyKeyboardRows);
    return new TelegramTransport(api, opts.caps, timeoutMs);
  }

  async deliver(msg: OutboxDelivery): Promise<void> {
    const p = msg.payload;
    const rendered = renderMessage(msg.text, Array.isArray(p.choices) ? (p.choices as ChoiceGrid) : [], this.caps, {
      typedHeader: translate("chat-typed-header"),
    });
    const markup = rendered.replyMarkup ?? (p.reply_markup as InlineKeyboardMarkup | undefined);
    const extra = {
      ...(markup ? { reply_markup: markup } : {}),
      ...(p.disable_notification ? { disable_notification: true } : {}),
    };
    // Producers keep a row within one message; only written-out choices can
    // push a text over the limit, and then the parts go in order, the choices
    // with the last. (A part sent before a failure may be sent again on retry:
    // the residual window of docs/scheduling.md, widened only in that case.)
    const text = rendered.parts.at(-1) ?? "";
    try {
      if (msg.kind === "photo") {
        const file =
          typeof p.photoBase64 === "string"
            ? new InputFile(Buffer.from(p.photoBase64, "base64"), String(p.fileName ?? "chart.png"))
            : new InputFile(String(p.path));
        await this.api.sendPhoto(msg.chatId, file, { ...extra, ...(text ? { caption: text } : {}) });
      } else if (msg.kind === "document") {
        const file = new InputFile(String(p.path), p.fileName ? String(p.fileName) : undefined);
        await this.api.sendDocument(msg.chatId, file, { ...extra, ...(text ? { caption: text } : {}) });
      } else {
        for (const part of rendered.parts.slice(0, -1)) await this.api.sendMessage(msg.chatId, part, extra.disable_notification ? { disable_notification: true } : {});
        await this.api.sendMessage(msg.chatId, text, extra);
      }
    } catch (err) {
      throw classify(err);
    }
  }
}

export function classify(err: unknown): DeliveryError {
  if (err instanceof DeliveryError) return err;
  if (err instanceof GrammyError) {
    const text = `${err.error_code}: ${err.description}`;
    if (err.error_code === 429) return new DeliveryError("rate-limited", text, err.parameters.retry_after ?? 5);
    if (err.error_code === 403 && /blocked|deactivated|initiate conversation|can't initiate/i.test(err.description)) {
      return new DeliveryError("blocked", text);
    }
    if (err.error_code >= 500) return new DeliveryError("transient", text);
    return new DeliveryError("permanent", text);
  }
  if (err instanceof HttpError) return new DeliveryError("transient", `network: ${String(err.error)}`);
  return new DeliveryError("transient", err instanceof Error ? err.message : String(err));
}
