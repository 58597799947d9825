import { redactSecrets } from "../../security/redact.js";
import type { ZaloBotInfo, ZaloEnvelope, ZaloSent, ZaloUpdate } from "./types.js";

export const DEFAULT_ZALO_API_ROOT = "https://bot-api.zaloplatforms.com";
/** The platform's limit for a text or a caption. */
export const ZALO_TEXT_LIMIT = 2000;

/**
 * A failed call. `errorCode` is the envelope's `error_code` (the platform
 * answers errors with HTTP 200), or the HTTP status when there was no envelope,
 * or 0 for a network failure. The message never holds the token.
 */
export class ZaloApiError extends Error {
  constructor(
    readonly method: string,
    readonly errorCode: number,
    readonly description: string,
  ) {
    super(redactSecrets(`Zalo ${method}: ${errorCode ? `${errorCode} ` : ""}${description}`));
    this.name = "ZaloApiError";
  }

  /** getUpdates found nothing within its timeout: normal, not an error. */
  get isPollingTimeout(): boolean {
    return this.errorCode === 408;
  }

  /** Worth retrying later: server errors, network failures. */
  get isTransient(): boolean {
    return this.errorCode === 0 || this.errorCode >= 500;
  }
}

export type ZaloFetch = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal }) => Promise<{ status: number; text(): Promise<string> }>;

/** The methods that deliver a message (and count against the monthly quota); sendChatAction does not. */
const SENDS = new Set(["sendMessage", "sendPhoto", "sendSticker", "sendVoice"]);

export interface ZaloClientOptions {
  apiRoot?: string;
  /** Per-call timeout (getUpdates adds its own long-poll time to it). */
  timeoutMs?: number;
  /** Tests pass an in-process fake. */
  fetch?: ZaloFetch;
  /**
   * Told of every message the platform accepted (sendMessage, sendPhoto,
   * sendSticker): the one place both the direct replies (ZaloUi) and the
   * outbox (ZaloTransport) pass, so the monthly budget counts all of them.
   */
  onSent?: (method: string) => void;
}

/**
 * The Zalo Bot API, typed: every call is `POST {root}/bot{token}/{method}`
 * with a JSON body, and every answer an `{ok, result, error_code, description}`
 * envelope. No SDK on npm is usable (docs/zalo.md), and ten methods do not need one.
 * The token lives in a private field and in the URL only; errors are censored.
 */
export class ZaloClient {
  readonly #token: string;
  private readonly root: string;
  private readonly timeoutMs: number;
  private readonly doFetch: ZaloFetch;
  private readonly onSent: ((method: string) => void) | undefined;

  constructor(token: string, opts: ZaloClientOptions = {}) {
    this.#token = token;
    this.root = (opts.apiRoot ?? DEFAULT_ZALO_API_ROOT).replace(/\/+$/, "");
    this.timeoutMs = opts.timeoutMs ?? 20_000;
    this.doFetch = opts.fetch ?? (fetch as unknown as ZaloFetch);
    this.onSent = opts.onSent;
  }

  /** Calls one method; resolves to `result`, throws a `ZaloApiError` on anything else. */
  async call<T>(method: string, body: Record<string, unknown> = {}, opts: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<T> {
    const timeout = AbortSignal.timeout(opts.timeoutMs ?? this.timeoutMs);
    const signal = opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
    let status: number;
    let raw: string;
    try {
      const res = await this.doFetch(`${this.root}/bot${this.#token}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal,
      });
      status = res.status;
      raw = await res.text();
    } catch (err) {
      throw new ZaloApiError(method, 0, `network: ${err instanceof Error ? err.message : String(err)}`);
    }
    let envelope: ZaloEnvelope<T> | undefined;
    try {
      envelope = JSON.parse(raw) as ZaloEnvelope<T>;
    } catch {
      envelope = undefined;
    }
    if (envelope && typeof envelope === "object" && envelope.ok === true) {
      if (SENDS.has(method)) this.onSent?.(method);
      return envelope.result as T;
    }
    const code = envelope?.error_code ?? (status === 200 ? 500 : status);
    throw new ZaloApiError(method, code, envelope?.description ?? `HTTP ${status}`);
  }

  getMe(): Promise<ZaloBotInfo> {
    return this.call("getMe");
  }

  /** One update, or undefined when none arrived within `timeoutSec` (the platform's 408). */
  async getUpdates(timeoutSec = 30, signal?: AbortSignal): Promise<unknown> {
    try {
      // Client-side deadline a little after the server's, so a 408 normally arrives first.
      return await this.call<unknown>("getUpdates", { timeout: String(timeoutSec) }, { timeoutMs: (timeoutSec + 5) * 1000, ...(signal ? { signal } : {}) });
    } catch (err) {
      if (err instanceof ZaloApiError && err.isPollingTimeout) return undefined;
      throw err;
    }
  }

  setWebhook(url: string, secretToken: string): Promise<{ url: string; updated_at?: number }> {
    return this.call("setWebhook", { url, secret_token: secretToken });
  }

  deleteWebhook(): Promise<{ url: string }> {
    return this.call("deleteWebhook");
  }

  getWebhookInfo(): Promise<{ url: string; updated_at?: number }> {
    return this.call("getWebhookInfo");
  }

  sendMessage(chatId: string, text: string): Promise<ZaloSent> {
    return this.call("sendMessage", { chat_id: chatId, text });
  }

  /** `photo` is a URL the platform fetches (possibly several times). */
  sendPhoto(chatId: string, photo: string, caption?: string): Promise<ZaloSent> {
    // The platform may fetch the image before it answers: a longer deadline.
    return this.call("sendPhoto", { chat_id: chatId, photo, ...(caption ? { caption } : {}) }, { timeoutMs: Math.max(this.timeoutMs, 60_000) });
  }

  sendChatAction(chatId: string, action: "typing" = "typing"): Promise<unknown> {
    return this.call("sendChatAction", { chat_id: chatId, action }, { timeoutMs: 5_000 });
  }

  /** For util.inspect / JSON: never the token. */
  toJSON(): Record<string, string> {
    return { root: this.root };
  }
}
