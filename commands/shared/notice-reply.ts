import type { BotContext } from "../../src/bot/context.js";
import type { NoticeRecipient } from "../../src/services/task-notices.js";

/**
 * The lines added to a command's reply when the change queued private notices
 * (docs/tasks.md, "Notifications"): whom the bot will write to, and whom it
 * already knows it cannot reach (`Member.unreachableAt`), so that the person
 * making the change can tell them directly. Delivery failures that happen
 * later are the sender's job: it marks the member unreachable and tells the
 * secretary once.
 */
export function noticeLines(ctx: BotContext, notified: readonly NoticeRecipient[]): string[] {
  if (!notified.length) return [];
  const lines = [ctx.t("notices-queued", { names: notified.map((m) => m.fullName).join(", ") })];
  const unreachable = notified.filter((m) => m.unreachableAt !== null);
  if (unreachable.length) lines.push(ctx.t("notices-unreachable", { names: unreachable.map((m) => m.fullName).join(", ") }));
  return lines;
}
