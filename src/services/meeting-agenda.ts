import type { DbOrTx } from "../db/client.js";
import type { Meeting } from "../generated/prisma/client.js";
import { ObstacleStatus, TaskStatus } from "../generated/prisma/enums.js";
import { overdueWhere } from "./task-rules.js";
import { quarterBounds, quarterOf } from "../time/quarters.js";

/**
 * The drafted agenda of a meeting, from the data of the quarter it reviews
 * (a quarterly meeting: its quarter; an extraordinary one: the quarter it
 * falls in). Plain data: the chat layer renders it with the locale texts.
 */
export interface AgendaDraft {
  year: number;
  quarter: number;
  sections: { code: string; title: string; total: number; done: number; avgPercent: number }[];
  overdue: { number: number; title: string; dueDate: Date; assignees: string[] }[];
  obstacles: { text: string; taskNumber: number; member: string }[];
  proposals: { text: string; taskNumber: number; member: string }[];
  reportsInQuarter: number;
  /**
   * Feedback of the quarter by category, from the feedback feature's
   * k-anonymous statistics: months×categories with fewer than 3 items are
   * withheld there, so these are the visible counts and `hidden` says how many
   * small groups were left out (never their size).
   */
  feedback?: { byCategory: { category: string; count: number }[]; hidden: number };
}

export type FeedbackStatsSource = (
  agencyId: number,
  from: Date,
  to: Date,
) => Promise<{ buckets: { category: string; count: number }[]; hidden: number }>;

/** At most this many lines per list, so the draft fits one message; counts stay exact. */
export const AGENDA_LIST_LIMIT = 10;

export async function draftAgenda(
  db: DbOrTx,
  meeting: Meeting,
  now: Date,
  timezone: string,
  feedbackStats?: FeedbackStatsSource,
): Promise<AgendaDraft & { overdueTotal: number; obstaclesTotal: number; proposalsTotal: number }> {
  const { year, quarter } = meeting.quarter ? { year: meeting.year, quarter: meeting.quarter } : quarterOf(meeting.startsAt, timezone);
  const { start, end } = quarterBounds(year, quarter, timezone);
  const agencyId = meeting.agencyId;
  const plan = await db.plan.findUnique({ where: { agencyId_year: { agencyId, year } }, select: { id: true } });

  const [sections, tasks, overdue, overdueTotal, obstacles, obstaclesTotal, proposals, proposalsTotal, reportsInQuarter] = await Promise.all([
    plan ? db.planSection.findMany({ where: { planId: plan.id }, orderBy: { order: "asc" } }) : [],
    plan
      ? db.task.findMany({ where: { planId: plan.id, status: { not: TaskStatus.CANCELLED } }, select: { sectionId: true, status: true, percent: true } })
      : [],
    db.task.findMany({
      where: { agencyId, ...overdueWhere(now) },
      orderBy: { dueDate: "asc" },
      take: AGENDA_LIST_LIMIT,
      select: { number: true, title: true, dueDate: true, assignees: { select: { member: { select: { fullName: true } } } } },
    }),
    db.task.count({ where: { agencyId, ...overdueWhere(now) } }),
    // Every still-open obstacle, whenever raised: an old unresolved one is exactly what the meeting must settle.
    db.obstacle.findMany({
      where: { agencyId, status: ObstacleStatus.OPEN },
      orderBy: { createdAt: "asc" },
      take: AGENDA_LIST_LIMIT,
      select: { text: true, task: { select: { number: true } }, member: { select: { fullName: true } } },
    }),
    db.obstacle.count({ where: { agencyId, status: ObstacleStatus.OPEN } }),
    db.proposal.findMany({
      where: { agencyId, createdAt: { gte: start, lte: end } },
      orderBy: { createdAt: "asc" },
      take: AGENDA_LIST_LIMIT,
      select: { text: true, task: { select: { number: true } }, member: { select: { fullName: true } } },
    }),
    db.proposal.count({ where: { agencyId, createdAt: { gte: start, lte: end } } }),
    db.progressReport.count({ where: { agencyId, createdAt: { gte: start, lte: end } } }),
  ]);

  let feedback: AgendaDraft["feedback"];
  if (feedbackStats) {
    const stats = await feedbackStats(agencyId, start, end);
    const byCategory = new Map<string, number>();
    for (const b of stats.buckets) byCategory.set(b.category, (byCategory.get(b.category) ?? 0) + b.count);
    feedback = { byCategory: [...byCategory].map(([category, count]) => ({ category, count })), hidden: stats.hidden };
  }

  const bySection = new Map<number, { total: number; done: number; sum: number }>();
  for (const t of tasks) {
    const s = bySection.get(t.sectionId) ?? { total: 0, done: 0, sum: 0 };
    s.total++;
    if (t.status === TaskStatus.DONE) s.done++;
    s.sum += t.status === TaskStatus.DONE ? 100 : t.percent;
    bySection.set(t.sectionId, s);
  }
  return {
    year,
    quarter,
    sections: sections.map((s) => {
      const c = bySection.get(s.id) ?? { total: 0, done: 0, sum: 0 };
      return { code: s.code, title: s.title, total: c.total, done: c.done, avgPercent: c.total ? Math.round(c.sum / c.total) : 0 };
    }),
    overdue: overdue.map((t) => ({ number: t.number, title: t.title, dueDate: t.dueDate!, assignees: t.assignees.map((a) => a.member.fullName) })),
    overdueTotal,
    obstacles: obstacles.map((o) => ({ text: o.text, taskNumber: o.task.number, member: o.member.fullName })),
    obstaclesTotal,
    proposals: proposals.map((p) => ({ text: p.text, taskNumber: p.task.number, member: p.member.fullName })),
    proposalsTotal,
    reportsInQuarter,
    ...(feedback ? { feedback } : {}),
  };
}
