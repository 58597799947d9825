import type { DbOrTx } from "../db/client.js";
import { ConsultationAnswerKind, ConsultationUptake, VoteKind } from "../generated/prisma/enums.js";
import type { ConsultedFact, VotedFact } from "../reports/wording-participation.js";
import { isOver } from "./vote-rules.js";

export type { ConsultedFact, VotedFact };

/**
 * Where the figures of "dân bàn" go in the periodic report: the plan's 2.1
 * (leadership of the party cell and the agency's direction). Plan §1 gives
 * that leadership the building of "nội quy, quy chế làm việc, quy chế dân chủ
 * chặt chẽ, phù hợp" and §2.1 its method, "nguyên tắc tập trung dân chủ":
 * drafts put to the staff for comment, and questions put to a vote.
 */
export const PARTICIPATION_SECTION = "2.1";

export interface ParticipationFacts {
  consulted: ConsultedFact | undefined;
  voted: VotedFact | undefined;
}

/**
 * Consultations opened and votes opened in [from, to], counted from the
 * database in four calls whatever their number (Prisma runs each relation load
 * of the vote query as one statement for all votes, not one per vote). Answers count once
 * delivered to the drafting side, as in the consultation's own summary; a
 * vote's result is printed only once it is over by `asOf`. A secret vote
 * gives its totals and nothing else: the report reads the ballot box, never
 * the roll. The committee's votes on exemplary nominees are not listed here:
 * the 2.4 sentence reports them through the head's decision.
 */
export async function participationInPeriod(db: DbOrTx, agencyId: number, from: Date, to: Date, asOf: Date): Promise<ParticipationFacts> {
  const opened = { agencyId, createdAt: { gte: from, lte: to } };
  const [consultations, named, anonymous, votes] = await Promise.all([
    db.consultation.findMany({ where: opened, orderBy: { number: "asc" }, select: { id: true, title: true, _count: { select: { recipients: true } } } }),
    db.consultationAnswer.groupBy({ by: ["kind", "uptake"], where: { consultation: opened, delivered: true }, _count: { _all: true } }),
    db.consultationAnonymousAnswer.groupBy({ by: ["kind", "uptake"], where: { consultation: opened, delivered: true }, _count: { _all: true } }),
    db.vote.findMany({
      where: { ...opened, nominee: { is: null } },
      orderBy: { number: "asc" },
      select: {
        question: true,
        kind: true,
        secret: true,
        status: true,
        deadline: true,
        choices: { orderBy: { position: "asc" }, select: { label: true } },
        box: { select: { counts: true } },
        _count: { select: { voters: true } },
      },
    }),
  ]);

  let consulted: ConsultedFact | undefined;
  if (consultations.length) {
    const c = { answers: 0, comments: 0, accepted: 0, explained: 0 };
    for (const g of [...named, ...anonymous]) {
      c.answers += g._count._all;
      if (g.kind !== ConsultationAnswerKind.COMMENT) continue;
      c.comments += g._count._all;
      if (g.uptake === ConsultationUptake.ACCEPTED) c.accepted += g._count._all;
      if (g.uptake === ConsultationUptake.EXPLAINED) c.explained += g._count._all;
    }
    consulted = { drafts: consultations.map((x) => x.title), asked: consultations.reduce((n, x) => n + x._count.recipients, 0), ...c };
  }

  let voted: VotedFact | undefined;
  if (votes.length) {
    voted = {
      items: votes.map((v) => {
        // Every ballot adds one to the box, so its sum is the turnout: the roll is not read.
        const counts = isOver(v, asOf) && v.box ? (JSON.parse(v.box.counts) as number[]) : null;
        return {
          question: v.question,
          secret: v.secret,
          yesNo: v.kind === VoteKind.YES_NO,
          eligible: v._count.voters,
          result: counts ? { voted: counts.reduce((n, x) => n + x, 0), counts: v.choices.map((ch, i) => ({ label: ch.label, count: counts[i] ?? 0 })) } : null,
        };
      }),
    };
  }
  return { consulted, voted };
}
