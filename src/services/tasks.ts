import type { Clock } from "../clock.js";
import type { Db, DbOrTx, Tx } from "../db/client.js";
import type { Member, PlanSection, Task } from "../generated/prisma/client.js";
import { MemberStatus, TaskRecurrence, TaskStatus } from "../generated/prisma/enums.js";
import { writeAudit } from "./audit.js";
import { readMemberTasks } from "./plan-reads.js";
import { DomainError } from "./errors.js";
import { initialPeriod, nextPeriod, yearBounds, type Period } from "./periods.js";
import { OPEN_STATUSES, actorLabel, assertManager, cleanDescription, cleanTitle, isOverdue } from "./task-rules.js";
import { queueTaskAssigned, type NoticeRecipient } from "./task-notices.js";
import { localDate } from "../time/local-day.js";
import { endedPeriods } from "./period-roll-sql.js";

export interface NewTaskInput {
  sectionId: number;
  title: string;
  description?: string | null;
  assigneeIds: number[];
  /** Required unless recurring (then each period is due at its end). */
  dueDate?: Date | null;
  recurrence?: TaskRecurrence;
}

export interface TaskChange {
  title?: string;
  description?: string | null;
  dueDate?: Date;
}

/** A task with what the chat needs to show it and tell its people. */
export type TaskWithPeople = Task & { section: PlanSection; assignees: { member: Member }[] };

/** A new or reassigned task, with whom a private notice was queued for (docs/tasks.md, "Notifications"). */
export type AssignedTask = TaskWithPeople & { notified: NoticeRecipient[] };

export const MAX_ASSIGNEES = 20;

type Deps = { db: Db; clock: Clock; timezone: string };

export class TaskService {
  constructor(private readonly deps: Deps) {}

  private get db() {
    return this.deps.db;
  }

  /**
   * Opens the next period of recurring tasks whose period has ended
   * (docs/tasks.md). Called by the scheduler and lazily before reads; one
   * indexed query when nothing is due. Returns how many tasks moved on.
   */
  async rollPeriods(agencyId?: number): Promise<number> {
    const now = this.deps.clock.now();
    const due = await endedPeriods(this.db, now, agencyId);
    if (!due.length) return 0;
    // The plans' years only when a period ended: an include would ask for them on every call (`IN (NULL)` when none).
    const plans = await this.db.plan.findMany({ where: { id: { in: [...new Set(due.map((t) => t.planId))] } }, select: { id: true, year: true } });
    const yearOf = new Map(plans.map((p) => [p.id, p.year]));
    const moves: { id: number; period: Period }[] = [];
    for (const t of due) {
      const period = this.periodAfter(t.recurrence, t.periodEnd!, yearOf.get(t.planId)!, now);
      if (period) moves.push({ id: t.id, period });
    }
    if (!moves.length) return 0;
    await this.db.$transaction(async (tx) => {
      for (const m of moves) await openPeriod(tx, m.id, m.period, now);
    });
    return moves.length;
  }

  /**
   * The period that follows one ending at `end`, skipping periods that have
   * already ended by `now` (missed ones); undefined past the plan's year.
   */
  periodAfter(r: TaskRecurrence, end: Date, planYear: number, now: Date): Period | undefined {
    const tz = this.deps.timezone;
    const lastDay = yearBounds(planYear, tz).end;
    let p = nextPeriod(r, end, tz);
    if (p.start > lastDay) return undefined;
    while (p.end < now) {
      const q = nextPeriod(r, p.end, tz);
      if (q.start > lastDay) break;
      p = q;
    }
    return p;
  }

