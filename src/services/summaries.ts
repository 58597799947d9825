import type { Clock } from "../clock.js";
import type { Db, DbOrTx } from "../db/client.js";
import { ObstacleStatus, TaskStatus } from "../generated/prisma/enums.js";
import { progressPercent } from "./progress.js";
import { OPEN_STATUSES } from "./task-rules.js";

export interface SectionProgress {
  code: string;
  title: string;
  tasks: number;
  done: number;
  /** Done / total tasks of the section, in whole percent (progressPercent). */
  percent: number;
}

export interface TaskLine {
  number: number;
  title: string;
  dueDate: Date | null;
  owners: string[];
}

export interface ReportLine {
  taskNumber: number;
  taskTitle: string;
  memberName: string;
  percent: number;
}

/** What a weekly digest or a quarterly summary says: counts, short lines, progress by section. */
export interface Summary {
  from: Date;
  to: Date;
  reports: ReportLine[];
  dueSoon: TaskLine[];
  overdue: TaskLine[];
  openObstacles: { taskNumber: number; text: string }[];
  sections: SectionProgress[];
  planYear: number | null;
}

/**
 * Facts for the digests (weekly, quarterly), read with a fixed handful of
 * indexed queries whatever the number of tasks. No text here: the scheduled
 * jobs render it.
 */
export class SummaryService {
  constructor(private readonly deps: { db: Db; clock: Clock; timezone: string }) {}

  /**
   * Reports in [from, to), tasks due in [to, dueUntil), tasks overdue at `to`,
   * open obstacles, and progress by section of the plan of `planYear`.
   */
  async summarize(
    agencyId: number,
    range: { from: Date; to: Date; dueUntil: Date; planYear: number },
    db: DbOrTx = this.deps.db,
  ): Promise<Summary> {
    const { from, to, dueUntil } = range;
    const taskInclude = { assignees: { include: { member: { select: { fullName: true } } } } } as const;
    const [reports, dueSoon, overdue, obstacles, plan] = await Promise.all([
      db.progressReport.findMany({
        where: { agencyId, createdAt: { gte: from, lt: to } },
        orderBy: { createdAt: "asc" },
        include: { task: { select: { number: true, title: true } }, member: { select: { fullName: true } } },
      }),
      db.task.findMany({
        where: { agencyId, status: { in: [...OPEN_STATUSES] }, dueDate: { gte: to, lt: dueUntil } },
        orderBy: [{ dueDate: "asc" }, { number: "asc" }],
        include: taskInclude,
      }),
      db.task.findMany({
        where: { agencyId, status: { in: [...OPEN_STATUSES] }, dueDate: { lt: to } },
        orderBy: [{ dueDate: "asc" }, { number: "asc" }],
        include: taskInclude,
      }),
      db.obstacle.findMany({
        where: { agencyId, status: ObstacleStatus.OPEN, createdAt: { lt: to } },
        orderBy: { createdAt: "asc" },
        include: { task: { select: { number: true } } },
      }),
      db.plan.findUnique({
        where: { agencyId_year: { agencyId, year: range.planYear } },
        include: {
          sections: { orderBy: { order: "asc" } },
          tasks: { where: { status: { not: TaskStatus.CANCELLED } }, select: { sectionId: true, status: true } },
        },
      }),
    ]);
    const line = (t: (typeof dueSoon)[number]): TaskLine => ({
      number: t.number,
      title: t.title,
      dueDate: t.dueDate,
      owners: t.assignees.map((a) => a.member.fullName),
    });
    return {
      from,
      to,
      reports: reports.map((r) => ({ taskNumber: r.task.number, taskTitle: r.task.title, memberName: r.member.fullName, percent: r.percent })),
      dueSoon: dueSoon.map(line),
      overdue: overdue.map(line),
      openObstacles: obstacles.map((o) => ({ taskNumber: o.task.number, text: o.text })),
      sections: plan ? sectionProgress(plan.sections, plan.tasks) : [],
      planYear: plan ? plan.year : null,
    };
  }
}

function sectionProgress(sections: { id: number; code: string; title: string }[], tasks: { sectionId: number; status: TaskStatus }[]): SectionProgress[] {
  return sections
    .map((s) => {
      const own = tasks.filter((t) => t.sectionId === s.id);
      const done = own.filter((t) => t.status === TaskStatus.DONE).length;
      return { code: s.code, title: s.title, tasks: own.length, done, percent: progressPercent(done, own.length) };
    })
    .filter((s) => s.tasks > 0);
}
