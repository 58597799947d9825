import { enqueueGroupPost, hasGroupDestination } from "../../messaging/group-posts.js";
import type { AppDeps } from "../../app.js";
import type { Tx } from "../../db/client.js";
import type { Agency } from "../../generated/prisma/client.js";
import { translate } from "../../i18n/translator.js";
import type { Occurrence, RunResult, ScheduledJob } from "../job.js";
import { weeklySlots, weeklyStillUseful, type WeeklyData } from "./digest-schedule.js";
import { enqueueSummary } from "./summary-messages.js";
import { addDays, showDay } from "../../time/local-day.js";
import { atLocal } from "../../time/local-time.js";

/**
 * The weekly digest in the committee group (default Monday 08:00): reported
 * last week (Mon–Sun), due this week, overdue, open obstacles, progress by
 * section — text and a bar chart.
 */
export const weeklyDigestJob: ScheduledJob = {
  kind: "weekly-digest",

  occurrences(deps: AppDeps, agency: Agency, from: Date, to: Date): Promise<Occurrence[]> {
    return weeklySlots(deps, agency, "weekly-digest", from, to);
  },

  stillUseful: weeklyStillUseful,

  async run(tx: Tx, deps: AppDeps, agency: Agency, occ: Occurrence): Promise<void | RunResult> {
    if (!(await hasGroupDestination(tx, agency.id))) return { skipped: "no group bound" };
    const settings = await deps.services.settings.get(agency.id, tx);
    if (!deps.services.settings.isEnabled(settings, "tonghop")) return { skipped: "weekly digest switched off" };
    const { monday } = occ.data as unknown as WeeklyData;
    const tz = deps.timezone;
    const lastSunday = addDays(monday, -1);
    const summary = await deps.services.summaries.summarize(
      agency.id,
      {
        from: atLocal(addDays(monday, -7), "00:00", tz),
        to: atLocal(monday, "00:00", tz),
        dueUntil: atLocal(addDays(monday, 7), "00:00", tz),
        planYear: Number(lastSunday.slice(0, 4)),
      },
      tx,
    );
    await enqueueSummary(tx, deps, agency, occ.key, summary, {
      title: translate("digest-weekly-title", { from: showDay(addDays(monday, -7)), to: showDay(lastSunday) }),
      chartTitle: translate("digest-chart-title", { year: lastSunday.slice(0, 4) }),
      withDueSoon: true,
    });
  },
};
