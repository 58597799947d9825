import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import type { Member } from "../generated/prisma/client.js";
import { ExemplaryStatus, MemberStatus, Role, VoteKind } from "../generated/prisma/enums.js";
import { formatDate } from "../format/date.js";
import { translate } from "../i18n/translator.js";
import { enqueueGroupPost } from "../messaging/group-posts.js";
import { DomainError } from "./errors.js";
import { checkedText } from "./meeting-rules.js";
import { localDate as localDay } from "../time/local-day.js";
import { CURRENT_CRITERIA_ID, loadExemplaryCriteria } from "./exemplary-criteria.js";
import { isOver, assertVoteManager } from "./vote-rules.js";
import type { VoteService } from "./votes.js";

export { ExemplaryStatus };

export const REASONS_MIN = 10;
export const REASONS_MAX = 1000;

type Actor = Pick<Member, "id" | "agencyId" | "role">;

export interface NomineeView {
  id: number;
  memberId: number;
  fullName: string;
  position: string;
  reasons: { nominator: string; text: string }[];
  voteNumber: number | null;
  recognised: boolean | null;
}

export interface RoundView {
  id: number;
  year: number;
  status: ExemplaryStatus;
  closesAt: Date;
  criteriaId: string;
  nominees: NomineeView[];
}

/**
 * Gương điển hình tiên tiến (plan §2.4; docs/votes.md): the secretary opens the
 * year's round with the criteria as data, any member nominates someone else
 * with reasons, the committee votes on each nominee (one yes/no vote each,
 * reusing VoteService), and the head decides who is recognised. The recognised
 * list feeds the annual report (exemplary-report.ts) and can be announced.
 */
export class ExemplaryService {
  constructor(private readonly deps: { db: Db; clock: Clock; timezone: string; votes: VoteService }) {}

  private year(): number {
    return localDay(this.deps.clock.now(), this.deps.timezone).year;
  }

  async open(actor: Actor, closesAt: Date): Promise<RoundView> {
    assertVoteManager(actor);
    const now = this.deps.clock.now();
    if (closesAt <= now) throw new DomainError("exemplary-past-deadline");
    const year = this.year();
    const criteria = loadExemplaryCriteria(CURRENT_CRITERIA_ID);
    await this.deps.db.$transaction(async (tx) => {
      if (await tx.exemplaryRound.findUnique({ where: { agencyId_year: { agencyId: actor.agencyId, year } }, select: { id: true } })) {
        throw new DomainError("exemplary-round-exists", { year: String(year) });
      }
      const round = await tx.exemplaryRound.create({ data: { agencyId: actor.agencyId, year, criteriaId: criteria.id, closesAt, createdById: actor.id, createdAt: now } });
      const text = translate("exemplary-opened-group", { year: String(year), closes: formatDate(closesAt, this.deps.timezone) });
      await enqueueGroupPost(tx, actor.agencyId, { text, dedupeKey: `exemplary-open:${round.id}` }, now);
    });
    return this.current(actor.agencyId);
  }

  /** This year's round with its nominees and reasons (a fixed number of queries). */
  async current(agencyId: number): Promise<RoundView> {
    const year = this.year();
    const round = await this.deps.db.exemplaryRound.findUnique({
      where: { agencyId_year: { agencyId, year } },
      include: {
        nominees: {
          orderBy: { id: "asc" },
          include: {
            member: { select: { fullName: true, position: true } },
            vote: { select: { number: true } },
            nominations: { orderBy: { id: "asc" }, select: { reasons: true, nominator: { select: { fullName: true } } } },
          },
        },
      },
    });
    if (!round) throw new DomainError("exemplary-no-round", { year: String(year) });
    return {
      id: round.id,
      year: round.year,
      status: round.status,
      closesAt: round.closesAt,
      criteriaId: round.criteriaId,
      nominees: round.nominees.map((n) => ({
        id: n.id,
        memberId: n.memberId,
        fullName: n.member.fullName,
        position: n.member.position,
        reasons: n.nominations.map((x) => ({ nominator: x.nominator.fullName, text: x.reasons })),
        voteNumber: n.vote?.number ?? null,
        recognised: n.recognised,
      })),
    };
  }

