import { Writable } from "node:stream";
import type { Bot } from "grammy";
import type { Chat, Message, MessageEntity, Update, User } from "grammy/types";
import type { AppDeps } from "../../src/app.js";
import { FakeClock } from "../../src/clock.js";
import { createBot } from "../../src/bot/index.js";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { createLogger } from "../../src/logger.js";
import { createServices } from "../../src/services/index.js";
import { OutboxStatus } from "../../src/generated/prisma/enums.js";
import { OutboxSender } from "../../src/messaging/sender.js";
import { TelegramTransport } from "../../src/platforms/telegram/transport.js";
import { FakeTelegram, TEST_BOT_INFO, type SentMessage } from "./fake-telegram.js";
import { TELEGRAM_CAPABILITIES, TELEGRAM_TYPING_CAPABILITIES, ZALO_CAPABILITIES } from "../../src/chat/capabilities.js";
import { ZaloTransport, zaloLimits } from "../../src/platforms/zalo/transport.js";
import { FakeZalo, zaloId } from "./fake-zalo.js";
import { TEST_PLATFORM, createZaloTestChannel, toZaloUpdate, type ZaloTestChannel } from "./zalo-harness.js";
import { readWrittenChoices } from "../../src/chat/typed-choices.js";
import { DbFileLinks } from "../../src/files/links.js";
import { sentFiles, type SentFile } from "./sent-files.js";

/**
 * The whole end-to-end suite runs twice in CI: with Telegram's buttons, and
 * with buttons switched off (`QCDC_TEST_BUTTONS=off`), where every `click`
 * types what the bot wrote beside the choice instead. Every flow must finish both ways.
 */
export const BUTTONS_ON = process.env.QCDC_TEST_BUTTONS !== "off" && TEST_PLATFORM !== "zalo";
export { TEST_PLATFORM };
import { createTestDb, type TestDb } from "./test-db.js";

export const TEST_TOKEN = "7000000001:TEST-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
export const TIMEZONE = "Asia/Ho_Chi_Minh";

export interface TestBotOptions {
  /** Telegram user ids allowed to found an agency. */
  adminIds?: number[];
  /** Start of simulated time (default: a Monday morning in Vietnam). */
  now?: string;
  features?: Feature[];
  /** Override the suite's profile (default: `BUTTONS_ON`). */
  buttons?: boolean;
  /** PUBLIC_URL: on Zalo, files then go out as download links (docs/files.md) instead of "cannot send here". */
  publicUrl?: string;
  /** Override the suite's platform (a mixed committee runs one bot of each: `TestBot.alongside`). */
  platform?: "telegram" | "zalo";
}

/**
 * The whole bot, wired as in production, against a real temp SQLite file, a
 * fake clock and a fake Telegram. Tests talk to it as people would:
 *
 *   const lan = t.user({ id: 1, first_name: "Lan" });
 *   const replies = await lan.send("/khoitao Thanh tra tỉnh");
 *   await lan.click("Xác nhận");
 */
export class TestBot {
  /** The fake chat API of the suite's platform (FakeZalo when QCDC_TEST_PLATFORM=zalo); same reading methods. */
  readonly telegram: FakeTelegram | FakeZalo;
  readonly platform: "telegram" | "zalo";
  private zalo: ZaloTestChannel | undefined;
  private readonly features: Feature[] | undefined;
  readonly clock: FakeClock;
  readonly logLines: string[] = [];
  bot: Bot<BotContext>;
  readonly deps: AppDeps;
  private nextUpdateId = 1;
  private nextIncomingId = 1;
  private sender: OutboxSender | undefined;
  /** Whether this bot shows buttons (false: the typing profile). */
  readonly buttonsOn: boolean;
  /** Download links (with `publicUrl`), for the platforms without documents. */
  readonly fileLinks: DbFileLinks | undefined;

  private constructor(
    readonly testDb: TestDb,
    opts: TestBotOptions,
    shared?: TestBot,
  ) {
    this.platform = opts.platform ?? TEST_PLATFORM;
    this.clock = shared?.clock ?? new FakeClock(opts.now ?? "2026-03-02T01:00:00Z");
    this.buttonsOn = this.platform === "zalo" ? false : (opts.buttons ?? BUTTONS_ON);
    this.features = opts.features;
    const sink = new Writable({
      write: (chunk: Buffer, _enc, cb) => {
        this.logLines.push(chunk.toString("utf8"));
        cb();
      },
    });
    const logger = createLogger("debug", sink);
    const db = testDb.db;
    this.deps = shared?.deps ?? {
      db,
      clock: this.clock,
      logger,
      services: createServices({ db, clock: this.clock, timezone: TIMEZONE }),
      adminIds: new Set((opts.adminIds ?? []).map((id) => `${this.platform}:${this.platformId(id)}`)),
      timezone: TIMEZONE,
    };
    this.fileLinks = opts.publicUrl ? new DbFileLinks({ db, clock: this.clock, publicUrl: opts.publicUrl }) : undefined;
    if (this.platform === "zalo") this.telegram = new FakeZalo();
    else this.telegram = Object.assign(new FakeTelegram(), { refuseButtons: !this.buttonsOn });
    this.telegram.now = () => this.clock.now();
    this.bot = this.build();
  }

