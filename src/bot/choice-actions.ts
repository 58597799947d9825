import type { Composer, MiddlewareFn } from "grammy";
import { matchTyped } from "../chat/typed-choices.js";
import { accessRefusal, type AccessRule } from "./access.js";
import type { BotContext } from "./context.js";
import { privateSession } from "./remembered-choices.js";

export type ChoiceContext = BotContext & { match: RegExpMatchArray };
export type ChoiceHandler = (ctx: ChoiceContext) => unknown;

export interface ChoiceRegistration {
  pattern: RegExp;
  handler: ChoiceHandler;
  /** Who may use the choice, and where: usually the spec of the command it belongs to. */
  access: AccessRule;
  /** False for a registration that did not say (it gets `UNDECLARED_ACCESS`; a test lists them). */
  declared: boolean;
}

/**
 * What a choice registered without an access rule gets: members of an agency,
 * in private or in their own bound group. Never "anyone": a forged callback
 * must not reach content by default.
 */
export const UNDECLARED_ACCESS: AccessRule = { command: "trogiup", audience: "member", chats: "both" };

/**
 * The actions of choices. One registration serves a pressed Telegram button
 * (its callback data) and a typed choice alike, so the two can never behave
 * differently: `onChoice(composer, /^bc:n:(\d+)$/, BAOCAO, handler)`. Both
 * pass the same access check (`accessRefusal`, the command guard's rule)
 * before the handler; services check again for their writes.
 */
export class ChoiceActions {
  private readonly list: ChoiceRegistration[] = [];

  on(composer: Composer<BotContext>, pattern: RegExp, access: AccessRule | undefined, handler: ChoiceHandler): void {
    const registration: ChoiceRegistration = { pattern, handler, access: access ?? UNDECLARED_ACCESS, declared: access !== undefined };
    composer.callbackQuery(pattern, (ctx) => this.run(ctx as ChoiceContext, registration));
    this.list.push(registration);
  }

  /** Every registration, in order (the authorisation matrix test walks them). */
  registrations(): readonly ChoiceRegistration[] {
    return this.list;
  }

  find(action: string): { registration: ChoiceRegistration; match: RegExpMatchArray } | undefined {
    for (const r of this.list) {
      const match = r.pattern.exec(action);
      if (match) return { registration: r, match };
    }
    return undefined;
  }

  /**
   * Middleware: a private text that matches one of the choices the bot just
   * offered runs that choice's action, as if its button had been pressed.
   * Anything else goes on to the flows and commands.
   */
  typedDispatcher(): MiddlewareFn<BotContext> {
    return async (ctx, next) => {
      const text = ctx.message?.text;
      const remembered = text ? privateSession(ctx)?.choices : undefined;
      const item = remembered && text ? matchTyped(remembered.items, text) : undefined;
      const found = item ? this.find(item.action) : undefined;
      if (!found) return next();
      ctx.match = found.match;
      ctx.typedChoice?.(remembered?.messageId);
      await this.run(ctx as ChoiceContext, found.registration);
    };
  }

  /** The one place a choice is authorised: refused with the guard's text, or handled. */
  private async run(ctx: ChoiceContext, registration: ChoiceRegistration): Promise<void> {
    // A button with no chat (no message under it) cannot be ours: there is nowhere to answer.
    if (!ctx.chat) return void (await ctx.ui.ack(ctx.t("stale-button"), { alert: true }));
    const refusal = await accessRefusal(ctx, registration.access);
    if (refusal) return void (await ctx.ui.ack(refusal.text, { alert: true }));
    await registration.handler(ctx);
  }
}

/** The registry every feature registers its choices in. */
export const choiceActions = new ChoiceActions();

/** Registers a choice with who may use it: a command's spec (inherits its audience and chats) or its own rule. */
export function onChoice(composer: Composer<BotContext>, pattern: RegExp, access: AccessRule, handler: ChoiceHandler): void;
/** @deprecated Say who may use the choice: `onChoice(composer, pattern, SPEC, handler)`. Without it, members only. */
export function onChoice(composer: Composer<BotContext>, pattern: RegExp, handler: ChoiceHandler): void;
export function onChoice(
  composer: Composer<BotContext>,
  pattern: RegExp,
  accessOrHandler: AccessRule | ChoiceHandler,
  handler?: ChoiceHandler,
): void {
  if (typeof accessOrHandler === "function") choiceActions.on(composer, pattern, undefined, accessOrHandler);
  else choiceActions.on(composer, pattern, accessOrHandler, handler!);
}
