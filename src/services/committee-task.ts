import type { Tx } from "../db/client.js";
import type { Member, PlanSection, Task } from "../generated/prisma/client.js";
import { MemberStatus, TaskRecurrence } from "../generated/prisma/enums.js";
import { DomainError } from "./errors.js";
import { COMMITTEE_ROLES } from "./roles.js";
import { LIMITS } from "./task-rules.js";
import { MAX_ASSIGNEES, nextTaskNumber } from "./tasks.js";
import { endOfLocalDay, type LocalDate } from "../time/local-day.js";

/**
 * Creates a plan task from something decided in a meeting or a dialogue (a
 * kết luận, a question left for later), in the caller's transaction, so that
 * the task and the link of what it came from are written atomically (a double
 * tap cannot leave two tasks).
 *
 * Why not `TaskService.assign`: it opens its own transaction. This mirrors its
 * rules (docs/tasks.md): task numbers from `nextTaskNumber`, the same title
 * limits, due date = last millisecond of that local day, a non-recurring task
 * starting NOT_STARTED, assignees among the active committee members.
 *
 * Where it goes: the plan of `year`; the section typed, else section "3"
 * (Hoạt động của Ban Chỉ đạo, where committee decisions belong in the
 * reference plan), else the plan's first section.
 */
export const COMMITTEE_SECTION_CODE = "3";

export interface CommitteeTaskInput {
  actor: Member;
  year: number;
  /** What the task is about; squashed and cut to the task title's limit. */
  text: string;
  description: string | null;
  assigneeIds: number[];
  dueDate: LocalDate | null;
  sectionCode?: string;
  now: Date;
  timezone: string;
}

export interface CommitteeTask {
  task: Task;
  section: PlanSection;
  /** In the order they were picked. */
  assignees: Member[];
}

export async function createCommitteeTask(tx: Tx, input: CommitteeTaskInput): Promise<CommitteeTask> {
  const { actor, now, timezone } = input;
  const plan = await tx.plan.findUnique({
    where: { agencyId_year: { agencyId: actor.agencyId, year: input.year } },
    include: { sections: { orderBy: { order: "asc" } } },
  });
  if (!plan || !plan.sections.length) throw new DomainError("conclusion-no-plan", { year: String(input.year) });
  const section = input.sectionCode
    ? plan.sections.find((s) => s.code === input.sectionCode)
    : (plan.sections.find((s) => s.code === COMMITTEE_SECTION_CODE) ?? plan.sections[0]);
  if (!section) throw new DomainError("conclusion-bad-section", { code: input.sectionCode ?? "" });

  const ids = [...new Set(input.assigneeIds)];
  if (!ids.length) throw new DomainError("conclusion-no-assignees");
  if (ids.length > MAX_ASSIGNEES) throw new DomainError("conclusion-too-many-assignees", { max: MAX_ASSIGNEES });
  const members = await tx.member.findMany({
    where: { agencyId: actor.agencyId, id: { in: ids }, status: MemberStatus.ACTIVE, role: { in: [...COMMITTEE_ROLES] } },
  });
  const missing = ids.find((id) => !members.some((m) => m.id === id));
  if (missing !== undefined) throw new DomainError("conclusion-bad-assignee", { id: String(missing) });

  let dueDate: Date | null = null;
  if (input.dueDate) {
    dueDate = endOfLocalDay(input.dueDate, timezone); // a due date is the last instant of that day, as for any task
    if (dueDate < now) throw new DomainError("conclusion-due-past");
  }

  const title = input.text.replace(/\s+/g, " ").trim();
  const shortTitle = title.length > LIMITS.title.max ? `${title.slice(0, LIMITS.title.max - 1)}…` : title;
  const number = await nextTaskNumber(tx, actor.agencyId);
  const task = await tx.task.create({
    data: {
      agencyId: actor.agencyId,
      planId: plan.id,
      sectionId: section.id,
      number,
      title: shortTitle,
      description: input.description,
      recurrence: TaskRecurrence.NONE,
      dueDate,
      createdById: actor.id,
      createdAt: now,
      updatedAt: now,
      assignees: { create: ids.map((memberId) => ({ memberId, assignedAt: now })) },
    },
  });
  return { task, section, assignees: ids.map((id) => members.find((m) => m.id === id)!) };
}
