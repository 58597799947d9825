import type { Clock } from "../clock.js";
import type { Db, Tx } from "../db/client.js";
import type { Member } from "../generated/prisma/client.js";
import { VoteKind, VoteStatus } from "../generated/prisma/enums.js";
import { translate } from "../i18n/translator.js";
import { enqueueGroupPost } from "../messaging/group-posts.js";
import { enqueueToMember, outboxChoices } from "../messaging/outbox.js";
import { audienceMembers, parseAudience, serializeAudience, type AudienceParse, type AudienceSpec } from "./audiences.js";
import { DomainError } from "./errors.js";
import { COMMITTEE_ROLES } from "./roles.js";
import { assertVoteManager, isOver, validateVote, type VoteInput, type VoteResult, type VoteSummary } from "./vote-rules.js";
import { resultText, voteChoices, voteHeader } from "./vote-texts.js";

export { VoteKind, VoteStatus };
export type { VoteResult, VoteSummary };

type Actor = Pick<Member, "id" | "agencyId" | "role">;

/** Another ballot changed the box between our read and our write: the ballot is tried again. */
class BallotBoxBusy extends Error {}

function parseCounts(json: string, n: number): number[] {
  const counts = JSON.parse(json) as unknown;
  if (!Array.isArray(counts) || counts.length !== n || !counts.every((c) => Number.isInteger(c) && c >= 0)) throw new Error("damaged ballot box");
  return counts as number[];
}

const summarySelect = {
  id: true,
  agencyId: true,
  number: true,
  question: true,
  kind: true,
  secret: true,
  deadline: true,
  status: true,
  closedAt: true,
  choices: { orderBy: { position: "asc" }, select: { position: true, label: true } },
} as const;

type VoteRow = { id: number; agencyId: number; number: number; question: string; kind: VoteKind; secret: boolean; deadline: Date; status: VoteStatus; closedAt: Date | null; choices: { position: number; label: string }[] };

function summary(v: VoteRow): VoteSummary {
  const { choices, closedAt: _closed, ...rest } = v;
  return { ...rest, labels: choices.map((c) => c.label) };
}

/**
 * Votes (biểu quyết, lấy phiếu): docs/votes.md. A secret ballot keeps the
 * "has voted" mark (`VoteVoter.voted`) and the ballot (`VoteBox.counts`)
 * apart, with nothing that links them: the mark is a flag on a row written in
 * name order when the vote opened, the ballot an increment inside the one
 * row that holds every count, so the same row is rewritten whatever was chosen. Nothing else is written when voting (no
 * audit row, no outbox message, no time).
 */
export class VoteService {
  constructor(private readonly deps: { db: Db; clock: Clock; timezone: string }) {}

  /** Opens a vote for an audience and queues each voter a private notice with the choices. */
  async open(actor: Actor, audience: AudienceSpec, input: VoteInput, tx?: Tx): Promise<{ vote: VoteSummary; voters: number }> {
    assertVoteManager(actor);
    const now = this.deps.clock.now();
    const { question, labels } = validateVote(input, now);
    const run = async (db: Tx) => {
      const voters = await audienceMembers(db, actor.agencyId, audience);
      if (!voters.length) throw new DomainError("vote-empty-audience");
      const last = await db.vote.findFirst({ where: { agencyId: actor.agencyId }, orderBy: { number: "desc" }, select: { number: true } });
      const row = await db.vote.create({
        data: {
          agencyId: actor.agencyId,
          number: (last?.number ?? 0) + 1,
          question,
          kind: input.kind,
          secret: input.secret,
          audience: serializeAudience(audience),
          deadline: input.deadline,
          createdById: actor.id,
          createdAt: now,
          choices: { create: labels.map((label, i) => ({ position: i + 1, label })) },
          box: { create: { counts: JSON.stringify(labels.map(() => 0)) } },
        },
        select: summarySelect,
      });
      // Written in name order now, so the rows' order says nothing about who votes when.
      await db.voteVoter.createMany({ data: voters.map((m) => ({ voteId: row.id, memberId: m.id })) });
      const vote = summary(row);
      const addresses = await db.member.findMany({ where: { id: { in: voters.map((m) => m.id) } }, select: { id: true, agencyId: true, platform: true, platformUserId: true } });
      const text = [voteHeader(translate, vote, this.deps.timezone), translate("vote-notice-how", { number: String(vote.number) })].join("\n");
      const payload = outboxChoices(voteChoices(vote));
      for (const m of addresses) await enqueueToMember(db, m, { text, payload, dedupeKey: `vote-open:${vote.id}:m=${m.id}` }, now);
      return { vote, voters: voters.length };
    };
    return tx ? run(tx) : this.deps.db.$transaction(run);
  }

