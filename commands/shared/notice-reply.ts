import type { BotContext } from "../../src/bot/context.js";
import { formatDateTime } from "../../src/format/date.js";
import type { NoticeRecipient } from "../../src/services/task-notices.js";

/**
 * The lines added to a command's reply when the change queued private notices
 * (docs/tasks.md, "Notifications"): whom the bot will write to, and whom it
 * already knows it cannot reach (`Member.unreachableAt`), so that the person
 * making the change can tell them directly. Delivery failures that happen
 * later are the sender's job: it marks the member unreachable and tells the
 * secretary once.
 */
export async function noticeLines(ctx: BotContext, notified: readonly NoticeRecipient[]): Promise<string[]> {
  if (!notified.length) return [];
  const names = notified.map((m) => m.fullName).join(", ");
  // At night the notices wait for the end of the agency's quiet hours: say when they will go.
  const agencyId = ctx.actor.member?.agencyId;
  const heldUntil = agencyId === undefined ? null : await ctx.app.services.settings.quietHoldUntil(agencyId, ctx.app.clock.now());
  const lines = [
    heldUntil
      ? ctx.t("notices-queued-held", { names, time: formatDateTime(heldUntil, ctx.app.timezone) })
      : ctx.t("notices-queued", { names }),
  ];
  const unreachable = notified.filter((m) => m.unreachableAt !== null);
  if (unreachable.length) lines.push(ctx.t("notices-unreachable", { names: unreachable.map((m) => m.fullName).join(", ") }));
  return lines;
}
