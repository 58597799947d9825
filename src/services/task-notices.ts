import type { Tx } from "../db/client.js";
import { formatDate } from "../format/date.js";
import type { Member, PlanSection, Task } from "../generated/prisma/client.js";
import { MemberStatus, Role, TaskRecurrence } from "../generated/prisma/enums.js";
import { enqueueToMember } from "../messaging/outbox.js";
import { translate } from "../i18n/translator.js";
import { outboxChoices } from "../messaging/outbox.js";

/**
 * Private notices caused by a task or obstacle change (docs/tasks.md,
 * "Notifications"). Each is queued with `enqueueMessage` in the transaction of
 * the change itself, so a crash can neither lose a notice nor queue it twice,
 * and the paced sender applies its pacing, quiet hours, retries and
 * "unreachable member" handling. Texts are rendered here with `translate()`
 * (the same .ftl keys the chat used before), since services know no chat.
 *
 * The person making the change is never sent a notice about it: they read
 * the outcome in the reply to their own command.
 */

/** Who a notice was queued for, as the command reply needs it. */
export type NoticeRecipient = Pick<Member, "id" | "fullName" | "unreachableAt">;

type Addressee = Pick<Member, "id" | "agencyId" | "fullName" | "platform" | "platformUserId" | "unreachableAt">;

function queuePrivate(tx: Tx, to: Addressee, text: string, dedupeKey: string, now: Date, payload?: Record<string, unknown>): Promise<boolean> {
  return enqueueToMember(tx, to, { text, dedupeKey, ...(payload ? { payload } : {}) }, now);
}

function recipient(m: Addressee): NoticeRecipient {
  return { id: m.id, fullName: m.fullName, unreachableAt: m.unreachableAt };
}

/** The due date as `/giaoviec` shows it: "30/06/2026", "30/06/2026 (hằng quý)" or "không hạn". */
function dueText(task: Pick<Task, "dueDate" | "recurrence">, timezone: string): string {
  if (!task.dueDate) return translate("no-due");
  const due = formatDate(task.dueDate, timezone);
  if (task.recurrence === TaskRecurrence.NONE) return due;
  return translate("task-due-recurring", { due, recurrence: translate(`recurrence-${task.recurrence}`) });
}

/**
 * "You were assigned task #N", with the "Báo cáo tiến độ" button (`bc:n:<number>`,
 * the callback `/baocao` handles). The dedupe key carries the assignment
 * instant: someone removed and later assigned again is told again, while the
 * same assignment is never queued twice.
 */
export async function queueTaskAssigned(
  tx: Tx,
  input: { actorId: number; task: Pick<Task, "id" | "number" | "title" | "description" | "dueDate" | "recurrence">; section: Pick<PlanSection, "code" | "title">; members: Addressee[]; now: Date; timezone: string },
): Promise<NoticeRecipient[]> {
  const { task, section, now } = input;
  const text = translate("task-assigned-notice", {
    number: String(task.number),
    title: task.title,
    section: `${section.code}. ${section.title}`,
    due: dueText(task, input.timezone),
    description: task.description ? translate("task-notice-description", { text: task.description }) : "",
  });
  const payload = outboxChoices([[{ label: translate("btn-report"), action: `bc:n:${task.number}`, typed: [`/baocao ${task.number}`] }]]);
  const told: NoticeRecipient[] = [];
  for (const m of input.members) {
    if (m.id === input.actorId) continue;
    await queuePrivate(tx, m, text, `task-assigned:${task.id}:${m.id}:${now.getTime()}`, now, payload);
    told.push(recipient(m));
  }
  return told;
}

/** "You were assigned task no. N from a meeting conclusion" (the wording `/ketluan` used). */
export async function queueConclusionTaskAssigned(
  tx: Tx,
  input: { actor: Pick<Member, "id" | "fullName">; task: Pick<Task, "id" | "number" | "dueDate">; members: Addressee[]; now: Date; timezone: string },
): Promise<NoticeRecipient[]> {
  const { task, now } = input;
  const text = translate("ketluan-task-notice", {
    number: String(task.number),
    due: task.dueDate ? formatDate(task.dueDate, input.timezone) : translate("ketluan-no-due"),
    by: input.actor.fullName,
  });
  const told: NoticeRecipient[] = [];
  for (const m of input.members) {
    if (m.id === input.actor.id) continue;
    await queuePrivate(tx, m, text, `task-assigned:${task.id}:${m.id}:${now.getTime()}`, now);
    told.push(recipient(m));
  }
  return told;
}

/** The reporter of an obstacle learns how it was resolved (an obstacle is resolved once, hence the key). */
export async function queueObstacleResolved(
  tx: Tx,
  input: {
    actor: Pick<Member, "id" | "fullName">;
    obstacle: { id: number; text: string; resolution: string | null; task: Pick<Task, "number" | "title"> };
    reporter: Addressee & Pick<Member, "status">;
    now: Date;
  },
): Promise<NoticeRecipient | null> {
  const { obstacle, reporter } = input;
  // Someone who has left the agency is no longer told about its work.
  if (reporter.id === input.actor.id || reporter.status !== MemberStatus.ACTIVE) return null;
  const text = translate("obstacle-resolved-notice", {
    number: String(obstacle.task.number),
    task: obstacle.task.title,
    text: obstacle.text,
    by: input.actor.fullName,
    resolution: obstacle.resolution ?? "",
  });
  await queuePrivate(tx, reporter, text, `obstacle-resolved:${obstacle.id}`, input.now);
  return recipient(reporter);
}

/**
 * "New obstacle on task #N, raised by X": to the head and the secretary (the
 * people who resolve obstacles with /vuongmac), except the reporter. Without
 * it an obstacle would wait for the weekly digest, while the plan asks that
 * obstacles be raised "để tháo gỡ kịp thời".
 */
export async function queueObstaclesRaised(
  tx: Tx,
  input: { reporter: Pick<Member, "id" | "agencyId" | "fullName">; reportId: number; task: Pick<Task, "number" | "title">; obstacles: string[]; now: Date },
): Promise<void> {
  if (input.obstacles.length === 0) return;
  const leaders = await tx.member.findMany({
    where: { agencyId: input.reporter.agencyId, status: MemberStatus.ACTIVE, role: { in: [Role.HEAD, Role.SECRETARY] }, id: { not: input.reporter.id } },
  });
  const text = translate("obstacle-raised-notice", {
    number: String(input.task.number),
    task: input.task.title,
    by: input.reporter.fullName,
    items: input.obstacles.map((o) => `• ${o}`).join("\n"),
  });
  for (const m of leaders) await queuePrivate(tx, m, text, `obstacles-raised:${input.reportId}:${m.id}`, input.now);
}
