import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import type { Member, Plan, PlanSection, Task } from "../generated/prisma/client.js";
import { TaskRecurrence } from "../generated/prisma/enums.js";
import { writeAudit } from "./audit.js";
import { readCurrentPlan, readPlanAssignees, readPlanTasks, readSections } from "./plan-reads.js";
import { readOverdueWithOwners, readSectionCounts, type OverdueTask } from "./progress-reads.js";
import { DomainError } from "./errors.js";
import { initialPeriod, resolveDueSpec, yearBounds } from "./periods.js";
import { DEFAULT_TEMPLATE_ID, fillYear, loadPlanTemplate } from "./plan-template.js";
import { actorLabel, assertManager, taskState, type TaskState } from "./task-rules.js";
import { nextTaskNumber, type TaskService } from "./tasks.js";
import { localDate } from "../time/local-day.js";

export type OverviewTask = Task & { assignees: { member: { id: number; fullName: string } }[] };

export interface SectionOverview {
  section: PlanSection;
  tasks: OverviewTask[];
  counts: StateCounts;
}

export type StateCounts = Record<Exclude<TaskState, "cancelled">, number> & { total: number };

export interface PlanOverview {
  plan: Plan;
  sections: SectionOverview[];
  counts: StateCounts;
  /** Overdue tasks, earliest due first. */
  overdue: OverviewTask[];
  now: Date;
}

type Deps = { db: Db; clock: Clock; timezone: string; tasks: TaskService };

export class PlanService {
  constructor(private readonly deps: Deps) {}

  private get db() {
    return this.deps.db;
  }

  /** The plan's year people mean by default: the current year in the agency's time zone. */
  currentYear(): number {
    return localDate(this.deps.clock.now(), this.deps.timezone).year;
  }

  /**
   * Builds the year's plan from a template, in one transaction: sections and
   * starter tasks (unassigned: the secretary assigns them with /suanv … giao).
   * One plan per agency per year.
   */
  async createFromTemplate(actor: Member, year: number, opts: { templateId?: string; symbol?: string } = {}) {
    assertManager(actor);
    const current = this.currentYear();
    if (!Number.isInteger(year) || year < current - 1 || year > current + 1) throw new DomainError("plan-year", { from: String(current - 1), to: String(current + 1) });
    const template = loadPlanTemplate(opts.templateId ?? DEFAULT_TEMPLATE_ID);
    const now = this.deps.clock.now();
    const tz = this.deps.timezone;
    return this.db.$transaction(async (tx) => {
      const existing = await tx.plan.findUnique({ where: { agencyId_year: { agencyId: actor.agencyId, year } } });
      if (existing) throw new DomainError("plan-exists", { year: String(year) });
      const plan = await tx.plan.create({
        data: {
          agencyId: actor.agencyId,
          year,
          title: fillYear(template.title, year),
          symbol: opts.symbol ?? null,
          templateId: template.id,
          createdById: actor.id,
          createdAt: now,
        },
      });
      let number = await nextTaskNumber(tx, actor.agencyId);
      let taskCount = 0;
      for (const [order, s] of template.sections.entries()) {
        const section = await tx.planSection.create({ data: { planId: plan.id, code: s.code, title: fillYear(s.title, year), order } });
        if (!s.tasks.length) continue;
        await tx.task.createMany({
          data: s.tasks.map((t) => {
            const recurrence = t.recurrence ?? TaskRecurrence.NONE;
            const period = recurrence === TaskRecurrence.NONE ? undefined : initialPeriod(recurrence, year, now, tz);
            const dueDate = period ? period.end : t.due ? resolveDueSpec(t.due, year, tz)! : yearBounds(year, tz).end;
            return {
              agencyId: actor.agencyId,
              planId: plan.id,
              sectionId: section.id,
              number: number++,
              title: fillYear(t.title, year),
              description: t.description ? fillYear(t.description, year) : null,
              recurrence,
              periodStart: period?.start ?? null,
              periodEnd: period?.end ?? null,
              dueDate,
              templateKey: t.key,
              createdById: actor.id,
              createdAt: now,
              updatedAt: now,
            };
          }),
        });
        taskCount += s.tasks.length;
      }
      await writeAudit(tx, {
        agencyId: actor.agencyId,
        actorMemberId: actor.id,
        actorLabel: actorLabel(actor),
        action: "plan.create",
        details: { planId: plan.id, year, templateId: template.id, tasks: taskCount },
        at: now,
      });
      return { plan, sectionCount: template.sections.length, taskCount };
    });
  }

