import type { BotContext } from "../../src/bot/context.js";
import { platformUser } from "../../src/bot/platform.js";
import { platformName, sayErasable } from "./gopy-erase.js";
import { showDay } from "../../src/time/local-day.js";

/**
 * `/theodoi <mã>`: the status and the committee's replies of one feedback,
 * for whoever holds its receipt code. Part of the anonymous flow (gopy.ts):
 * runs before the session and leaves nothing behind.
 */
export async function follow(ctx: BotContext): Promise<void> {
  const code = argsAfterCommand(ctx);
  if (!code) return void (await ctx.ui.say(ctx.t("theodoi-usage")));
  // The code in the chat would tie this person to the feedback for anyone
  // holding the bot token (forwardMessage): it is erased before anything else.
  const erased = await ctx.ui.deleteMessages([ctx.msg!.message_id]);
  const view = await ctx.app.services.feedback.follow(platformUser(ctx)!, code);
  const lines = [
    ctx.t("theodoi-view", {
      number: view.number,
      category: ctx.t(`gopy-cat-${view.category}`),
      date: showDay(view.day),
      status: ctx.t(`gopy-status-${view.status}`),
    }),
  ];
  if (view.replies.length === 0) lines.push(ctx.t("theodoi-no-replies"));
  else {
    lines.push(ctx.t("theodoi-replies"));
    for (const r of view.replies) lines.push(ctx.t("theodoi-reply-line", { date: showDay(r.day), text: r.text }));
  }
  // Said only when it is true: where the platform cannot delete, the person is asked to.
  lines.push("", ctx.t(erased ? "theodoi-erased" : "theodoi-not-erased", { platform: platformName(ctx) }));
  await sayErasable(ctx, lines.join("\n"), "gopy-btn-delete-view");
}

/** The text after the leading command (this composer is not `composer.command`, so there is no `ctx.match`). */
function argsAfterCommand(ctx: BotContext): string {
  const text = ctx.msg?.text ?? "";
  const entity = ctx.msg?.entities?.[0];
  return entity?.type === "bot_command" && entity.offset === 0 ? text.slice(entity.length).trim() : "";
}

