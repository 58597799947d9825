import type { Tx } from "../db/client.js";
import type { Meeting, MeetingConclusion, Member } from "../generated/prisma/client.js";
import { writeAudit } from "./audit.js";
import { createCommitteeTask, COMMITTEE_SECTION_CODE } from "./committee-task.js";
import { DomainError } from "./errors.js";
import { queueConclusionTaskAssigned, type NoticeRecipient } from "./task-notices.js";
import type { LocalDate } from "../time/local-day.js";

/**
 * Creates the task for a kết luận and links it, in the caller's transaction
 * (the task's rules and where it goes: committee-task.ts), audit
 * "conclusion.task", and the assignees' notice.
 */
export const CONCLUSION_SECTION_CODE = COMMITTEE_SECTION_CODE;

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
  const { task, assignees } = await createCommitteeTask(tx, {
    actor,
    year: conclusion.meeting.year,
    text: conclusion.text,
    description: input.describe ? input.describe(conclusion) : null,
    assigneeIds: input.assigneeIds,
    dueDate: input.dueDate,
    ...(input.sectionCode !== undefined ? { sectionCode: input.sectionCode } : {}),
    now,
    timezone,
  });
  const ids = assignees.map((m) => m.id);
  const number = task.number;
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
  const notified = await queueConclusionTaskAssigned(tx, { actor, task, members: assignees, now, timezone });
  return { taskId: task.id, taskNumber: number, assignees, notified };
}