  /** A member nominates someone else, once per nominee, while the round takes nominations. */
  async nominate(actor: Pick<Member, "id" | "agencyId">, nomineeMemberId: number, reasonsText: string): Promise<{ fullName: string }> {
    const now = this.deps.clock.now();
    const reasons = checkedText(reasonsText, REASONS_MAX, "exemplary-bad-reasons", true);
    if (reasons.length < REASONS_MIN) throw new DomainError("exemplary-bad-reasons", { max: REASONS_MAX });
    if (nomineeMemberId === actor.id) throw new DomainError("exemplary-self");
    return this.deps.db.$transaction(async (tx) => {
      const round = await tx.exemplaryRound.findUnique({ where: { agencyId_year: { agencyId: actor.agencyId, year: this.year() } } });
      if (!round || round.status !== ExemplaryStatus.NOMINATING || round.closesAt <= now) throw new DomainError("exemplary-not-nominating");
      const nominee = await tx.member.findFirst({ where: { id: nomineeMemberId, agencyId: actor.agencyId, status: MemberStatus.ACTIVE }, select: { fullName: true } });
      if (!nominee) throw new DomainError("exemplary-unknown-member", { id: String(nomineeMemberId) });
      const row = await tx.exemplaryNominee.upsert({
        where: { roundId_memberId: { roundId: round.id, memberId: nomineeMemberId } },
        create: { roundId: round.id, memberId: nomineeMemberId },
        update: {},
        select: { id: true },
      });
      const already = await tx.exemplaryNomination.findUnique({ where: { nomineeId_nominatorId: { nomineeId: row.id, nominatorId: actor.id } }, select: { id: true } });
      if (already) throw new DomainError("exemplary-already-nominated", { name: nominee.fullName });
      await tx.exemplaryNomination.create({ data: { nomineeId: row.id, nominatorId: actor.id, reasons, createdAt: now } });
      return { fullName: nominee.fullName };
    });
  }

  /** Ends nominations and opens one committee vote per nominee, in one transaction. */
  async startVoting(actor: Actor, input: { deadline: Date; secret: boolean }): Promise<RoundView> {
    assertVoteManager(actor);
    const year = this.year();
    await this.deps.db.$transaction(async (tx) => {
      const round = await tx.exemplaryRound.findUnique({
        where: { agencyId_year: { agencyId: actor.agencyId, year } },
        include: { nominees: { orderBy: { id: "asc" }, include: { member: { select: { fullName: true, position: true } } } } },
      });
      if (!round) throw new DomainError("exemplary-no-round", { year: String(year) });
      if (round.status !== ExemplaryStatus.NOMINATING) throw new DomainError("exemplary-not-nominating");
      if (!round.nominees.length) throw new DomainError("exemplary-no-nominees");
      for (const n of round.nominees) {
        const question = translate("exemplary-vote-question", { name: n.member.fullName, position: n.member.position, year: String(year) });
        const { vote } = await this.deps.votes.open(actor, { kind: "committee" }, { question, kind: VoteKind.YES_NO, secret: input.secret, deadline: input.deadline }, tx);
        await tx.exemplaryNominee.update({ where: { id: n.id }, data: { voteId: vote.id } });
      }
      await tx.exemplaryRound.update({ where: { id: round.id }, data: { status: ExemplaryStatus.VOTING } });
    });
    return this.current(actor.agencyId);
  }

  /** The head records who is recognised, once every nominee's vote is over. */
  async decide(actor: Actor, recognisedMemberIds: readonly number[]): Promise<RoundView> {
    if (actor.role !== Role.HEAD) throw new DomainError("exemplary-head-only");
    const now = this.deps.clock.now();
    const year = this.year();
    await this.deps.db.$transaction(async (tx) => {
      const round = await tx.exemplaryRound.findUnique({
        where: { agencyId_year: { agencyId: actor.agencyId, year } },
        include: { nominees: { include: { vote: { select: { status: true, deadline: true, number: true } } } } },
      });
      if (!round) throw new DomainError("exemplary-no-round", { year: String(year) });
      if (round.status !== ExemplaryStatus.VOTING) throw new DomainError("exemplary-not-voting");
      const open = round.nominees.find((n) => n.vote && !isOver(n.vote, now));
      if (open) throw new DomainError("exemplary-votes-open", { number: String(open.vote!.number) });
      const ids = new Set(round.nominees.map((n) => n.memberId));
      const stranger = recognisedMemberIds.find((id) => !ids.has(id));
      if (stranger !== undefined) throw new DomainError("exemplary-not-nominee", { id: String(stranger) });
      const chosen = new Set(recognisedMemberIds);
      for (const n of round.nominees) await tx.exemplaryNominee.update({ where: { id: n.id }, data: { recognised: chosen.has(n.memberId) } });
      await tx.exemplaryRound.update({ where: { id: round.id }, data: { status: ExemplaryStatus.DECIDED, decidedAt: now, decidedById: actor.id } });
    });
    return this.current(actor.agencyId);
  }

  /** Announces the recognised list in the group, once. Returns how many destinations it was queued for. */
  async announce(actor: Actor): Promise<number> {
    assertVoteManager(actor);
    const round = await this.current(actor.agencyId);
    if (round.status !== ExemplaryStatus.DECIDED) throw new DomainError("exemplary-not-decided");
    const names = round.nominees.filter((n) => n.recognised).map((n) => translate("exemplary-announce-line", { name: n.fullName, position: n.position }));
    const text = [translate("exemplary-announce-title", { year: String(round.year), count: names.length }), ...names].join("\n");
    const now = this.deps.clock.now();
    return this.deps.db.$transaction((tx) => enqueueGroupPost(tx, actor.agencyId, { text, dedupeKey: `exemplary-announce:${round.id}` }, now));
  }
}
