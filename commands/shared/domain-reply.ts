import type { BotContext } from "../../src/bot/context.js";
import { DomainError } from "../../src/services/errors.js";

/**
 * Runs a service call inside a flow and answers a broken rule here instead of
 * rethrowing: grammY does not save the session when a handler throws, so the
 * flow's own change (ended, or sent back a step) would be lost and the person
 * stuck repeating the same answer. Returns the error's code, or undefined on success.
 */
export async function replyOnDomainError(ctx: BotContext, fn: () => Promise<void>): Promise<string | undefined> {
  try {
    await fn();
    return undefined;
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    const key = `err-${e.code}`;
    const text = ctx.t(key, e.params);
    await ctx.ui.say(text === key ? ctx.t("error-generic") : text);
    return e.code;
  }
}
