import type { Bot } from "grammy";
import type { BotContext } from "../../bot/context.js";
import type { Logger } from "../../logger.js";
import { translate } from "../../i18n/translator.js";
import { describeError } from "../../security/redact.js";
import type { ZaloClient } from "./client.js";
import { parseZaloUpdate } from "./parse.js";
import type { ZaloUpdateAdapter } from "./adapt.js";

/** How many recent message ids are remembered in memory (the database filter covers restarts). */
const RECENT = 2_000;

/**
 * Where every Zalo update enters the bot, from polling and webhook alike:
 * read defensively, duplicates dropped by `message_id` (Zalo has no update id
 * and may deliver a message twice), the bot's own messages ignored (Zalo has
 * been seen echoing them), `message.unsupported.received` answered with a
 * short explanation, and everything else adapted and handed to the grammY bot.
 *
 * The one place that sees every incoming update: the monthly message budget
 * (incoming messages count) hooks in here (`onIncoming`).
 */
export class ZaloIntake {
  private readonly recent = new Set<string>();

  constructor(
    private readonly o: {
      bot: Bot<BotContext>;
      client: ZaloClient;
      adapter: ZaloUpdateAdapter;
      botId: string;
      logger: Logger;
      /** Called once per accepted update, before it is handled. */
      onIncoming?: () => Promise<void> | void;
    },
  ) {}

  /** Handles one update body; never throws (a bad body is logged and dropped). */
  async handle(body: unknown): Promise<void> {
    const update = parseZaloUpdate(body);
    if (!update) {
      this.o.logger.warn("zalo: unreadable update dropped");
      return;
    }
    const m = update.message;
    if (m.from.id === this.o.botId || m.from.is_bot) return;
    const key = `${m.chat.id}:${m.message_id}`;
    if (this.recent.has(key)) return;
    this.recent.add(key);
    if (this.recent.size > RECENT) this.recent.delete(this.recent.values().next().value!);
    try {
      await this.o.onIncoming?.();
      if (update.event_name === "message.unsupported.received") {
        await this.o.client.sendMessage(m.chat.id, translate("zalo-unsupported"));
        return;
      }
      await this.o.bot.handleUpdate(this.o.adapter.adapt(update));
    } catch (err) {
      // The error boundaries inside the bot answer the person; this is what escaped them.
      this.o.logger.error({ err: describeError(err) }, "zalo: update failed");
    }
  }
}
