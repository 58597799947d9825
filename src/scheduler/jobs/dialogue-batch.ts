import type { AppDeps } from "../../app.js";
import type { Tx } from "../../db/client.js";
import type { Agency } from "../../generated/prisma/client.js";
import { DialogueStatus } from "../../generated/prisma/enums.js";
import { deliverQuestions, sendQuestionBatch } from "../../services/dialogue-delivery.js";
import type { Occurrence, RunResult, ScheduledJob } from "../job.js";
import { daysBetween, localDay } from "../../time/local-day.js";
import { atLocal } from "../../time/local-time.js";
import { batchTimes } from "./consultation-batch.js";

/**
 * Questions to a dialogue reach its organisers only in batches (docs/dialogue.md):
 * at the agency's feedback times (default 08:00 and 16:00) and at the start of
 * each open dialogue, so that everything sent ahead is on the table when it
 * begins. Named and anonymous questions together, numbered in a random order
 * (src/services/dialogue-delivery.ts), so the moment an anonymous question
 * arrives never points at whoever was just seen typing. Questions asked during
 * the dialogue go out with the closing (`/doithoai_dong`).
 */
export const dialogueBatchJob: ScheduledJob = {
  kind: "dialogue-batch",

  async occurrences(deps: AppDeps, agency: Agency, from: Date, to: Date): Promise<Occurrence[]> {
    const open = await deps.db.dialogue.findMany({ where: { agencyId: agency.id, status: DialogueStatus.OPEN }, select: { id: true, startsAt: true } });
    if (!open.length) return [];
    const out: Occurrence[] = [];
    for (const day of daysBetween(localDay(from, deps.timezone), localDay(to, deps.timezone))) {
      for (const time of await batchTimes(deps, agency.id)) {
        const dueAt = atLocal(day, time, deps.timezone);
        if (dueAt >= from && dueAt <= to) out.push({ key: `dialogue-batch:agency=${agency.id}:${day}T${time}`, dueAt });
      }
    }
    for (const d of open) {
      if (d.startsAt >= from && d.startsAt <= to) out.push({ key: `dialogue-batch:start:d=${d.id}:at=${d.startsAt.toISOString()}`, dueAt: d.startsAt });
    }
    return out;
  },

  /** A late batch is still a batch: whatever waited is delivered at the next run. */
  stillUseful(): boolean {
    return true;
  },

  async run(tx: Tx, deps: AppDeps, agency: Agency, occ: Occurrence): Promise<void | RunResult> {
    const now = deps.clock.now();
    const open = await tx.dialogue.findMany({ where: { agencyId: agency.id, status: DialogueStatus.OPEN }, orderBy: { number: "asc" } });
    if (!open.length) return { skipped: "no open dialogue" };
    for (const d of open) {
      const delivered = await deliverQuestions(tx, d);
      if (!delivered.length) continue;
      const fresh = await tx.dialogue.findUniqueOrThrow({ where: { id: d.id } });
      await sendQuestionBatch(tx, fresh, delivered, false, `${occ.key}:d=${d.id}`, now);
    }
  },
};
