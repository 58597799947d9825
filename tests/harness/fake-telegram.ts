import { createServer, type IncomingMessage, type Server } from "node:http";
import type { Transformer } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { closeLocal, listenLocal, LongPolls } from "./fake-http.js";

/** The bot identity every test uses, so grammY never calls getMe over the network. */
export const TEST_BOT_INFO: UserFromGetMe = {
  id: 7000000001,
  is_bot: true,
  first_name: "QCDC Bot",
  username: "qcdc_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

/** One Bot API call the bot made, as the fake saw it. */
export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

/** A message the bot sent (or a file, a photo), kept so tests can read it and press its buttons. */
export interface SentMessage {
  method: string;
  chatId: string;
  messageId: number;
  text: string;
  /** Inline buttons as rows of { text, data?, url? } (after any later edit). */
  buttons: { text: string; data?: string; url?: string }[][];
  payload: Record<string, unknown>;
}

type Failure = { error_code: number; description: string; parameters?: { retry_after?: number } };

/**
 * A small, faithful-enough Telegram Bot API: it answers the methods the bot
 * uses with realistic objects (a Message has an id, a chat, a date), keeps what
 * was sent per chat, and can fail a call on purpose (429, 403, 500) to test
 * retries. Used in-process as an API transformer, or over HTTP on 127.0.0.1 to
 * test the real polling path.
 */
export class FakeTelegram {
  readonly calls: ApiCall[] = [];
  readonly sent: SentMessage[] = [];
  /** Files people "sent" to the bot, by file_id: getFile answers with their path, `download` with their bytes. */
  readonly files = new Map<string, Uint8Array>();

  /** The bytes at a getFile path (what the bot downloads from the Bot API's file server). */
  async download(filePath: string): Promise<Uint8Array> {
    const bytes = this.files.get(filePath.replace(/^documents\//, ""));
    if (!bytes) throw new Error(`no such file: ${filePath}`);
    return bytes;
  }
  private nextMessageId = 1000;
  private readonly failures: { method: string; chatId?: string; failure: Failure; times: number }[] = [];
  private readonly answeredCallbacks = new Set<string>();
  private updates: Update[] = [];
  private readonly polls = new LongPolls();
  private server: Server | undefined;
  /**
   * HTTP requests per method counted on arrival: `calls` records a getUpdates
   * only once its long poll is answered (up to a second later), which is too
   * late for timing when the bot first polled.
   */
  private readonly arrived = new Map<string, number>();
  /** Simulated time for message dates; tests may replace it with their clock. */
  now: () => Date = () => new Date();
  /**
   * Buttons switched off (the typing profile): any inline keyboard is refused,
   * so a command that still sends buttons fails in the typing run instead of
   * silently relying on them.
   */
  refuseButtons = false;

  constructor(readonly botInfo: UserFromGetMe = TEST_BOT_INFO) {}

  /** The next `times` calls of `method` (to `chatId`, if given) fail with this error. */
  failNext(method: string, failure: Failure, opts: { chatId?: string | number; times?: number } = {}): void {
    this.failures.push({
      method,
      failure,
      times: opts.times ?? 1,
      ...(opts.chatId !== undefined ? { chatId: String(opts.chatId) } : {}),
    });
  }

  /** Forgets every pending `failNext` (the API "comes back"). */
  clearFailures(): void {
    this.failures.length = 0;
  }

  private readonly httpFaults: { method: string; fault: "drop" | { delayMs: number }; times: number }[] = [];
  /** Calls held by `delayNext` that are waiting now (HTTP mode). */
  delayedNow = 0;

  /**
   * HTTP mode only: the next `times` calls of `method` either lose their
   * connection before any answer ("drop", a network failure), or are held for
   * `delayMs` first (a slow Bot API); a held call whose client went away is
   * not performed.
   */
  faultNext(method: string, fault: "drop" | { delayMs: number }, times = 1): void {
    this.httpFaults.push({ method, fault, times });
  }

  /** Messages sent to one chat, oldest first. */
  messagesTo(chatId: string | number): SentMessage[] {
    return this.sent.filter((m) => m.chatId === String(chatId));
  }

  /** HTTP requests of `method` received so far, answered or still held (HTTP mode). */
  requestsArrived(method: string): number {
    return this.arrived.get(method) ?? 0;
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** An API transformer: the bot's calls never leave the process. */
  transformer(): Transformer {
    return async (_prev, method, payload) => {
      const result = this.handle(method, (payload ?? {}) as Record<string, unknown>);
      return result as never;
    };
  }

  /** Answers one call the way the Bot API would ({ ok, result } or { ok: false, … }). */
  handle(method: string, payload: Record<string, unknown>): { ok: true; result: unknown } | ({ ok: false } & Failure) {
    this.calls.push({ method, payload });
    const chatId = payload.chat_id !== undefined ? String(payload.chat_id) : undefined;
    const failure = this.failures.find((f) => f.method === method && (f.chatId === undefined || f.chatId === chatId));
    if (failure) {
      if (--failure.times <= 0) this.failures.splice(this.failures.indexOf(failure), 1);
      return { ok: false, ...failure.failure };
    }
    const badKeyboard = this.refuseButtons && buttonsOf(payload).length ? "buttons are switched off in this profile" : keyboardProblem(payload);
    if (badKeyboard) return { ok: false, error_code: 400, description: `Bad Request: ${badKeyboard}` };
    if (method === "answerCallbackQuery") {
      // Telegram accepts one answer per callback query.
      const id = String(payload.callback_query_id);
      if (this.answeredCallbacks.has(id)) {
        return { ok: false, error_code: 400, description: "Bad Request: query is too old and response timeout expired or query ID is invalid" };
      }
      this.answeredCallbacks.add(id);
    }
    return { ok: true, result: this.result(method, payload, chatId) };
  }

  private result(method: string, payload: Record<string, unknown>, chatId: string | undefined): unknown {
    switch (method) {
      case "getMe":
        return this.botInfo;
      case "sendMessage":
      case "sendDocument":
      case "sendPhoto":
      case "sendMediaGroup": {
        const text = String(payload.text ?? payload.caption ?? "");
        const message = this.record(method, chatId!, text, payload);
        return method === "sendMediaGroup" ? [message] : message;
      }
      case "editMessageText":
      case "editMessageReplyMarkup":
      case "editMessageCaption": {
        const target = this.sent.find((m) => m.chatId === chatId && m.messageId === Number(payload.message_id));
        if (target) {
          if (typeof payload.text === "string") target.text = payload.text;
          target.buttons = buttonsOf(payload);
        }
        return target ? this.messageObject(target) : true;
      }
      case "getFile": {
        const id = String(payload.file_id);
        const bytes = this.files.get(id);
        return { file_id: id, file_unique_id: `u${id}`, ...(bytes ? { file_size: bytes.length, file_path: `documents/${id}` } : {}) };
      }
      case "getUpdates":
        return this.takeUpdates(Number(payload.offset ?? 0));
      case "getChat":
        return { id: Number(chatId), type: Number(chatId) < 0 ? "supergroup" : "private", title: "Nhóm" };
      default:
        // answerCallbackQuery, setMyCommands, deleteWebhook, setWebhook, deleteMessage, sendChatAction…
        return true;
    }
  }

  private record(method: string, chatId: string, text: string, payload: Record<string, unknown>) {
    const sent: SentMessage = { method, chatId, messageId: ++this.nextMessageId, text, buttons: buttonsOf(payload), payload };
    this.sent.push(sent);
    return this.messageObject(sent);
  }

  private messageObject(m: SentMessage) {
    const id = Number(m.chatId);
    return {
      message_id: m.messageId,
      date: Math.floor(this.now().getTime() / 1000),
      chat: id < 0 ? { id, type: "supergroup", title: "Nhóm" } : { id, type: "private", first_name: "Người dùng" },
      from: { id: this.botInfo.id, is_bot: true, first_name: this.botInfo.first_name, username: this.botInfo.username },
      text: m.text,
      ...(m.buttons.length ? { reply_markup: { inline_keyboard: m.buttons } } : {}),
    };
  }

  // ---- polling over HTTP -------------------------------------------------

  /** Queues an update for getUpdates (HTTP mode). */
  pushUpdate(update: Update): void {
    this.updates.push(update);
    this.polls.wake();
  }

  private takeUpdates(offset: number): Update[] {
    if (offset) this.updates = this.updates.filter((u) => u.update_id >= offset);
    return this.updates.slice(0, 100);
  }

  /** Starts an HTTP Bot API on 127.0.0.1 (any free port, or `port`); returns the apiRoot for grammY (`client.apiRoot`). */
  async listen(port = 0): Promise<string> {
    this.server = createServer(async (req, res) => {
      const match = /^\/bot[^/]+\/(\w+)/.exec(req.url ?? "");
      if (!match) {
        res.writeHead(404).end();
        return;
      }
      const method = match[1]!;
      this.arrived.set(method, (this.arrived.get(method) ?? 0) + 1);
      const payload = await readPayload(req);
      const fault = this.httpFaults.find((f) => f.method === method);
      if (fault) {
        if (--fault.times <= 0) this.httpFaults.splice(this.httpFaults.indexOf(fault), 1);
        if (fault.fault === "drop") return void req.socket.destroy();
        this.delayedNow++;
        await new Promise((r) => setTimeout(r, (fault.fault as { delayMs: number }).delayMs));
        this.delayedNow--;
        if (req.socket.destroyed) return;
      }
      if (method === "getUpdates") await this.waitForUpdates(payload, req);
      const body = this.handle(method, payload);
      res.writeHead(body.ok ? 200 : body.error_code, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
    return listenLocal(this.server, port);
  }

  /** Long polling: hold getUpdates until an update arrives or a short timeout passes. */
  private async waitForUpdates(payload: Record<string, unknown>, req: IncomingMessage): Promise<void> {
    if (this.takeUpdates(Number(payload.offset ?? 0)).length) return;
    const seconds = Math.min(Number(payload.timeout ?? 0), 1);
    if (!seconds) return;
    await this.polls.hold(req, seconds);
  }

  async close(): Promise<void> {
    await closeLocal(this.server, this.polls);
    this.server = undefined;
  }
}

function buttonsOf(payload: Record<string, unknown>): SentMessage["buttons"] {
  const markup = parseMaybeJson(payload.reply_markup) as { inline_keyboard?: { text: string; callback_data?: string; url?: string }[][] } | undefined;
  return (markup?.inline_keyboard ?? []).map((row) =>
    row.map((b) => ({ text: b.text, ...(b.callback_data ? { data: b.callback_data } : {}), ...(b.url ? { url: b.url } : {}) })),
  );
}

/**
 * Stricter than needed where Telegram's tolerance is unclear (empty rows), and
 * as strict as Telegram on its documented limits (callback data 1–64 bytes,
 * button text not empty), so a malformed keyboard fails in tests, not in use.
 */
function keyboardProblem(payload: Record<string, unknown>): string | undefined {
  const markup = parseMaybeJson(payload.reply_markup) as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined;
  for (const row of markup?.inline_keyboard ?? []) {
    if (row.length === 0) return "keyboard row is empty";
    for (const b of row) {
      if (!b.text) return "text buttons are unallowed in the inline keyboard";
      if (b.callback_data !== undefined && (Buffer.byteLength(b.callback_data) < 1 || Buffer.byteLength(b.callback_data) > 64)) {
        return "BUTTON_DATA_INVALID";
      }
    }
  }
  return undefined;
}

function parseMaybeJson(v: unknown): unknown {
  if (typeof v !== "string") return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

async function readPayload(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  const type = req.headers["content-type"] ?? "";
  if (!raw) return {};
  if (type.includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  if (type.includes("multipart/form-data")) return parseMultipartFields(raw, type);
  return Object.fromEntries(new URLSearchParams(raw));
}

/** Enough multipart parsing to read text fields (files are recorded by name only). */
function parseMultipartFields(raw: string, type: string): Record<string, unknown> {
  const boundary = /boundary=([^;]+)/.exec(type)?.[1];
  if (!boundary) return {};
  const fields: Record<string, unknown> = {};
  for (const part of raw.split(`--${boundary}`)) {
    const name = /name="([^"]+)"/.exec(part)?.[1];
    if (!name) continue;
    const body = part.split("\r\n\r\n").slice(1).join("\r\n\r\n").replace(/\r\n$/, "");
    fields[name] = /filename="/.test(part) ? "[file]" : parseMaybeJson(body);
  }
  return fields;
}
