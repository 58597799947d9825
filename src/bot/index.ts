import { Bot, Composer, type ApiClientOptions, type Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { features as defaultFeatures } from "../../commands/index.js";
import type { AppDeps } from "../app.js";
import type { BotContext } from "./context.js";
import type { Feature } from "./command-spec.js";
import { resolveActor } from "./actor.js";
import { commandGuard } from "./command-guard.js";
import { dedupeUpdates } from "./dedupe.js";
import { handleBotError } from "./error-boundary.js";
import { translator, DEFAULT_LOCALE } from "../i18n/translator.js";
import { todayExamples, withTodayExamples } from "../i18n/today-examples.js";
import { TELEGRAM_CAPABILITIES, type Capabilities } from "../chat/capabilities.js";
import type { ChatUi, FileLinks } from "../chat/ui.js";
import { TelegramUi } from "../platforms/telegram/ui.js";
import { telegramFileDownload, type FileDownload } from "../platforms/telegram/files.js";
import { choiceActions } from "./choice-actions.js";
import { dbSession } from "./session.js";
import { logUpdates } from "./update-logger.js";
import { fallback } from "./fallback.js";
import { dropEmptyKeyboardRows } from "../platforms/telegram/keyboard-hygiene.js";
import { retryNetworkErrors } from "./network-retry.js";
import { redactApiErrors } from "../platforms/telegram/redact-api-errors.js";
import { hideToken } from "../security/hide-token.js";
import { normalizeInput } from "./normalize-input.js";

export interface CreateBotOptions {
  /** Known bot identity: skips `getMe` (tests, and faster start-up). */
  botInfo?: UserFromGetMe;
  /** A Bot API server of the agency's own, or the fake one in tests. */
  apiRoot?: string;
  /** More grammY client options: the proxy's agent (src/platforms/telegram/proxy.ts). */
  client?: Omit<ApiClientOptions, "apiRoot">;
  /**
   * Retry failed API calls (429 and 5xx by auto-retry; network errors, a
   * bounded number of times, by retryNetworkErrors). Off in tests, where a
   * broken fake would be retried for a long time.
   */
  autoRetry?: { maxRetryAttempts: number; maxDelaySeconds: number } | false;
  /** API transformers installed first (tests record calls with one). */
  transformers?: Transformer[];
  features?: Feature[];
  /** What the platform offers; tests switch buttons off to prove every flow can be typed. */
  capabilities?: Capabilities;
  /** Download links for files, where documents cannot be sent. */
  fileLinks?: FileLinks;
  /** How a document a person sent is downloaded (tests serve it from the fake Bot API). */
  downloadFile?: FileDownload;
  /**
   * Builds `ctx.ui` for a platform other than Telegram (the Zalo channel,
   * src/platforms/zalo/bot.ts): the same middleware and features, another renderer.
   */
  ui?: (ctx: BotContext, caps: Capabilities, fileLinks?: FileLinks) => PlatformUi;
}

/** A `ctx.ui` the typed-choice dispatcher can tell that a choice was typed. */
export type PlatformUi = ChatUi & { chosenByTyping(messageId: number | undefined): void };

/** Retries stay short so an interactive answer (or a webhook reply) never hangs for long. */
export const DEFAULT_AUTO_RETRY = { maxRetryAttempts: 3, maxDelaySeconds: 5 };

/**
 * Assembles the bot. Free of side effects (no polling, no network, no timers)
 * so that tests build exactly what production runs.
 *
 * Order matters: input normalised (Unicode, command form) → context extras → update log → error boundary → per-chat
 * ordering → duplicate filter → who is this → texts → command guard →
 * anonymous feedback (before the session, so it leaves no trace there) →
 * session → features → fallback.
 */
export function createBot(token: string, deps: AppDeps, options: CreateBotOptions = {}): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    client: { ...options.client, ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}) },
  });
  // Innermost, so every layer above sees network errors with the token censored.
  bot.api.config.use(redactApiErrors);
  hideToken(bot);
  hideToken(bot.api);
  for (const t of options.transformers ?? []) bot.api.config.use(t);
  bot.api.config.use(dropEmptyKeyboardRows);
  const retry = options.autoRetry === undefined ? DEFAULT_AUTO_RETRY : options.autoRetry;
  if (retry) {
    // Network errors are ours (auto-retry would retry them without bound; see network-retry.ts).
    bot.api.config.use(retryNetworkErrors(deps.logger));
    bot.api.config.use(autoRetry({ ...retry, rethrowInternalServerErrors: false, rethrowHttpErrors: true }));
  }

  const features = options.features ?? defaultFeatures;
  const specs = features.flatMap((f) => f.commands);

  const anonymityChecks = features.flatMap((f) => (f.isAnonymous ? [f.isAnonymous] : []));
  const caps = options.capabilities ?? TELEGRAM_CAPABILITIES;
  const download = options.downloadFile ?? telegramFileDownload(token, options.apiRoot);
  const t = translator().forLocale(DEFAULT_LOCALE);
  bot.use(normalizeInput());
  bot.use((ctx, next) => {
    hideToken(ctx.api);
    ctx.app = deps;
    // Usage texts show examples built from today (src/i18n/today-examples.ts).
    // $buttons: texts that mention pressing a button say so only where there are buttons (docs/wording.md).
    ctx.t = withTodayExamples(t, () => ({ ...todayExamples(deps.clock.now(), deps.timezone), buttons: caps.buttons ? "yes" : "no" }));
    ctx.platform = caps.platform;
    const ui = options.ui ? options.ui(ctx, caps, options.fileLinks) : new TelegramUi(ctx, caps, options.fileLinks, download);
    ctx.ui = ui;
    ctx.typedChoice = (messageId) => ui.chosenByTyping(messageId);
    ctx.anonymous = anonymityChecks.some((isAnonymous) => isAnonymous(ctx));
    return next();
  });
  bot.use(logUpdates());
  const protectedBot = bot.errorBoundary(handleBotError);
  protectedBot.use(sequentialize(orderingConstraints));
  protectedBot.use(dedupeUpdates());
  protectedBot.use(resolveActor());
  protectedBot.use(commandGuard(specs));
  for (const f of features.filter((f) => f.beforeSession)) protectedBot.use(f.composer);
  const withSession = protectedBot.use(dbSession());
  // A second boundary inside the session: when a handler fails, the session
  // is still written back, so a flow that ended (or moved on) before the
  // failure does not leave the person stuck repeating the failing step.
  const sessionBoundary = withSession.errorBoundary(handleBotError);
  sessionBoundary.use(choiceActions.typedDispatcher());
  for (const f of features.filter((f) => !f.beforeSession)) sessionBoundary.use(f.composer);
  sessionBoundary.use(fallback);
  return bot;
}

/** Updates of one chat (and of one person) are handled in order; different chats run in parallel. */
function orderingConstraints(ctx: BotContext): string[] {
  const keys: string[] = [];
  if (ctx.chat) keys.push(`c${ctx.chat.id}`);
  if (ctx.from) keys.push(`u${ctx.from.id}`);
  return keys;
}

export { Composer };
