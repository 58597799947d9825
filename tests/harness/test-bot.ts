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
import { TestUser } from "./test-user.js";
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

export { TestUser };
export { texts, choicesShown, choiceLabels } from "./chat-reading.js";
