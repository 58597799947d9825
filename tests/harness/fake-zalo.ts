import { createServer, type IncomingMessage, type Server } from "node:http";
import type { Transformer } from "grammy";
import type { ZaloBotInfo, ZaloUpdate } from "../../src/platforms/zalo/types.js";
import type { ZaloFetch } from "../../src/platforms/zalo/client.js";
import type { ApiCall, SentMessage } from "./fake-telegram.js";
import { closeLocal, listenLocal, LongPolls } from "./fake-http.js";

/** The Zalo bot every test uses (getMe). */
export const TEST_ZALO_BOT: ZaloBotInfo = { id: "1459232241454765289", account_name: "bot.QcdcTest", account_type: "BASIC", can_join_groups: true };
/** The share link (Zalo Bot Creator → "Chia sẻ") the test channel is configured with. */
export const TEST_ZALO_LINK = "https://zalo.me/1459232241454765289";
export const TEST_ZALO_TOKEN = "1459232241454765289:zalo-test-secret-aaaaaaaaaaaaaaaa";

/**
 * The test suite's people have numeric ids (Telegram's shape); on Zalo each
 * becomes a stable 20-hex-character id: people start with "a", groups
 * (negative numbers) with "b". A string that is already not a number is kept.
 */
export function zaloId(id: number | string): string {
  const s = String(id);
  if (!/^-?\d+$/.test(s)) return s;
  const n = BigInt(s);
  return (n < 0n ? "b" : "a") + (n < 0n ? -n : n).toString(16).padStart(19, "0");
}

type Failure = { error_code: number; description: string };

/** Methods Zalo has (names are case-sensitive). */
const METHODS = new Set(["getMe", "getUpdates", "setWebhook", "deleteWebhook", "getWebhookInfo", "sendMessage", "sendPhoto", "sendSticker", "sendChatAction", "sendVoice"]);

/**
 * A fake Zalo Bot API, as docs/zalo.md describes the platform: POST + JSON,
 * an `{ok, result, error_code, description}` envelope with HTTP 200 even for
 * errors, hex message ids, one update per getUpdates (408 when none), and
 * a webhook that silences polling. It *refuses* what Zalo lacks, so a
 * Telegram habit fails the tests: keyboards (`reply_markup`), editMessage*,
 * deleteMessage(s), answerCallbackQuery, sendDocument (any unknown method),
 * texts or captions over 2,000 characters, photos that are not URLs.
 * In-process through `fetch`, or over HTTP on 127.0.0.1 (`listen`).
 */
export class FakeZalo {
  readonly calls: ApiCall[] = [];
  readonly sent: SentMessage[] = [];
  /** Calls refused because Zalo has no such thing (kept so tests can assert none happened). */
  readonly refused: ApiCall[] = [];
  webhook: { url: string; secret: string } | undefined;
  private nextMessageId = 1000;
  private readonly failures: { method: string; chatId?: string; failure: Failure; times: number }[] = [];
  private updates: ZaloUpdate[] = [];
  private readonly polls = new LongPolls();
  private server: Server | undefined;
  now: () => Date = () => new Date();

  constructor(readonly botInfo: ZaloBotInfo = TEST_ZALO_BOT) {}

  failNext(method: string, failure: Failure, opts: { chatId?: string | number; times?: number } = {}): void {
    this.failures.push({ method, failure, times: opts.times ?? 1, ...(opts.chatId !== undefined ? { chatId: zaloId(opts.chatId) } : {}) });
  }

  clearFailures(): void {
    this.failures.length = 0;
  }

