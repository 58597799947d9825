import type { MiddlewareFn } from "grammy";
import type { BotContext } from "./context.js";

/**
 * One structured line per update, written after it was handled: its kind, the
 * command name (never the text), chat type and duration. Anonymous-feedback
 * updates are skipped whole (docs/anonymity.md). No update id either: ids are
 * consecutive, so the gaps left by skipped updates would date each anonymous
 * interaction between its logged neighbours.
 */
export function logUpdates(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      if (!ctx.anonymous) {
        const command = ctx.entities?.("bot_command")[0]?.text;
        ctx.app.logger.info(
          {
            kind: Object.keys(ctx.update).find((k) => k !== "update_id"),
            chat_type: ctx.chat?.type,
            user: ctx.from?.id,
            command,
            ms: Math.round(performance.now() - started),
          },
          "update",
        );
      }
    }
  };
}
