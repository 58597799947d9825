import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ChoiceGrid } from "../../chat/message.js";
import type { FileLinks } from "../../chat/ui.js";
import { translate } from "../../i18n/translator.js";
import type { RateLimits } from "../../messaging/rate-limiter.js";
import { DeliveryError, type OutboxDelivery, type Transport } from "../../messaging/transport.js";
import { ZaloApiError, type ZaloClient } from "./client.js";
import { renderZalo } from "./render.js";

/** A send is answered in about a second; a photo may be fetched by Zalo before it answers. */
export const ZALO_SEND_TIMEOUT_MS = 25_000;

export interface ZaloPacing {
  /** Messages per second for the whole bot. */
  perSecond: number;
  /** Messages per minute into one group. */
  groupPerMinute: number;
  /** Least milliseconds between two messages to one person. */
  privateGapMs: number;
}

/**
 * Zalo publishes no rate limits (only "429 Quota exceeded"), so the defaults
 * stay far below Telegram's: 5 a second for the bot, 10 a minute per group,
 * one every 1.5 s per person. They are settings (ZALO_RATE_*, docs/zalo.md).
 */
export const DEFAULT_ZALO_PACING: ZaloPacing = { perSecond: 5, groupPerMinute: 10, privateGapMs: 1_500 };

export function zaloLimits(p: ZaloPacing = DEFAULT_ZALO_PACING): RateLimits {
  return {
    global: { max: p.perSecond, spanMs: 1_000 },
    group: { max: p.groupPerMinute, spanMs: 60_000 },
    private: { max: 1, spanMs: p.privateGapMs },
    marginMs: 250,
  };
}

/**
 * The outbox's Zalo transport (same contract as the Telegram one): renders the
 * channel-neutral rows (choices written out with their full commands, split at
 * 2,000 characters), sends photos and documents as links (`FileLinks`), and
 * turns the platform's answers into the sender's failure kinds.
 *
 * The monthly message budget counts what Zalo accepted in the client
 * (`ZaloClientOptions.onSent`), where the direct replies pass too.
 */
export class ZaloTransport implements Transport {
  readonly timeoutMs = ZALO_SEND_TIMEOUT_MS;

  constructor(
    private readonly client: ZaloClient,
    private readonly links?: FileLinks,
  ) {}

  async deliver(msg: OutboxDelivery): Promise<void> {
    const p = msg.payload;
    const grid = Array.isArray(p.choices) ? (p.choices as ChoiceGrid) : [];
    try {
      if (msg.kind === "photo" || msg.kind === "document") {
        await this.deliverFile(msg);
        return;
      }
      const { parts } = renderZalo(msg.text, grid, { typedHeader: translate("chat-typed-header") });
      for (const part of parts) {
        await this.client.sendMessage(msg.chatId, part);
      }
    } catch (err) {
      throw classifyZalo(err);
    }
  }

  private async deliverFile(msg: OutboxDelivery): Promise<void> {
    const p = msg.payload;
    const name = String(p.fileName ?? (typeof p.path === "string" ? path.basename(p.path) : "chart.png"));
    const bytes = typeof p.photoBase64 === "string" ? Buffer.from(p.photoBase64, "base64") : await readFile(String(p.path));
    const mime = msg.kind === "photo" ? "image/png" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    const url = await this.links?.publish({ name, bytes, mime });
    if (url && msg.kind === "photo") {
      await this.client.sendPhoto(msg.chatId, url, msg.text ? msg.text.slice(0, 2000) : undefined);
      return;
    }
    const body = url ? translate("chat-file-link", { name, url }) : translate("chat-file-unavailable", { name });
    for (const part of renderZalo(msg.text ? `${msg.text}\n${body}` : body, [], { typedHeader: "" }).parts) await this.client.sendMessage(msg.chatId, part);
  }
}

/**
 * Zalo's answers in the sender's terms. Its 403 means "Internal server error"
 * (sic, the platform's error table), so it is retried, not taken for a block;
 * 429 is the monthly quota (held and retried later); 400/401/404 are permanent.
 */
export function classifyZalo(err: unknown): DeliveryError {
  if (err instanceof DeliveryError) return err;
  if (err instanceof ZaloApiError) {
    const text = `${err.errorCode}: ${err.description}`;
    // "Quota exceeded": held without losing it until next month or a raised limit (docs/zalo-budget.md).
    if (err.errorCode === 429) return new DeliveryError("quota-exceeded", text);
    if (err.isTransient || err.errorCode === 403 || err.errorCode === 408) return new DeliveryError("transient", text);
    return new DeliveryError("permanent", text);
  }
  return new DeliveryError("transient", err instanceof Error ? err.message : String(err));
}
