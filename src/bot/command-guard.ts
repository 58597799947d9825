import type { MiddlewareFn } from "grammy";
import { accessRefusal, sayRefusal } from "./access.js";
import type { CommandSpec } from "./command-spec.js";
import type { BotContext } from "./context.js";
import { isPrivate } from "./platform.js";

/** The command at the start of a message, lower-cased, without `@botname`; undefined if it is addressed to another bot. */
export function leadingCommand(ctx: BotContext): string | undefined {
  const text = ctx.msg?.text ?? ctx.msg?.caption;
  const entity = (ctx.msg?.entities ?? ctx.msg?.caption_entities)?.[0];
  if (!text || !entity || entity.type !== "bot_command" || entity.offset !== 0) return undefined;
  const [name, target] = text.slice(1, entity.length).split("@");
  if (target && target.toLowerCase() !== ctx.me.username.toLowerCase()) return undefined;
  return name?.toLowerCase();
}

/**
 * The one authorization middleware: every command declares its audience and
 * chat type in its `CommandSpec`; anything else is answered here with a short
 * explanation and never reaches a handler.
 */
export function commandGuard(specs: readonly CommandSpec[]): MiddlewareFn<BotContext> {
  const byName = new Map(specs.map((s) => [s.command, s]));
  return async (ctx, next) => {
    const name = leadingCommand(ctx);
    if (name === undefined) return next();
    const spec = byName.get(name);
    if (!spec) {
      // In a group other bots' commands are none of our business.
      if (isPrivate(ctx)) await ctx.ui.say(ctx.t("guard-unknown-command", { command: name }));
      return;
    }
    const refusal = await accessRefusal(ctx, spec);
    if (refusal) return sayRefusal(ctx, refusal);
    return next();
  };
}
