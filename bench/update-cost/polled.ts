import { Writable } from "node:stream";
import { Bot } from "grammy";
import type { Message, Update, User } from "grammy/types";
import { FakeTelegram, TEST_BOT_INFO } from "../../tests/harness/fake-telegram.js";
import { startConfirmedPolling, type ConfirmedPolling } from "../../src/platforms/telegram/confirmed-polling.js";
import { createLogger, type Logger } from "../../src/logger.js";

export const BENCH_TOKEN = "7000000001:BENCH-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaa";

/** A logger at production's level writing nowhere: log lines cost what they cost in production, minus the disk. */
export function quietLogger(): Logger {
  return createLogger("info", new Writable({ write: (_c, _e, cb) => cb() }));
}

type Pollable = Pick<Bot, "api" | "handleUpdate">;

/**
 * One bot behind its own fake Bot API on 127.0.0.1, polled over real HTTP
 * with the production poller (src/platforms/telegram/confirmed-polling.ts).
 * `send` queues an update on the fake and resolves once the bot has handled
 * it (its answers went over HTTP to the fake before that).
 */
export class PolledBot {
  // Above the ids the seeding TestBot used, which the duplicate filter remembers.
  private nextUpdateId = 1_000_000;
  private nextMessageId = 1;
  private readonly waiting = new Map<number, () => void>();
  private polling: ConfirmedPolling | undefined;

  private constructor(readonly fake: FakeTelegram) {}

  static async start(makeBot: (apiRoot: string) => Pollable, logger: Logger): Promise<PolledBot> {
    const fake = new FakeTelegram();
    const root = await fake.listen();
    const polled = new PolledBot(fake);
    const bot = makeBot(root);
    polled.polling = startConfirmedPolling(
      {
        api: bot.api,
        handleUpdate: (u) =>
          bot.handleUpdate(u).finally(() => {
            polled.waiting.get(u.update_id)?.();
            polled.waiting.delete(u.update_id);
          }),
      },
      logger,
      { allowed_updates: ["message", "callback_query"] },
    );
    return polled;
  }

  /** A private-chat text from `from`, with a command entity when it starts with `/`. */
  send(from: User, text: string): Promise<void> {
    const command = /^\/[A-Za-z0-9_]+/.exec(text);
    const message = {
      message_id: this.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: from.id, type: "private", first_name: from.first_name },
      from,
      text,
      ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
    } as Message;
    const update_id = this.nextUpdateId++;
    const done = new Promise<void>((resolve) => this.waiting.set(update_id, resolve));
    this.fake.pushUpdate({ update_id, message } as Update);
    return done;
  }

  /** Texts sent to a chat (for checks), then forgotten so a long run does not grow the fake. */
  drain(chatId: number): string[] {
    const texts = this.fake.messagesTo(chatId).map((m) => m.text);
    this.fake.sent.length = 0;
    this.fake.calls.length = 0;
    return texts;
  }

  async stop(): Promise<void> {
    await this.polling?.stop();
    await this.fake.close();
  }
}

/** The floor: grammY with one handler that echoes the text, no database. */
export function echoBot(apiRoot: string): Bot {
  const bot = new Bot(BENCH_TOKEN, { botInfo: TEST_BOT_INFO, client: { apiRoot } });
  bot.on("message:text", (ctx) => ctx.reply(ctx.msg.text));
  return bot;
}

export function person(id: number, name = `Người ${id}`): User {
  return { id, is_bot: false, first_name: name, language_code: "vi" };
}
