import type { AppDeps } from "../../app.js";
import type { Agency } from "../../generated/prisma/client.js";
import { purgeExpiredLinks } from "../../files/links.js";
import type { Occurrence, ScheduledJob } from "../job.js";
import { addDays, localDay } from "../../time/local-day.js";
import { atLocal } from "../../time/local-time.js";
import { DAY_MS } from "./common.js";

/** Local time of the daily purge: after the nightly backup's default 02:30, in the quietest hour. */
export const PURGE_AT = "03:15";

/**
 * Deletes expired download links (docs/files.md) once a day. An expired link
 * already answers 404; the purge only frees the space its bytes take.
 * Once per day across restarts and instances: the key is the day, not the
 * agency, and only the agency with the lowest id answers (as the nightly backup).
 */
export const downloadLinkPurgeJob: ScheduledJob = {
  kind: "download-link-purge",

  async occurrences(deps: AppDeps, agency: Agency, from: Date, to: Date): Promise<Occurrence[]> {
    const first = await deps.db.agency.findFirst({ orderBy: { id: "asc" }, select: { id: true } });
    if (first?.id !== agency.id) return [];
    // Only the latest day in range: after an outage one purge covers every day missed.
    let day = localDay(to, deps.timezone);
    if (atLocal(day, PURGE_AT, deps.timezone) > to) day = addDays(day, -1);
    const dueAt = atLocal(day, PURGE_AT, deps.timezone);
    return dueAt >= from ? [{ key: `download-link-purge:${day}`, dueAt }] : [];
  },

  stillUseful(occ: Occurrence, now: Date): boolean {
    return now.getTime() - occ.dueAt.getTime() < DAY_MS;
  },

  async run(tx, deps): Promise<void> {
    const removed = await purgeExpiredLinks(tx, deps.clock.now());
    if (removed) deps.logger.info({ removed }, "expired download links purged");
  },
};
