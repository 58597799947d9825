import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import type { Member, Obstacle, Proposal, Task } from "../generated/prisma/client.js";
import { ObstacleStatus } from "../generated/prisma/enums.js";
import { writeAudit } from "./audit.js";
import { DomainError } from "./errors.js";
import { LIMITS, actorLabel, assertLeader, cleanText } from "./task-rules.js";
import { queueObstacleResolved, type NoticeRecipient } from "./task-notices.js";

export type ObstacleWithContext = Obstacle & {
  task: Pick<Task, "id" | "number" | "title">;
  member: Pick<Member, "id" | "fullName" | "platform" | "platformUserId">;
};

const context = {
  task: { select: { id: true, number: true, title: true } },
  member: { select: { id: true, fullName: true, platform: true, platformUserId: true } },
} as const;

type Deps = { db: Db; clock: Clock; timezone: string };

/** Vướng mắc raised in reports, tracked until a leader resolves them; đề xuất for the periodic reports. */
export class ObstacleService {
  constructor(private readonly deps: Deps) {}

  private get db() {
    return this.deps.db;
  }

  /** Open obstacles, oldest first (they have waited longest). */
  listOpen(agencyId: number): Promise<ObstacleWithContext[]> {
    return this.db.obstacle.findMany({
      where: { agencyId, status: ObstacleStatus.OPEN },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: context,
    });
  }

  async get(agencyId: number, id: number): Promise<ObstacleWithContext> {
    const o = await this.db.obstacle.findFirst({ where: { id, agencyId }, include: context });
    if (!o) throw new DomainError("obstacle-not-found", { id: String(id) });
    return o;
  }

  /**
   * Marks an obstacle resolved and, in the same transaction, queues the private
   * notice to its reporter; `notified` is null when nobody is told (the
   * resolver reported it themselves, or the reporter has left).
   */
  async resolve(actor: Member, id: number, note: string): Promise<ObstacleWithContext & { notified: NoticeRecipient | null }> {
    assertLeader(actor);
    const resolution = cleanText(note);
    if (resolution.length < LIMITS.resolution.min) throw new DomainError("resolution-empty");
    if (resolution.length > LIMITS.resolution.max) throw new DomainError("text-too-long", { max: String(LIMITS.resolution.max) });
    const now = this.deps.clock.now();
    return this.db.$transaction(async (tx) => {
      const o = await tx.obstacle.findFirst({ where: { id, agencyId: actor.agencyId } });
      if (!o) throw new DomainError("obstacle-not-found", { id: String(id) });
      if (o.status !== ObstacleStatus.OPEN) throw new DomainError("obstacle-resolved", { id: String(id) });
      const updated = await tx.obstacle.update({
        where: { id },
        data: { status: ObstacleStatus.RESOLVED, resolution, resolvedById: actor.id, resolvedAt: now },
        include: context,
      });
      await writeAudit(tx, {
        agencyId: actor.agencyId,
        actorMemberId: actor.id,
        actorLabel: actorLabel(actor),
        action: "obstacle.resolve",
        targetMemberId: o.memberId,
        details: { obstacleId: id },
        at: now,
      });
      const reporter = await tx.member.findUniqueOrThrow({ where: { id: o.memberId } });
      const notified = await queueObstacleResolved(tx, { actor, obstacle: updated, reporter, now });
      return { ...updated, notified };
    });
  }

  /** For periodic reports: obstacles raised in [from, to). */
  obstaclesBetween(agencyId: number, from: Date, to: Date): Promise<ObstacleWithContext[]> {
    return this.db.obstacle.findMany({
      where: { agencyId, createdAt: { gte: from, lt: to } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: context,
    });
  }

  /** For periodic reports: proposals made in [from, to). */
  proposalsBetween(agencyId: number, from: Date, to: Date): Promise<(Proposal & Pick<ObstacleWithContext, "task" | "member">)[]> {
    return this.db.proposal.findMany({
      where: { agencyId, createdAt: { gte: from, lt: to } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: context,
    });
  }
}
