import type { InlineKeyboard } from "grammy";
import type { BotContext } from "../src/bot/context.js";
import { TELEGRAM } from "../src/bot/platform.js";

/**
 * Sends a private notice to a member right after the change was committed.
 *
 * Why directly and not through the outbox: the paced outbox sender is being
 * built in parallel (issue of the messaging engineer); until it runs, queued
 * rows would never leave. A notice is one message per assignee, sent while
 * the assigner waits, so pacing is not an issue here. Best effort: a 403 means
 * the member never opened a private chat with the bot — the caller tells the
 * assigner whom to inform by hand. See docs/tasks.md ("Notifications").
 */
export async function tellMember(
  ctx: BotContext,
  member: { id: number; platform: string; platformUserId: string },
  text: string,
  keyboard?: InlineKeyboard,
): Promise<boolean> {
  if (member.platform !== TELEGRAM) return false;
  try {
    await ctx.api.sendMessage(member.platformUserId, text, keyboard ? { reply_markup: keyboard } : {});
    return true;
  } catch (error) {
    ctx.app.logger.warn({ memberId: member.id, error: error instanceof Error ? error.message : String(error) }, "private notice not delivered");
    return false;
  }
}
