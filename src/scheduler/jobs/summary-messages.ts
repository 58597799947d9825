import type { AppDeps } from "../../app.js";
import type { Tx } from "../../db/client.js";
import type { Agency } from "../../generated/prisma/client.js";
import { enqueueMessage } from "../../messaging/outbox.js";
import type { Summary } from "../../services/summaries.js";
import { chartBars, summaryText } from "./digest-text.js";

/**
 * Queues a summary for the group: the text (one or more messages) and then
 * the progress chart as a photo. The PNG bytes go into the row (base64, see
 * platforms/telegram/transport.ts), so the picture commits with the JobRun.
 */
export async function enqueueSummary(
  tx: Tx,
  deps: AppDeps,
  agency: Agency,
  key: string,
  summary: Summary,
  opts: { title: string; chartTitle: string; withDueSoon: boolean },
): Promise<void> {
  const now = deps.clock.now();
  const target = { agencyId: agency.id, platform: agency.groupPlatform ?? "telegram", chatId: agency.groupChatId!, chatKind: "group" as const };
  const chunks = summaryText(summary, { title: opts.title, tz: deps.timezone, withDueSoon: opts.withDueSoon });
  for (const [i, text] of chunks.entries()) await enqueueMessage(tx, { ...target, text, dedupeKey: `${key}:text:${i}` }, now);
  const bars = chartBars(summary);
  if (!bars.length) return;
  // Loaded on first use: resvg takes about a second to import, which
  // would otherwise count against the bot's start-up time.
  const { renderProgressChart } = await import("../../charts/progress-chart.js");
  const png = await renderProgressChart(bars, { title: opts.chartTitle, asOf: now, timezone: deps.timezone, tasks: summary.sections.reduce((n, s) => n + s.tasks, 0) });
  await enqueueMessage(
    tx,
    { ...target, kind: "photo", text: opts.chartTitle, payload: { photoBase64: png.toString("base64"), fileName: "tien-do.png" }, dedupeKey: `${key}:chart` },
    now,
  );
}
