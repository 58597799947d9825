import type { MiddlewareFn } from "grammy";
import { actorMayUse } from "./audience.js";
import type { CommandSpec } from "./command-spec.js";
import type { BotContext } from "./context.js";
import { isGroup, isPrivate, platformChat } from "./platform.js";

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
    if (spec.chats === "private" && !isPrivate(ctx)) {
      const link = ctx.ui.privateChatLink();
      await ctx.ui.say(ctx.t("guard-private-only", { command: name }), {
        ...(link ? { choices: [[{ label: ctx.t("guard-open-private"), url: link }]] } : {}),
      });
      return;
    }
    if (spec.chats === "group" && !isGroup(ctx)) {
      await ctx.ui.say(ctx.t("guard-group-only", { command: name }));
      return;
    }
    if (!actorMayUse(ctx.actor, spec.audience)) {
      await ctx.ui.say(refusal(ctx, spec));
      return;
    }
    if (isGroup(ctx) && spec.audience !== "anyone" && spec.needsBoundGroup !== false) {
      const agency = await ctx.app.services.groups.findAgencyByGroup(platformChat(ctx)!);
      if (!agency) {
        await ctx.ui.say(ctx.t("guard-group-unbound"));
        return;
      }
      if (agency.id !== ctx.actor.member?.agencyId) {
        await ctx.ui.say(ctx.t("guard-other-agency"));
        return;
      }
    }
    return next();
  };
}

function refusal(ctx: BotContext, spec: CommandSpec): string {
  if (spec.audience === "admin") return ctx.t("guard-admin-only");
  if (!ctx.actor.member) return ctx.t("guard-not-member");
  return ctx.t(`guard-need-${spec.audience}`, { command: spec.command });
}
