import { choosableForms, type TypedChoice } from "../chat/typed-choices.js";
import type { BotContext } from "./context.js";

/**
 * The private session of this update, if there is one. Groups have none, and
 * the anonymous feedback flow runs before the session on purpose
 * (docs/anonymity.md): then nothing is remembered.
 */
export function privateSession(ctx: BotContext): BotContext["session"] | undefined {
  if (ctx.chat?.type !== "private" || ctx.anonymous) return undefined;
  try {
    return ctx.session ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Remembers what the bot just offered. The first message of an update replaces
 * what was remembered; later messages of the same update add to it. A message
 * with no choices forgets the old ones, so a free answer (a result typed after
 * a percent was chosen) is never taken for an old choice.
 *
 * Only what a later update can use is kept, so that a reply offering nothing
 * new leaves the session as it was and costs no write (issue 15): choices that
 * typing can choose, with their typable forms (a page choice whose only form is
 * "/tiendo 2" is reached by that command, never through the session), and the
 * message id only where the platform takes its buttons off (`messageId`
 * undefined otherwise: see the platforms' `remember`).
 */
export function rememberChoices(ctx: BotContext, typed: readonly TypedChoice[], messageId: number | undefined, first: boolean): void {
  const session = privateSession(ctx);
  if (!session) return;
  const items = typed.flatMap((c) => {
    const forms = choosableForms(c.forms);
    return c.action && forms.length ? [{ action: c.action, forms }] : [];
  });
  if (first) {
    if (!items.length) {
      if (session.choices) session.choices = undefined;
      return;
    }
    session.choices = { ...(messageId ? { messageId } : {}), items };
    return;
  }
  if (!items.length) return;
  session.choices = { ...(messageId ? { messageId } : {}), items: [...(session.choices?.items ?? []), ...items] };
}