  /** This year's plan, or else the most recent one. */
  async currentPlan(agencyId: number): Promise<Plan | null> {
    return readCurrentPlan(this.db, agencyId, this.currentYear());
  }

  async sections(agencyId: number): Promise<PlanSection[]> {
    const plan = await this.currentPlan(agencyId);
    if (!plan) throw new DomainError("no-plan");
    return readSections(this.db, plan.id);
  }

  /**
   * Everything /kehoach and /tiendo show, in a constant number of statements
   * whatever the number of tasks: period roll (1), the current plan (1),
   * sections (1), tasks (1), assignees with their names (1). Raw SQL
   * (plan-reads.ts): the model API cost more CPU than the rest of the update.
   */
  async overview(agencyId: number): Promise<PlanOverview> {
    await this.deps.tasks.rollPeriods(agencyId);
    const now = this.deps.clock.now();
    const plan = await this.currentPlan(agencyId);
    if (!plan) throw new DomainError("no-plan");
    // Assignees by the plan, not by task ids: binding every task id would split
    // at 999 parameters, so the statement count would grow with the plan.
    const [sections, plain, links] = await Promise.all([
      readSections(this.db, plan.id),
      readPlanTasks(this.db, plan.id),
      readPlanAssignees(this.db, plan.id, agencyId),
    ]);
    const assignees = new Map<number, OverviewTask["assignees"]>();
    for (const l of links) {
      const list = assignees.get(l.taskId) ?? [];
      list.push({ member: l.member });
      assignees.set(l.taskId, list);
    }
    const tasks: OverviewTask[] = plain.map((t) => ({ ...t, assignees: assignees.get(t.id) ?? [] }));
    const bySection = new Map<number, OverviewTask[]>(sections.map((s) => [s.id, []]));
    for (const t of tasks) bySection.get(t.sectionId)?.push(t);
    const result = sections.map((section) => {
      const list = bySection.get(section.id) ?? [];
      return { section, tasks: list, counts: countStates(list, now) };
    });
    const overdue = tasks
      .filter((t) => taskState(t, now) === "overdue")
      .sort((a, b) => a.dueDate!.getTime() - b.dueDate!.getTime());
    return { plan, sections: result, counts: countStates(tasks, now), overdue, now };
  }

  /**
   * The progress /tiendo shows, counted by the database: the period roll (1),
   * the current plan (1), the sections with their counts (1), the overdue
   * tasks with their owners (1), whatever the number of tasks (progress-reads.ts).
   */
  async progress(agencyId: number): Promise<PlanProgress> {
    await this.deps.tasks.rollPeriods(agencyId);
    const now = this.deps.clock.now();
    const plan = await this.currentPlan(agencyId);
    if (!plan) throw new DomainError("no-plan");
    const [sections, overdue] = await Promise.all([readSectionCounts(this.db, plan.id, now), readOverdueWithOwners(this.db, { planId: plan.id, agencyId, now })]);
    const counts: StateCounts = { done: 0, "in-progress": 0, overdue: 0, "not-started": 0, total: 0 };
    const result = sections.map(({ section, done, inProgress, overdue: late, notStarted, total }) => {
      const own: StateCounts = { done, "in-progress": inProgress, overdue: late, "not-started": notStarted, total };
      for (const k of Object.keys(counts) as (keyof StateCounts)[]) counts[k] += own[k];
      return { section, counts: own };
    });
    return { plan, sections: result, counts, overdue };
  }
}

/** What /tiendo shows: the states by section and the overdue tasks, without the plan's other tasks. */
export interface PlanProgress {
  plan: Plan;
  sections: { section: PlanSection; counts: StateCounts }[];
  counts: StateCounts;
  /** Overdue tasks, earliest due first. */
  overdue: OverdueTask[];
}

export function countStates(tasks: Pick<Task, "status" | "dueDate">[], now: Date): StateCounts {
  const counts: StateCounts = { done: 0, "in-progress": 0, overdue: 0, "not-started": 0, total: 0 };
  for (const t of tasks) {
    const s = taskState(t, now);
    if (s === "cancelled") continue;
    counts[s]++;
    counts.total++;
  }
  return counts;
}