  /** Creates the task and, in the same transaction, queues a private notice for each assignee but the actor. */
  async assign(actor: Member, input: NewTaskInput): Promise<AssignedTask> {
    assertManager(actor);
    const now = this.deps.clock.now();
    const title = cleanTitle(input.title);
    const description = cleanDescription(input.description);
    const recurrence = input.recurrence ?? TaskRecurrence.NONE;
    return this.db.$transaction(async (tx) => {
      const section = await tx.planSection.findFirst({ where: { id: input.sectionId, plan: { agencyId: actor.agencyId } }, include: { plan: true } });
      if (!section) throw new DomainError("section-not-found");
      const members = await activeMembers(tx, actor.agencyId, input.assigneeIds);
      let period: Period | undefined;
      let dueDate: Date | null = null;
      if (recurrence !== TaskRecurrence.NONE) {
        period = initialPeriod(recurrence, section.plan.year, now, this.deps.timezone);
        dueDate = period.end;
      } else {
        if (!input.dueDate) throw new DomainError("due-required");
        if (input.dueDate < now) throw new DomainError("date-past");
        dueDate = input.dueDate;
      }
      const number = await nextTaskNumber(tx, actor.agencyId);
      const task = await tx.task.create({
        data: {
          agencyId: actor.agencyId,
          planId: section.planId,
          sectionId: section.id,
          number,
          title,
          description,
          recurrence,
          periodStart: period?.start ?? null,
          periodEnd: period?.end ?? null,
          dueDate,
          createdById: actor.id,
          createdAt: now,
          updatedAt: now,
          assignees: { create: members.map((m) => ({ memberId: m.id, assignedAt: now })) },
        },
      });
      await writeAudit(tx, {
        agencyId: actor.agencyId,
        actorMemberId: actor.id,
        actorLabel: actorLabel(actor),
        action: "task.create",
        details: { taskId: task.id, number, assignees: members.map((m) => m.id) },
        at: now,
      });
      const notified = await queueTaskAssigned(tx, { actorId: actor.id, task, section, members, now, timezone: this.deps.timezone });
      return { ...task, section, assignees: members.map((member) => ({ member })), notified };
    });
  }

  async update(actor: Member, number: number, change: TaskChange): Promise<TaskWithPeople> {
    assertManager(actor);
    const now = this.deps.clock.now();
    const data: { title?: string; description?: string | null; dueDate?: Date } = {};
    if (change.title !== undefined) data.title = cleanTitle(change.title);
    if (change.description !== undefined) data.description = cleanDescription(change.description);
    if (change.dueDate !== undefined) {
      if (change.dueDate < now) throw new DomainError("date-past");
      data.dueDate = change.dueDate;
    }
    return this.db.$transaction(async (tx) => {
      const task = await this.requireTask(tx, actor.agencyId, number);
      if (task.status === TaskStatus.CANCELLED) throw new DomainError("task-cancelled", { number: String(number) });
      if (data.dueDate && task.recurrence !== TaskRecurrence.NONE) throw new DomainError("task-recurring-due");
      await tx.task.update({ where: { id: task.id }, data: { ...data, updatedAt: now } });
      await writeAudit(tx, {
        agencyId: actor.agencyId,
        actorMemberId: actor.id,
        actorLabel: actorLabel(actor),
        action: "task.update",
        details: { taskId: task.id, fields: Object.keys(data) },
        at: now,
      });
      return (await this.requireTask(tx, actor.agencyId, number)) as TaskWithPeople;
    });
  }

  /**
   * Replaces the assignees; returns the task and who was newly added. The newly
   * added (but the actor) are sent the assignment notice, queued in this transaction.
   */
  async reassign(actor: Member, number: number, memberIds: number[]): Promise<{ task: AssignedTask; added: Member[] }> {
    assertManager(actor);
    const now = this.deps.clock.now();
    return this.db.$transaction(async (tx) => {
      const task = await this.requireTask(tx, actor.agencyId, number);
      if (task.status === TaskStatus.CANCELLED) throw new DomainError("task-cancelled", { number: String(number) });
      const members = await activeMembers(tx, actor.agencyId, memberIds);
      const before = new Set(task.assignees.map((a) => a.member.id));
      await tx.taskAssignee.deleteMany({ where: { taskId: task.id, memberId: { notIn: members.map((m) => m.id) } } });
      const added = members.filter((m) => !before.has(m.id));
      if (added.length) await tx.taskAssignee.createMany({ data: added.map((m) => ({ taskId: task.id, memberId: m.id, assignedAt: now })) });
      await tx.task.update({ where: { id: task.id }, data: { updatedAt: now } });
      await writeAudit(tx, {
        agencyId: actor.agencyId,
        actorMemberId: actor.id,
        actorLabel: actorLabel(actor),
        action: "task.reassign",
        details: { taskId: task.id, from: [...before], to: members.map((m) => m.id) },
        at: now,
      });
      const notified = await queueTaskAssigned(tx, { actorId: actor.id, task, section: task.section, members: added, now, timezone: this.deps.timezone });
      return { task: { ...task, assignees: members.map((member) => ({ member })), notified }, added };
    });
  }

