import type { Bot, Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { AppDeps } from "../../app.js";
import { createBot } from "../../bot/index.js";
import type { BotContext } from "../../bot/context.js";
import type { Feature } from "../../bot/command-spec.js";
import { features as defaultFeatures } from "../../../commands/index.js";
import { ZALO_CAPABILITIES } from "../../chat/capabilities.js";
import type { FileLinks } from "../../chat/ui.js";
import type { ZaloClient } from "./client.js";
import type { ZaloBotInfo } from "./types.js";
import { ZaloUpdateAdapter } from "./adapt.js";
import { ZaloIntake } from "./intake.js";
import { ZaloUi } from "./ui.js";
import { refuseTelegramApi } from "./api-guard.js";

export interface ZaloChannelOptions {
  client: ZaloClient;
  /** What getMe answered (the bot's id filters its own messages). */
  botInfo: ZaloBotInfo;
  fileLinks?: FileLinks;
  features?: Feature[];
  /** Extra names the bot is @mentioned by in groups (its display name). */
  botNames?: string[];
  /** The bot's share link from Zalo Bot Creator ("Chia sẻ"), for "open the private chat" choices. */
  shareLink?: string;
  /** Tests record the refused Telegram calls with one. */
  transformers?: Transformer[];
  onIncoming?: () => Promise<void> | void;
}

export interface ZaloChannel {
  bot: Bot<BotContext>;
  intake: ZaloIntake;
}

/**
 * The Zalo channel's bot: the very grammY bot Telegram runs (`createBot`,
 * same middleware, same features), given Zalo's capabilities and `ZaloUi` as
 * `ctx.ui`, fed with adapted updates by `ZaloIntake`. Its Telegram API refuses
 * every call (api-guard.ts), so nothing can reach Zalo except through ZaloUi.
 */
export function createZaloChannel(token: string, deps: AppDeps, opts: ZaloChannelOptions): ZaloChannel {
  const features = opts.features ?? defaultFeatures;
  const bot = createBot(token, deps, {
    botInfo: zaloMe(opts.botInfo),
    autoRetry: false,
    transformers: [...(opts.transformers ?? []), refuseTelegramApi(opts.client)],
    capabilities: ZALO_CAPABILITIES,
    features,
    ...(opts.fileLinks ? { fileLinks: opts.fileLinks } : {}),
    ui: (ctx, caps, links) => new ZaloUi(ctx, caps, opts.client, links, opts.shareLink),
  });
  const adapter = new ZaloUpdateAdapter({
    commands: new Set(features.flatMap((f) => f.commands.map((c) => c.command))),
    botNames: [opts.botInfo.account_name, ...(opts.botNames ?? [])].filter(Boolean),
  });
  const intake = new ZaloIntake({
    bot,
    client: opts.client,
    adapter,
    botId: opts.botInfo.id,
    logger: deps.logger,
    ...(opts.onIncoming ? { onIncoming: opts.onIncoming } : {}),
  });
  return { bot, intake };
}

/** grammY's `ctx.me` for the Zalo bot: its string id kept as it is (a 19-digit id does not fit a JS number). */
export function zaloMe(info: ZaloBotInfo): UserFromGetMe {
  return {
    id: info.id as unknown as number,
    is_bot: true,
    first_name: info.account_name,
    username: info.account_name,
    can_join_groups: info.can_join_groups ?? false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
  } as UserFromGetMe;
}
