import type { Context, SessionFlavor } from "grammy";
import type { AppDeps } from "../app.js";
import type { ChatUi } from "../chat/ui.js";
import type { PlatformName } from "../chat/capabilities.js";
import type { Translate } from "../i18n/translator.js";
import type { MemberWithIdentities } from "../services/identities.js";
import type { RememberedChoices } from "../chat/typed-choices.js";

/**
 * A multi-step dialogue in a private chat ("flow"), kept in the session so it
 * survives a restart. Only JSON values; `step` names where the user is, so a
 * button from an older message can be recognised as stale.
 */
export interface FlowState {
  name: string;
  step: string;
  data: Record<string, unknown>;
  startedAt: string;
}

export interface SessionData {
  flow?: FlowState;
  /** What the bot offered last, so typing can choose it (`remembered-choices.ts`). */
  choices?: RememberedChoices;
}

/** Who is talking to the bot, resolved once per update by the auth middleware. */
export interface Actor {
  /** The active membership, if the person belongs to an agency. */
  member: MemberWithIdentities | null;
  /** Listed in BOT_ADMIN_IDS: may found an agency. */
  isAdmin: boolean;
}

interface AppFlavor {
  app: AppDeps;
  /** The platform the update came from ("telegram", "zalo"): keys sessions, members and the duplicate filter. */
  platform: PlatformName;
  actor: Actor;
  /**
   * Set by the anonymous-feedback feature before it handles an update: the
   * update logger and the error boundary then record nothing about it.
   */
  anonymous: boolean;
  /** Every text a person reads (`src/locales`). */
  t: Translate;
  /** How a command answers, on any platform (`src/chat/ui.ts`). */
  ui: ChatUi;
  /** Told by the typed-choice dispatcher that this update is a typed choice (on the message `messageId`). */
  typedChoice?: (messageId: number | undefined) => void;
}

export type BotContext = Context & SessionFlavor<SessionData> & AppFlavor;
