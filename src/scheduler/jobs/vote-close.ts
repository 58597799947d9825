import type { AppDeps } from "../../app.js";
import type { Tx } from "../../db/client.js";
import type { Agency } from "../../generated/prisma/client.js";
import { VoteStatus } from "../../generated/prisma/enums.js";
import type { Occurrence, RunResult, ScheduledJob } from "../job.js";

interface VoteCloseData {
  voteId: number;
}

/**
 * Closes each vote at its deadline and posts the result to the group, once
 * (docs/votes.md). The JobRun key is per vote and the group post carries the
 * dedupe key `vote-result:<id>` that `/bieuquyet dong` uses too, so a vote the
 * secretary closed early is skipped here. A vote whose deadline passed while
 * the bot was down longer than the scheduler looks back is still due: it is
 * offered at the start of the window.
 */
export const voteCloseJob: ScheduledJob = {
  kind: "vote-close",

  async occurrences(deps: AppDeps, agency: Agency, from: Date, to: Date): Promise<Occurrence[]> {
    const votes = await deps.db.vote.findMany({
      where: { agencyId: agency.id, status: VoteStatus.OPEN, deadline: { lte: to } },
      select: { id: true, deadline: true },
    });
    return votes.map((v) => ({
      key: `vote-close:vote=${v.id}`,
      dueAt: v.deadline < from ? from : v.deadline,
      data: { voteId: v.id } satisfies VoteCloseData,
    }));
  },

  // The result is owed however late: nobody else posts it.
  stillUseful: () => true,

  async run(tx: Tx, deps: AppDeps, _agency: Agency, occ: Occurrence): Promise<void | RunResult> {
    const { voteId } = occ.data as unknown as VoteCloseData;
    const result = await deps.services.votes.closeInTx(tx, voteId, deps.clock.now());
    if (!result) return { skipped: "vote already closed" };
  },
};