  messagesTo(chatId: string | number): SentMessage[] {
    const id = zaloId(chatId);
    return this.sent.filter((m) => m.chatId === id);
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** The in-process transport of the bot's ZaloClient. */
  readonly fetch: ZaloFetch = async (url, init) => {
    const method = /\/bot[^/]+\/([^/?]+)$/.exec(url)?.[1] ?? "";
    const body = this.handle(method, init.body ? (JSON.parse(init.body) as Record<string, unknown>) : {});
    return { status: 200, text: async () => JSON.stringify(body) };
  };

  /** A grammY transformer that answers as Zalo would (only for code that has a Telegram Api object by mistake). */
  transformer(): Transformer {
    return async (_prev, method, payload) => this.handle(method, (payload ?? {}) as Record<string, unknown>) as never;
  }

  handle(method: string, payload: Record<string, unknown>): { ok: true; result?: unknown } | ({ ok: false } & Failure) {
    this.calls.push({ method, payload });
    const chatId = payload.chat_id !== undefined ? String(payload.chat_id) : undefined;
    const problem = this.refusal(method, payload);
    if (problem) {
      this.refused.push({ method, payload });
      return { ok: false, ...problem };
    }
    const failure = this.failures.find((f) => f.method === method && (f.chatId === undefined || f.chatId === chatId));
    if (failure) {
      if (--failure.times <= 0) this.failures.splice(this.failures.indexOf(failure), 1);
      return { ok: false, ...failure.failure };
    }
    switch (method) {
      case "getMe":
        return { ok: true, result: this.botInfo };
      case "sendMessage":
      case "sendPhoto":
      case "sendSticker": {
        const text = String(payload.text ?? payload.caption ?? "");
        const messageId = ++this.nextMessageId;
        this.sent.push({ method, chatId: chatId!, messageId, text, buttons: [], payload });
        return { ok: true, result: { message_id: messageId.toString(16).padStart(20, "0"), date: this.now().getTime() } };
      }
      case "sendChatAction":
        return { ok: true };
      case "setWebhook":
        this.webhook = { url: String(payload.url), secret: String(payload.secret_token) };
        return { ok: true, result: { url: this.webhook.url, updated_at: this.now().getTime() } };
      case "deleteWebhook":
        this.webhook = undefined;
        return { ok: true, result: { url: "", updated_at: this.now().getTime() } };
      case "getWebhookInfo":
        return { ok: true, result: { url: this.webhook?.url ?? "", updated_at: this.now().getTime() } };
      case "getUpdates": {
        const next = this.webhook ? undefined : this.updates.shift();
        return next ? { ok: true, result: next } : { ok: false, error_code: 408, description: "Request timeout" };
      }
      default:
        return { ok: true };
    }
  }

  /** What Zalo would not accept (or does not have at all). */
  private refusal(method: string, p: Record<string, unknown>): Failure | undefined {
    if (!METHODS.has(method)) return { error_code: 404, description: `Not found: ${method} (Zalo has no such method)` };
    if (p.reply_markup !== undefined) return { error_code: 400, description: "Bad request: Zalo has no keyboards (reply_markup)" };
    const needsChat = method.startsWith("send");
    if (needsChat && (typeof p.chat_id !== "string" || !p.chat_id)) return { error_code: 400, description: "Bad request: chat_id must be a string id" };
    if (method === "sendMessage") {
      const text = p.text;
      if (typeof text !== "string" || text.length < 1 || text.length > 2000) return { error_code: 400, description: "Bad request: text must be 1–2000 characters" };
    }
    if (method === "sendPhoto") {
      if (typeof p.photo !== "string" || !/^https?:\/\//.test(p.photo)) return { error_code: 400, description: "Bad request: photo must be an image URL" };
      if (typeof p.caption === "string" && p.caption.length > 2000) return { error_code: 400, description: "Bad request: caption over 2000 characters" };
    }
    if (method === "setWebhook") {
      const secret = String(p.secret_token ?? "");
      if (!/^https:\/\//.test(String(p.url ?? ""))) return { error_code: 400, description: "Bad request: url must be https" };
      if (secret.length < 8 || secret.length > 256) return { error_code: 400, description: "Bad request: secret_token must be 8–256 characters" };
    }
    return undefined;
  }

  // ---- polling over HTTP -------------------------------------------------

  /** Queues an update for getUpdates (one per call, no offset). */
  pushUpdate(update: ZaloUpdate): void {
    this.updates.push(update);
    this.polls.wake();
  }

  async listen(port = 0): Promise<string> {
    this.server = createServer(async (req, res) => {
      const method = /^\/bot[^/]+\/([^/?]+)$/.exec(req.url ?? "")?.[1];
      if (!method || req.method !== "POST") {
        res.writeHead(404).end();
        return;
      }
      const payload = await readJson(req);
      if (method === "getUpdates") await this.waitForUpdate(payload, req);
      const body = this.handle(method, payload);
      // Zalo answers errors with HTTP 200 and the code in the envelope.
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
    return listenLocal(this.server, port);
  }

  /** Holds getUpdates until an update arrives, at most min(timeout, 1 s) in tests. */
  private async waitForUpdate(payload: Record<string, unknown>, req: IncomingMessage): Promise<void> {
    if (this.updates.length && !this.webhook) return;
    const seconds = Math.min(Number(payload.timeout ?? 30), 1);
    await this.polls.hold(req, seconds);
  }

  async close(): Promise<void> {
    await closeLocal(this.server, this.polls);
    this.server = undefined;
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (!raw) return {};
  try {
    return JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return {};
  }
}
