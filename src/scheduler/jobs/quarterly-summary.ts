import { enqueueGroupPost, hasGroupDestination } from "../../messaging/group-posts.js";
import type { AppDeps } from "../../app.js";
import type { Tx } from "../../db/client.js";
import type { Agency } from "../../generated/prisma/client.js";
import { translate } from "../../i18n/translator.js";
import type { Occurrence, RunResult, ScheduledJob } from "../job.js";
import { calendarAround, DAY_MS } from "./common.js";
import { enqueueSummary } from "./summary-messages.js";
import { addDays, localDay, showDay } from "../../time/local-day.js";
import { atLocal } from "../../time/local-time.js";

interface QuarterData {
  year: number;
  quarter: number;
}

/** The first day of quarter q (1–4) of a year, "yyyy-MM-01". */
function quarterStart(year: number, q: number): string {
  return `${year}-${String(3 * (q - 1) + 1).padStart(2, "0")}-01`;
}

/**
 * After a quarter ends, a summary of it in the group: on the first working
 * day of the next quarter at the digest time.
 */
export const quarterlySummaryJob: ScheduledJob = {
  kind: "quarterly-summary",

  async occurrences(deps: AppDeps, agency: Agency, from: Date, to: Date): Promise<Occurrence[]> {
    const tz = deps.timezone;
    const settings = await deps.services.settings.get(agency.id);
    const cal = await calendarAround(deps, deps.db, agency.id, from, to);
    const out: Occurrence[] = [];
    const lastDay = localDay(to, tz);
    // Quarters that ended within the window (plus a margin for a start moved by Tết/New Year).
    for (let y = Number(localDay(from, tz).slice(0, 4)) - 1; y <= Number(lastDay.slice(0, 4)); y++) {
      for (let q = 1; q <= 4; q++) {
        const next = q === 4 ? quarterStart(y + 1, 1) : quarterStart(y, q + 1);
        const dueAt = atLocal(cal.onOrAfter(next), settings.digestTime, tz);
        if (dueAt < from || dueAt > to) continue;
        out.push({ key: `quarterly-summary:agency=${agency.id}:${y}-Q${q}`, dueAt, data: { year: y, quarter: q } satisfies QuarterData as unknown as Record<string, unknown> });
      }
    }
    return out;
  },

  /** Still worth posting in the first week of the new quarter. */
  stillUseful(occ: Occurrence, now: Date): boolean {
    return now.getTime() - occ.dueAt.getTime() < 7 * DAY_MS;
  },

  async run(tx: Tx, deps: AppDeps, agency: Agency, occ: Occurrence): Promise<void | RunResult> {
    if (!(await hasGroupDestination(tx, agency.id))) return { skipped: "no group bound" };
    const settings = await deps.services.settings.get(agency.id, tx);
    if (!deps.services.settings.isEnabled(settings, "tonghopquy")) return { skipped: "quarterly summary switched off" };
    const { year, quarter } = occ.data as unknown as QuarterData;
    const tz = deps.timezone;
    const start = quarterStart(year, quarter);
    const end = quarter === 4 ? quarterStart(year + 1, 1) : quarterStart(year, quarter + 1);
    const to = atLocal(end, "00:00", tz);
    const summary = await deps.services.summaries.summarize(
      agency.id,
      { from: atLocal(start, "00:00", tz), to, dueUntil: to, planYear: year },
      tx,
    );
    const roman = ["I", "II", "III", "IV"][quarter - 1]!;
    await enqueueSummary(tx, deps, agency, occ.key, summary, {
      title: translate("digest-quarterly-title", { quarter: roman, year: String(year), from: showDay(start), to: showDay(addDays(end, -1)) }),
      chartTitle: translate("digest-chart-quarter-title", { quarter: roman, year: String(year) }),
      withDueSoon: false,
    });
  },
};
