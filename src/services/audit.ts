import type { Tx } from "../db/client.js";

export type AuditAction =
  | "agency.create"
  | "invite.create"
  | "invite.revoke"
  | "member.join"
  | "member.role"
  | "member.remove"
  | "group.bind"
  // one person on several platforms (docs/linking.md)
  | "identity.link"
  | "identity.unlink"
  | "identity.prefer"
  // the committee's handling of anonymous feedback (docs/anonymity.md)
  | "feedback.take"
  | "feedback.reply"
  | "feedback.close"
  // plan, tasks, reports (docs/tasks.md)
  | "plan.create"
  | "task.create"
  | "task.update"
  | "task.reassign"
  | "task.cancel"
  | "report.edit"
  | "obstacle.resolve"
  // meetings (docs/meetings.md)
  | "meeting.schedule"
  | "meeting.reschedule"
  | "meeting.cancel"
  | "meeting.conclusion"
  | "meeting.minutes"
  | "conclusion.task"
  // scheduling settings and holidays (docs/scheduling.md)
  | "settings.update"
  | "holiday.set"
  | "holiday.remove"
  // periodic reports and self-assessment (docs/reports.md)
  | "reportrequest.create"
  | "reportrequest.update"
  | "reportrequest.cancel"
  | "report.generate"
  | "report.supplement"
  | "reportprofile.update"
  | "assessment.confirm"
  // departments, documents to study, the public register (docs/documents.md)
  | "department.create"
  | "department.rename"
  | "department.remove"
  | "member.department"
  | "document.register"
  | "document.send"
  | "document.settings"
  | "disclosure.add"
  // consultations on drafts (docs/consultations.md); anonymous answers write none
  | "consultation.open"
  | "consultation.close"
  | "consultation.respond"
  // a file attached to a document or a consultation draft (docs/documents.md, "Attached files")
  | "attachment.add"
  // dialogues with the staff (docs/dialogue.md); questions write none
  | "dialogue.schedule"
  | "dialogue.close"
  | "dialogue.answer"
  | "dialogue.task";

export interface AuditEntry {
  agencyId: number;
  actorMemberId?: number | null;
  actorLabel: string;
  action: AuditAction;
  targetMemberId?: number | null;
  details?: Record<string, unknown>;
  at: Date;
}

/** Always called inside the transaction that makes the change it records. */
export async function writeAudit(tx: Tx, e: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      agencyId: e.agencyId,
      actorMemberId: e.actorMemberId ?? null,
      actorLabel: e.actorLabel,
      action: e.action,
      targetMemberId: e.targetMemberId ?? null,
      details: JSON.stringify(e.details ?? {}),
      createdAt: e.at,
    },
  });
}
