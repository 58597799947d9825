import type { AppDeps } from "../../app.js";
import type { Tx } from "../../db/client.js";
import type { Agency } from "../../generated/prisma/client.js";
import { Role } from "../../generated/prisma/enums.js";
import { formatDate } from "../../format/date.js";
import { splitMessage } from "../../format/text.js";
import { enqueueToMember } from "../../messaging/outbox.js";
import { translate } from "../../i18n/translator.js";
import { overdueWhere } from "../../services/task-rules.js";
import type { Occurrence, RunResult, ScheduledJob } from "../job.js";
import { activeWithRoles } from "./common.js";
import { weeklySlots, weeklyStillUseful } from "./digest-schedule.js";

/** The secretary's weekly list of overdue tasks (private), in the digest's slot. */
export const overdueListJob: ScheduledJob = {
  kind: "overdue-list",

  occurrences(deps: AppDeps, agency: Agency, from: Date, to: Date): Promise<Occurrence[]> {
    return weeklySlots(deps, agency, "overdue-list", from, to);
  },

  stillUseful: weeklyStillUseful,

  async run(tx: Tx, deps: AppDeps, agency: Agency, occ: Occurrence): Promise<void | RunResult> {
    const settings = await deps.services.settings.get(agency.id, tx);
    if (!deps.services.settings.isEnabled(settings, "quahan")) return { skipped: "overdue list switched off" };
    const now = deps.clock.now();
    const tasks = await tx.task.findMany({
      where: { agencyId: agency.id, ...overdueWhere(now) },
      orderBy: [{ dueDate: "asc" }, { number: "asc" }],
      include: { assignees: { include: { member: { select: { fullName: true } } } } },
    });
    if (!tasks.length) return { skipped: "nothing overdue" };
    const lines = [
      translate("overdue-list-title", { count: tasks.length }),
      ...tasks.map((t) =>
        translate("overdue-list-line", {
          number: t.number,
          title: t.title,
          due: formatDate(t.dueDate!, deps.timezone),
          owners: t.assignees.map((a) => a.member.fullName).join(", ") || translate("digest-nobody"),
        }),
      ),
    ];
    const secretaries = await activeWithRoles(tx, agency.id, [Role.SECRETARY]);
    for (const s of secretaries) {
      for (const [i, chunk] of splitMessage(lines.join("\n")).entries()) {
        await enqueueToMember(tx, s, { text: chunk, dedupeKey: `${occ.key}:m=${s.id}:${i}` }, now);
      }
    }
  },
};