  /** The bot "process": Telegram's, or the Zalo channel over the fake Zalo. */
  private build(): Bot<BotContext> {
    if (this.telegram instanceof FakeZalo) {
      this.zalo = createZaloTestChannel(this.deps, this.features, this.telegram, this.fileLinks);
      return this.zalo.bot;
    }
    const f = this.features ? { features: this.features } : {};
    const fake = this.telegram;
    return createBot(TEST_TOKEN, this.deps, {
      botInfo: TEST_BOT_INFO,
      autoRetry: false,
      transformers: [fake.transformer()],
      capabilities: this.capabilities,
      downloadFile: (p) => fake.download(p),
      ...f,
    });
  }

  /** Whether a callback query (forged or stale data) can arrive: on Telegram even when typing (old buttons stay); never on Zalo. */
  get callbacks(): boolean {
    return this.platform === "telegram";
  }

  /** The file the bot sent among `sent`: a document on Telegram, a download link on Zalo (harness/sent-files.ts). */
  async fileIn(sent: SentMessage[]): Promise<SentFile | undefined> {
    return (await sentFiles(this.db, sent))[0];
  }

  filesIn(sent: SentMessage[]): Promise<SentFile[]> {
    return sentFiles(this.db, sent);
  }

  get capabilities() {
    if (this.platform === "zalo") return ZALO_CAPABILITIES;
    return this.buttonsOn ? TELEGRAM_CAPABILITIES : TELEGRAM_TYPING_CAPABILITIES;
  }

  /** A test person's (or group's) id on the suite's platform: Telegram's number, or its Zalo hex form. */
  platformId(id: number | string): string {
    return this.platform === "zalo" ? zaloId(id) : String(id);
  }

  /** How the services know a test person: `{ platform, userId }` on the suite's platform. */
  identity(id: number | string): { platform: string; userId: string } {
    return { platform: this.platform, userId: this.platformId(id) };
  }

  /** A new bot process on the same database and fake API (what survives a restart is only what is stored). */
  restart(): void {
    this.bot = this.build();
  }

  static create(opts: TestBotOptions = {}): TestBot {
    return new TestBot(createTestDb(), opts);
  }

  /** The other platform's channel of the same process: same database, clock and services (src/main.ts runs both). */
  static alongside(other: TestBot, platform: "telegram" | "zalo"): TestBot {
    return new TestBot(other.testDb, { platform }, other);
  }

  get db() {
    return this.testDb.db;
  }

  /** A person, talking to the bot in private chat unless `in(group)` is used. */
  user(profile: Partial<User> & { id: number }): TestUser {
    return new TestUser(this, { is_bot: false, first_name: `User ${profile.id}`, language_code: "vi", ...profile });
  }

  group(chat: { id: number; title?: string }): Chat.SupergroupChat {
    return { id: chat.id, type: "supergroup", title: chat.title ?? "Ban Chỉ đạo QCDC" };
  }

  /** Feeds one update through the bot and returns what the bot sent while handling it. */
  async deliver(update: Omit<Update, "update_id"> & { update_id?: number }): Promise<SentMessage[]> {
    const before = this.telegram.sent.length;
    if (this.zalo) {
      const z = toZaloUpdate(update);
      if (!z) throw new Error("Zalo has no buttons or callback queries: this update cannot arrive on Zalo");
      await this.zalo.intake.handle(z);
      return this.telegram.sent.slice(before);
    }
    const full = { update_id: update.update_id ?? this.nextUpdateId++, ...update } as Update;
    await this.bot.handleUpdate(full);
    return this.telegram.sent.slice(before);
  }

  /**
   * Runs the production OutboxSender (pacing, quiet hours, 429/403 handling)
   * over the fake Telegram until no message is due, advancing the FakeClock by
   * the waits the sender asks for (pacing only: about a second per extra
   * message to one chat). Messages not due yet — held for quiet hours, or a
   * retry backing off — stay queued. Returns what was delivered.
   */
  async flushOutbox(maxRounds = 1_000): Promise<SentMessage[]> {
    this.sender ??= new OutboxSender({
      db: this.db,
      clock: this.clock,
      logger: this.deps.logger,
      ...(this.zalo
        ? { transport: new ZaloTransport(this.zalo.client, this.zalo.fileLinks), platform: "zalo", limits: zaloLimits() }
        : { transport: new TelegramTransport(this.bot.api, this.capabilities) }),
      holdUntil: (agencyId, now) => this.deps.services.settings.quietHoldUntil(agencyId, now),
    });
    const before = this.telegram.sent.length;
    for (let round = 0; round < maxRounds; round++) {
      const due = await this.db.outboxMessage.count({ where: { status: OutboxStatus.PENDING, platform: this.platform, notBefore: { lte: this.clock.now() } } });
      if (!due) return this.telegram.sent.slice(before);
      const wait = await this.sender.runOnce();
      if (wait > 0) this.clock.advance(wait);
    }
    throw new Error(`outbox not flushed after ${maxRounds} rounds`);
  }

  newUpdateId(): number {
    return this.nextUpdateId++;
  }

  newIncomingMessageId(): number {
    return this.nextIncomingId++;
  }

  async close(): Promise<void> {
    await this.telegram.close();
    await this.testDb.close();
  }
}

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

export { texts, choicesShown, choiceLabels } from "./chat-reading.js";
