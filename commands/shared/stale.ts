import type { BotContext } from "../../src/bot/context.js";

/**
 * The one answer to a choice that no longer applies: a button of an older
 * message, a flow that moved on or ended, a choice meant for someone else.
 */
export async function refuseStale(ctx: BotContext): Promise<void> {
  await ctx.ui.ack(ctx.t("stale-button"), { alert: true });
}