  /** Reads a typed audience against the agency's current departments. */
  async audienceFromText(agencyId: number, text: string): Promise<AudienceParse> {
    const departments = await this.deps.db.department.findMany({ where: { agencyId, removedAt: null }, select: { id: true, name: true } });
    return parseAudience(text, departments);
  }

  async get(agencyId: number, number: number): Promise<VoteSummary> {
    const row = await this.deps.db.vote.findUnique({ where: { agencyId_number: { agencyId, number } }, select: summarySelect });
    if (!row) throw new DomainError("vote-not-found", { number: String(number) });
    return summary(row);
  }

  /**
   * Casts a ballot. Refused, with nothing written, after the deadline or
   * closing, a second time, by someone not on the vote's roll, or for a
   * choice that does not exist.
   */
  async cast(actor: Pick<Member, "id" | "agencyId">, voteNumber: number, position: number): Promise<{ vote: VoteSummary; label: string }> {
    const now = this.deps.clock.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.castOnce(actor, voteNumber, position, now);
      } catch (e) {
        if (!(e instanceof BallotBoxBusy) || attempt >= 5) throw e;
      }
    }
  }

  private castOnce(actor: Pick<Member, "id" | "agencyId">, voteNumber: number, position: number, now: Date): Promise<{ vote: VoteSummary; label: string }> {
    return this.deps.db.$transaction(async (tx) => {
      const row = await tx.vote.findUnique({ where: { agencyId_number: { agencyId: actor.agencyId, number: voteNumber } }, select: summarySelect });
      if (!row) throw new DomainError("vote-not-found", { number: String(voteNumber) });
      const vote = summary(row);
      if (isOver(row, now)) throw new DomainError("vote-closed", { number: String(vote.number) });
      const label = vote.labels[position - 1];
      if (!label) throw new DomainError("vote-bad-choice", { max: vote.labels.length, number: String(vote.number) });
      const roll = await tx.voteVoter.findUnique({ where: { voteId_memberId: { voteId: vote.id, memberId: actor.id } }, select: { voted: true } });
      if (!roll) throw new DomainError("vote-not-eligible", { number: String(vote.number) });
      if (roll.voted) throw new DomainError("vote-already", { number: String(vote.number) });
      // Guarded: a concurrent second ballot of the same person finds voted = true and writes nothing.
      const marked = await tx.voteVoter.updateMany({
        where: { voteId: vote.id, memberId: actor.id, voted: false },
        data: vote.secret ? { voted: true } : { voted: true, choice: position },
      });
      if (marked.count !== 1) throw new DomainError("vote-already", { number: String(vote.number) });
      // One row rewritten whatever was chosen (docs/votes.md). Guarded by the counts read: on
      // PostgreSQL a concurrent ballot that committed first makes this match nothing, and the
      // whole transaction is tried again (SQLite serialises transactions, so it never happens there).
      const box = await tx.voteBox.findUniqueOrThrow({ where: { voteId: vote.id } });
      const counts = parseCounts(box.counts, vote.labels.length);
      counts[position - 1]! += 1;
      const written = await tx.voteBox.updateMany({ where: { voteId: vote.id, counts: box.counts }, data: { counts: JSON.stringify(counts) } });
      if (written.count !== 1) throw new BallotBoxBusy();
      return { vote, label };
    });
  }

  /** The open votes on this member's roll, with whether they have voted (one query). */
  async openFor(member: Pick<Member, "id">): Promise<(VoteSummary & { voted: boolean })[]> {
    const now = this.deps.clock.now();
    const rows = await this.deps.db.voteVoter.findMany({
      where: { memberId: member.id, vote: { status: VoteStatus.OPEN, deadline: { gt: now } } },
      select: { voted: true, vote: { select: summarySelect } },
      orderBy: { vote: { number: "asc" } },
    });
    return rows.map((r) => ({ ...summary(r.vote), voted: r.voted }));
  }

  /** The agency's latest votes, for the secretary's overview. */
  async recent(agencyId: number, take = 10): Promise<(VoteSummary & { voted: number; eligible: number })[]> {
    const rows = await this.deps.db.vote.findMany({
      where: { agencyId },
      orderBy: { number: "desc" },
      take,
      select: { ...summarySelect, _count: { select: { voters: true } } },
    });
    const voted = await this.deps.db.voteVoter.groupBy({ by: ["voteId"], where: { voteId: { in: rows.map((r) => r.id) }, voted: true }, _count: { _all: true } });
    const byVote = new Map(voted.map((v) => [v.voteId, v._count._all]));
    return rows.map((r) => ({ ...summary(r), voted: byVote.get(r.id) ?? 0, eligible: r._count.voters }));
  }

  /** Closes a vote before its deadline (secretary or head) and queues the result for the group, once. */
  async close(actor: Actor, voteNumber: number): Promise<VoteResult> {
    assertVoteManager(actor);
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const row = await tx.vote.findUnique({ where: { agencyId_number: { agencyId: actor.agencyId, number: voteNumber } }, select: { id: true, status: true } });
      if (!row) throw new DomainError("vote-not-found", { number: String(voteNumber) });
      if (row.status === VoteStatus.CLOSED) throw new DomainError("vote-already-closed", { number: String(voteNumber) });
      return (await this.closeInTx(tx, row.id, now))!;
    });
  }

  /**
   * Marks the vote closed (if it still is open) and queues the result to the
   * group with a dedupe key, so the job at the deadline and the secretary can
   * never post it twice. Returns null when it was already closed.
   */
  async closeInTx(tx: Tx, voteId: number, now: Date): Promise<VoteResult | null> {
    const changed = await tx.vote.updateMany({ where: { id: voteId, status: VoteStatus.OPEN }, data: { status: VoteStatus.CLOSED, closedAt: now } });
    if (changed.count !== 1) return null;
    const result = await this.resultInTx(tx, voteId, now);
    await enqueueGroupPost(tx, result.vote.agencyId, { text: resultText(translate, result, this.deps.timezone, true), dedupeKey: `vote-result:${voteId}` }, now);
    return result;
  }

  /**
   * The result, only once the vote is over. Members on the roll and the
   * committee may read it; the names of an open ballot only the committee.
   */
  async result(viewer: Pick<Member, "id" | "agencyId" | "role">, voteNumber: number): Promise<{ result: VoteResult; showNames: boolean }> {
    const now = this.deps.clock.now();
    const row = await this.deps.db.vote.findUnique({ where: { agencyId_number: { agencyId: viewer.agencyId, number: voteNumber } }, select: { id: true, status: true, deadline: true } });
    if (!row) throw new DomainError("vote-not-found", { number: String(voteNumber) });
    if (!isOver(row, now)) throw new DomainError("vote-not-over", { number: String(voteNumber) });
    const committee = COMMITTEE_ROLES.includes(viewer.role);
    if (!committee) {
      const onRoll = await this.deps.db.voteVoter.findUnique({ where: { voteId_memberId: { voteId: row.id, memberId: viewer.id } }, select: { voted: true } });
      if (!onRoll) throw new DomainError("vote-not-eligible", { number: String(voteNumber) });
    }
    return { result: await this.resultInTx(this.deps.db, row.id, now), showNames: committee };
  }

  async resultInTx(db: Db | Tx, voteId: number, now: Date): Promise<VoteResult> {
    const [row, roll, box] = await Promise.all([
      db.vote.findUniqueOrThrow({ where: { id: voteId }, select: summarySelect }),
      db.voteVoter.findMany({ where: { voteId }, select: { voted: true, choice: true, member: { select: { fullName: true } } }, orderBy: { member: { fullName: "asc" } } }),
      db.voteBox.findUniqueOrThrow({ where: { voteId }, select: { counts: true } }),
    ]);
    const vote = summary(row);
    const tally = parseCounts(box.counts, row.choices.length);
    const counts = row.choices.map((c) => ({ position: c.position, label: c.label, count: tally[c.position - 1] ?? 0 }));
    const top = Math.max(0, ...counts.map((c) => c.count));
    const leaders = counts.filter((c) => c.count === top && top > 0);
    return {
      vote,
      counts,
      voted: roll.filter((r) => r.voted).length,
      eligible: roll.length,
      closedAt: row.closedAt ?? (row.deadline < now ? row.deadline : now),
      winner: leaders.length === 1 ? leaders[0]!.label : null,
      named: vote.secret ? null : roll.map((r) => ({ fullName: r.member.fullName, label: r.choice ? (vote.labels[r.choice - 1] ?? null) : null })),
    };
  }
}
