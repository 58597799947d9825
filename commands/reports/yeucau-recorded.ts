import type { BotContext } from "../../src/bot/context.js";
import { formatDate } from "../../src/format/date.js";
import type { RecordedRequest, RequestChange } from "../../src/services/report-request-changes.js";
import { requestLine } from "./request-line.js";

/**
 * The answer to recording a request: a new one is shown whole; an update of
 * the same report lists what changed; a change that would discard what a
 * document set is shown and waits for `/yeucau thaythe …` (docs/reports.md).
 */
export async function replyRecorded(ctx: BotContext, recorded: RecordedRequest, command: string): Promise<void> {
  const r = recorded.request;
  const recipients = ctx.t("yeucau-recipients", { list: (JSON.parse(r.recipients) as string[]).map((x) => `- ${x}`).join("\n") });
  const changes = recorded.changes.map((c) => changeLine(ctx, c));
  switch (recorded.outcome) {
    case "created":
      return void (await ctx.ui.say([ctx.t("yeucau-done"), requestLine(ctx, r), recipients, ctx.t("yeucau-next", { id: String(r.id) })].join("\n")));
    case "unchanged":
      return void (await ctx.ui.say([ctx.t("yeucau-unchanged", { id: String(r.id) }), requestLine(ctx, r)].join("\n")));
    case "updated":
      return void (await ctx.ui.say([ctx.t("yeucau-updated", { id: String(r.id) }), ...changes, requestLine(ctx, r), ctx.t("yeucau-next", { id: String(r.id) })].join("\n")));
    case "needs-confirmation":
      return void (await ctx.ui.say([ctx.t("yeucau-confirm-replace", { id: String(r.id) }), ...changes, ctx.t("yeucau-confirm-how", { command: `/yeucau thaythe ${command}` })].join("\n")));
  }
}

function changeLine(ctx: BotContext, c: RequestChange): string {
  const day = (d: Date) => formatDate(d, ctx.app.timezone);
  const show = (v: RequestChange["from"]): string =>
    v === null ? ctx.t("yeucau-change-none")
    : v instanceof Date ? day(v)
    : Array.isArray(v) ? v.join("; ")
    : typeof v === "string" ? v
    : `${day(v.from)}–${day(v.to)}`;
  return ctx.t(`yeucau-change-${c.field}`, { from: show(c.from), to: show(c.to) });
}
