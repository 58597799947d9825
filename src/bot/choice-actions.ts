import type { Composer, MiddlewareFn } from "grammy";
import { matchTyped } from "../chat/typed-choices.js";
import type { BotContext } from "./context.js";
import { privateSession } from "./remembered-choices.js";

export type ChoiceContext = BotContext & { match: RegExpMatchArray };
export type ChoiceHandler = (ctx: ChoiceContext) => unknown;

interface Registration {
  pattern: RegExp;
  handler: ChoiceHandler;
}

/**
 * The actions of choices. One registration serves a pressed Telegram button
 * (its callback data) and a typed choice alike, so the two can never behave
 * differently: `onChoice(composer, /^bc:n:(\d+)$/, handler)`.
 */
export class ChoiceActions {
  private readonly registrations: Registration[] = [];

  on(composer: Composer<BotContext>, pattern: RegExp, handler: ChoiceHandler): void {
    composer.callbackQuery(pattern, (ctx) => handler(ctx as ChoiceContext));
    this.registrations.push({ pattern, handler });
  }

  find(action: string): { handler: ChoiceHandler; match: RegExpMatchArray } | undefined {
    for (const r of this.registrations) {
      const match = r.pattern.exec(action);
      if (match) return { handler: r.handler, match };
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
      await found.handler(ctx as ChoiceContext);
    };
  }
}

/** The registry every feature registers its choices in. */
export const choiceActions = new ChoiceActions();

export function onChoice(composer: Composer<BotContext>, pattern: RegExp, handler: ChoiceHandler): void {
  choiceActions.on(composer, pattern, handler);
}