  async cancel(actor: Member, number: number): Promise<TaskWithPeople> {
    assertManager(actor);
    const now = this.deps.clock.now();
    return this.db.$transaction(async (tx) => {
      const task = await this.requireTask(tx, actor.agencyId, number);
      if (task.status === TaskStatus.CANCELLED) throw new DomainError("task-cancelled", { number: String(number) });
      await tx.task.update({ where: { id: task.id }, data: { status: TaskStatus.CANCELLED, cancelledAt: now, updatedAt: now } });
      await writeAudit(tx, {
        agencyId: actor.agencyId,
        actorMemberId: actor.id,
        actorLabel: actorLabel(actor),
        action: "task.cancel",
        details: { taskId: task.id, number },
        at: now,
      });
      return { ...task, status: TaskStatus.CANCELLED, cancelledAt: now };
    });
  }

  /** A task of the agency by its number, with section and assignees. */
  async getByNumber(agencyId: number, number: number): Promise<TaskWithPeople> {
    return this.requireTask(this.db, agencyId, number);
  }

  /**
   * My tasks, overdue first, then open ones by due date, then done ones.
   * Two statements whatever the number: the period roll, then the tasks with
   * their sections (raw SQL, plan-reads.ts).
   */
  async myTasks(member: Member): Promise<(Task & { section: PlanSection })[]> {
    await this.rollPeriods(member.agencyId);
    const now = this.deps.clock.now();
    const withSections = await readMemberTasks(this.db, { agencyId: member.agencyId, memberId: member.id, doneFromYear: localDate(now, this.deps.timezone).year });
    const rank = (t: Task) => (isOverdue(t, now) ? 0 : OPEN_STATUSES.includes(t.status) ? 1 : 2);
    const due = (t: Task) => t.dueDate?.getTime() ?? Number.MAX_SAFE_INTEGER;
    return withSections.sort((a, b) => rank(a) - rank(b) || due(a) - due(b) || a.number - b.number);
  }

  /** My open tasks (the ones I can report on), by due date. */
  async myOpenTasks(member: Member): Promise<(Task & { section: PlanSection })[]> {
    const all = await this.myTasks(member);
    return all.filter((t) => OPEN_STATUSES.includes(t.status));
  }

  private async requireTask(db: DbOrTx, agencyId: number, number: number): Promise<TaskWithPeople> {
    const task = await db.task.findUnique({
      where: { agencyId_number: { agencyId, number } },
      include: { section: true, assignees: { include: { member: true } } },
    });
    if (!task) throw new DomainError("task-not-found", { number: String(number) });
    return task;
  }
}

/** Moves a task to a new period: nothing reported in it yet. */
export async function openPeriod(tx: Tx, taskId: number, period: Period, now: Date): Promise<void> {
  await tx.task.update({
    where: { id: taskId },
    data: {
      periodStart: period.start,
      periodEnd: period.end,
      dueDate: period.end,
      status: TaskStatus.NOT_STARTED,
      percent: 0,
      completedAt: null,
      updatedAt: now,
    },
  });
}

export async function nextTaskNumber(tx: Tx, agencyId: number): Promise<number> {
  const last = await tx.task.findFirst({ where: { agencyId }, orderBy: { number: "desc" }, select: { number: true } });
  return (last?.number ?? 0) + 1;
}

async function activeMembers(tx: Tx, agencyId: number, ids: number[]): Promise<Member[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) throw new DomainError("assignees-required");
  if (unique.length > MAX_ASSIGNEES) throw new DomainError("assignees-too-many", { max: String(MAX_ASSIGNEES) });
  const members = await tx.member.findMany({ where: { agencyId, id: { in: unique }, status: MemberStatus.ACTIVE } });
  if (members.length !== unique.length) {
    const found = new Set(members.map((m) => m.id));
    throw new DomainError("member-unknown", { id: String(unique.find((id) => !found.has(id))!) });
  }
  return unique.map((id) => members.find((m) => m.id === id)!);
}
