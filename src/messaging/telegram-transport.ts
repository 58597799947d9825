import { Api, GrammyError, HttpError, InputFile } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { DeliveryError, type OutboxDelivery, type Transport } from "./transport.js";
import { dropEmptyKeyboardRows } from "../bot/keyboard-hygiene.js";
import { redactApiErrors } from "../platforms/telegram/redact-api-errors.js";

/**
 * Payload conventions of OutboxMessage rows (kind-specific, JSON):
 * - any kind: `reply_markup` (an inline keyboard), `disable_notification`;
 * - "photo": `photoBase64` (PNG bytes, base64) or `path` (a file on disk); `text` is the caption.
 *   Charts are small (~30 KB), so they are stored in the row itself: the file
 *   then commits or rolls back with the transaction that queued it, and there
 *   is no folder of orphans to clean up (the sender drops the bytes once sent);
 * - "document": `path` and optional `fileName`; `text` is the caption.
 */
export class TelegramTransport implements Transport {
  constructor(private readonly api: Api) {}

  /**
   * A transport with its own Api object, so that the interactive bot's
   * auto-retry (which would sleep inside the call) never runs under the
   * sender, which does its own pacing and retries.
   */
  static create(token: string, apiRoot?: string): TelegramTransport {
    const api = new Api(token, apiRoot ? { apiRoot } : undefined);
    api.config.use(redactApiErrors, dropEmptyKeyboardRows);
    return new TelegramTransport(api);
  }

  async deliver(msg: OutboxDelivery): Promise<void> {
    const p = msg.payload;
    const extra = {
      ...(p.reply_markup ? { reply_markup: p.reply_markup as InlineKeyboardMarkup } : {}),
      ...(p.disable_notification ? { disable_notification: true } : {}),
    };
    try {
      if (msg.kind === "photo") {
        const file =
          typeof p.photoBase64 === "string"
            ? new InputFile(Buffer.from(p.photoBase64, "base64"), String(p.fileName ?? "chart.png"))
            : new InputFile(String(p.path));
        await this.api.sendPhoto(msg.chatId, file, { ...extra, ...(msg.text ? { caption: msg.text } : {}) });
      } else if (msg.kind === "document") {
        const file = new InputFile(String(p.path), p.fileName ? String(p.fileName) : undefined);
        await this.api.sendDocument(msg.chatId, file, { ...extra, ...(msg.text ? { caption: msg.text } : {}) });
      } else {
        await this.api.sendMessage(msg.chatId, msg.text, extra);
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
