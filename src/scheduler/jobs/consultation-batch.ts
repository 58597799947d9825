import type { AppDeps } from "../../app.js";
import type { Tx } from "../../db/client.js";
import type { Agency } from "../../generated/prisma/client.js";
import { ConsultationStatus } from "../../generated/prisma/enums.js";
import { deliverPending, sendBatch } from "../../services/consultation-delivery.js";
import type { Occurrence, RunResult, ScheduledJob } from "../job.js";
import { daysBetween } from "../../time/local-day.js";
import { atLocal } from "../../time/local-time.js";
import { localDay } from "../../time/local-day.js";
import { DEFAULT_FEEDBACK_TIMES } from "./feedback-batch.js";

/**
 * Answers to consultations reach the drafting side only in batches, at the
 * agency's feedback times (default 08:00 and 16:00): named and anonymous
 * answers together, comments numbered in a random order
 * (src/services/consultation-delivery.ts), so the moment an anonymous answer
 * arrives never points at whoever was just answering (docs/consultations.md).
 * The first batch after a deadline also closes the consultation.
 */
export const consultationBatchJob: ScheduledJob = {
  kind: "consultation-batch",

  async occurrences(deps: AppDeps, agency: Agency, from: Date, to: Date): Promise<Occurrence[]> {
    const open = await deps.db.consultation.count({ where: { agencyId: agency.id, status: ConsultationStatus.OPEN } });
    if (!open) return [];
    const times = await batchTimes(deps, agency.id);
    const out: Occurrence[] = [];
    for (const day of daysBetween(localDay(from, deps.timezone), localDay(to, deps.timezone))) {
      for (const time of times) {
        const dueAt = atLocal(day, time, deps.timezone);
        if (dueAt < from || dueAt > to) continue;
        out.push({ key: `consultation-batch:agency=${agency.id}:${day}T${time}`, dueAt });
      }
    }
    return out;
  },

  /** A late batch is still a batch: whatever waited is delivered at the next run. */
  stillUseful(): boolean {
    return true;
  },

  async run(tx: Tx, deps: AppDeps, agency: Agency, occ: Occurrence): Promise<void | RunResult> {
    const now = deps.clock.now();
    const open = await tx.consultation.findMany({ where: { agencyId: agency.id, status: ConsultationStatus.OPEN }, orderBy: { number: "asc" } });
    if (!open.length) return { skipped: "no open consultation" };
    for (const c of open) {
      const key = `${occ.key}:c=${c.id}`;
      if (c.deadline < now) {
        await deps.services.consultations.closeIn(tx, c, null, key, now);
        continue;
      }
      const delivered = await deliverPending(tx, c);
      if (!delivered.length) continue;
      const fresh = await tx.consultation.findUniqueOrThrow({ where: { id: c.id } });
      await sendBatch(tx, fresh, delivered, false, key, now);
    }
  },
};

export async function batchTimes(deps: AppDeps, agencyId: number): Promise<string[]> {
  const { feedbackTimes } = await deps.services.settings.get(agencyId);
  const times = feedbackTimes.map((t) => t.trim()).filter((t) => /^([01]\d|2[0-3]):[0-5]\d$/.test(t));
  return times.length ? [...new Set(times)].sort() : DEFAULT_FEEDBACK_TIMES;
}
