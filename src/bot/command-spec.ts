import type { Composer } from "grammy";
import type { BotContext } from "./context.js";

/**
 * Who may use a command or choice. Checked in one place (`accessRefusal`, for the
 * command guard, the choice guard and /trogiup); services check
 * again for the writes they make, so a forged button cannot bypass it.
 */
export type Audience =
  /** any Telegram user, even one who has not joined */
  | "anyone"
  /** listed in BOT_ADMIN_IDS */
  | "admin"
  /** any active member of an agency, staff included */
  | "member"
  /** the steering committee: head, deputy, member, secretary */
  | "committee"
  /** head, deputy, secretary: handle feedback and obstacles */
  | "leaders"
  /** head and secretary: roster, invitations, plan, assignments */
  | "managers";

export type ChatScope = "private" | "group" | "both";

/** Headings of /trogiup, in display order. */
export const HELP_GROUPS = ["general", "work", "feedback", "manage", "admin"] as const;
export type HelpGroup = (typeof HELP_GROUPS)[number];

export interface CommandSpec {
  /** without the slash, a-z0-9_ only (Telegram's rule) */
  command: string;
  audience: Audience;
  chats: ChatScope;
  help: HelpGroup;
  /**
   * In a group, whether the group must already be bound to the actor's agency.
   * Only `/ketnoi` (which does the binding) and help commands say false.
   */
  needsBoundGroup?: boolean;
  /** Shown in Telegram's "/" menu; rarely used commands can stay out of it. */
  menu?: boolean;
}

/** One feature of the bot: its commands (for the guard, help and menu) and its handlers. */
export interface Feature {
  name: string;
  commands: CommandSpec[];
  composer: Composer<BotContext>;
  /**
   * Runs before the session middleware. Only for the anonymous feedback
   * feature, whose updates must leave no trace in session storage.
   */
  beforeSession?: boolean;
  /**
   * Says whether an update belongs to this feature's anonymous flow. Asked
   * first thing for every update, so that logging, the error boundary, the
   * duplicate filter and the command guard all treat it as anonymous
   * (docs/anonymity.md), even when the feature itself is never reached.
   */
  isAnonymous?: (ctx: BotContext) => boolean;
}
