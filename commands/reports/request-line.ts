import type { BotContext } from "../../src/bot/context.js";
import { formatDate } from "../../src/format/date.js";
import type { ReportRequest } from "../../src/generated/prisma/client.js";

/** One report request as a line of the lists (`/yeucau`, `/baocaoky`) and of the answers to recording one. */
export function requestLine(ctx: BotContext, r: ReportRequest & { _count?: { versions: number } }): string {
  const tz = ctx.app.timezone;
  return ctx.t("yeucau-line", {
    id: String(r.id),
    kind: ctx.t(`report-kind-${r.kind}`),
    // Only thematic reports have a topic; keep the line free of a double space otherwise.
    topic: r.topic ? ` ${r.topic}` : "",
    from: formatDate(r.periodFrom, tz),
    to: formatDate(r.periodTo, tz),
    deadline: formatDate(r.deadline, tz),
    versions: String(r._count?.versions ?? 0),
  });
}
