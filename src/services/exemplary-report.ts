import type { DbOrTx } from "../db/client.js";
import { ExemplaryStatus } from "../generated/prisma/enums.js";
import type { ExemplaryFact } from "../reports/compose.js";
import { loadExemplaryCriteria } from "./exemplary-criteria.js";

export type { ExemplaryFact };

/** The plan section where the recognised list goes (the template's "Công tác thi đua, khen thưởng …"). */
export const EXEMPLARY_SECTION = "2.4";

/**
 * Rounds the head decided within the period, with the people recognised, in
 * one query: the report's figures come from the decisions, nothing hand-typed.
 */
export async function exemplaryInPeriod(db: DbOrTx, agencyId: number, from: Date, to: Date): Promise<ExemplaryFact[]> {
  const rounds = await db.exemplaryRound.findMany({
    where: { agencyId, status: ExemplaryStatus.DECIDED, decidedAt: { gte: from, lte: to } },
    orderBy: { year: "asc" },
    select: {
      year: true,
      criteriaId: true,
      nominees: { orderBy: { id: "asc" }, select: { recognised: true, member: { select: { fullName: true, position: true } } } },
    },
  });
  return rounds.map((r) => ({
    year: r.year,
    reference: loadExemplaryCriteria(r.criteriaId).reference,
    nominated: r.nominees.length,
    recognised: r.nominees.filter((n) => n.recognised).map((n) => n.member),
  }));
}
