import type { Tx } from "../db/client.js";
import type { Meeting, MeetingConclusion, Member } from "../generated/prisma/client.js";
import { MemberStatus, TaskRecurrence } from "../generated/prisma/enums.js";
import { writeAudit } from "./audit.js";
import { DomainError } from "./errors.js";
import { COMMITTEE_ROLES } from "./roles.js";
import { LIMITS } from "./task-rules.js";
import { MAX_ASSIGNEES, nextTaskNumber } from "./tasks.js";
import { queueConclusionTaskAssigned, type NoticeRecipient } from "./task-notices.js";
import { endOfLocalDay, type LocalDate } from "../time/local-day.js";

/**
 * Creates the task for a kết luận and links it, in the caller's transaction.
 *
 * Why not `TaskService.assign`: it opens its own transaction, so the task and
 * the conclusion's link could not be written atomically (a double tap would
 * leave two tasks). This mirrors its rules (docs/tasks.md): task numbers from
 * `nextTaskNumber`, the same title limits, due date = last millisecond of that
 * local day, a non-recurring task starting NOT_STARTED, audit "task.create".
 *
 * Where it goes: the plan of the meeting's year; the section typed by the
 * secretary, else section "3" (Hoạt động của Ban Chỉ đạo, where committee
 * decisions belong in the reference plan), else the plan's first section.
 */
export const CONCLUSION_SECTION_CODE = "3";

export interface ConclusionTaskInput {
  actor: Member;
  conclusion: MeetingConclusion & { meeting: Meeting };
  assigneeIds: number[];
  dueDate: LocalDate | null;
  sectionCode?: string;
  /** The task's description, rendered by the chat layer (it points back to the meeting). */
  describe?: (c: MeetingConclusion) => string;
  now: Date;
  timezone: string;
}

/** `notified`: the assignees (but the actor) whose private notice was queued with the task. */
export interface ConclusionTaskResult {
  taskId: number;
  taskNumber: number;
  assignees: Member[];
  notified: NoticeRecipient[];
}

export async function createConclusionTask(
  tx: Tx,
  input: ConclusionTaskInput,
): Promise<ConclusionTaskResult> {
  const { actor, conclusion, now, timezone } = input;
  const plan = await tx.plan.findUnique({
    where: { agencyId_year: { agencyId: actor.agencyId, year: conclusion.meeting.year } },
    include: { sections: { orderBy: { order: "asc" } } },
  });
  if (!plan || !plan.sections.length) throw new DomainError("conclusion-no-plan", { year: String(conclusion.meeting.year) });
  const section = input.sectionCode
    ? plan.sections.find((s) => s.code === input.sectionCode)
    : (plan.sections.find((s) => s.code === CONCLUSION_SECTION_CODE) ?? plan.sections[0]);
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
    const d = input.dueDate;
    dueDate = endOfLocalDay(d, timezone); // a due date is the last instant of that day, as for any task
    if (dueDate < now) throw new DomainError("conclusion-due-past");
  }

  const title = conclusion.text.replace(/\s+/g, " ").trim();
  const shortTitle = title.length > LIMITS.title.max ? `${title.slice(0, LIMITS.title.max - 1)}…` : title;
  const number = await nextTaskNumber(tx, actor.agencyId);
  const task = await tx.task.create({
    data: {
      agencyId: actor.agencyId,
      planId: plan.id,
      sectionId: section.id,
      number,
      title: shortTitle,
      description: input.describe ? input.describe(conclusion) : null,
      recurrence: TaskRecurrence.NONE,
      dueDate,
      createdById: actor.id,
      createdAt: now,
      updatedAt: now,
      assignees: { create: ids.map((memberId) => ({ memberId, assignedAt: now })) },
    },
  });
  // Guarded update: of two managers converting the same conclusion at once, one wins, the other rolls back.
  const linked = await tx.meetingConclusion.updateMany({ where: { id: conclusion.id, taskId: null }, data: { taskId: task.id } });
  if (linked.count !== 1) throw new DomainError("conclusion-has-task", { id: String(conclusion.id) });
  await writeAudit(tx, {
    agencyId: actor.agencyId,
    actorMemberId: actor.id,
    actorLabel: `member:${actor.id}`,
    action: "conclusion.task",
    details: { taskId: task.id, number, conclusionId: conclusion.id, meetingId: conclusion.meetingId, assignees: ids },
    at: now,
  });
  const assignees = ids.map((id) => members.find((m) => m.id === id)!);
  const notified = await queueConclusionTaskAssigned(tx, { actor, task, members: assignees, now, timezone });
  return { taskId: task.id, taskNumber: number, assignees, notified };
}
