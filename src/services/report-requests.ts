import type { Clock } from "../clock.js";
import type { Db, DbOrTx, Tx } from "../db/client.js";
import type { Member } from "../generated/prisma/client.js";
import { ReportKind, ReportRequestStatus } from "../generated/prisma/enums.js";
import { writeAudit, type AuditAction } from "./audit.js";
import { DomainError } from "./errors.js";
import { requestChanges, type RecordedRequest } from "./report-request-changes.js";
import { DOC } from "../reports/wording.js";
import { actorLabel, assertManager } from "./task-rules.js";
import { endOfLocalDay, type LocalDate, startOfLocalDay } from "../time/local-day.js";

export const LIMITS = { docNumber: 60, topic: 200, recipient: 200, recipients: 20, supplement: 3000, profileField: 120 } as const;

/** Nơi nhận of the reference plan, used when neither the request nor the agency gives its own. */
export function defaultRecipients(agencyName: string): string[] {
  return DOC.recipients.defaults(agencyName);
}

/** The agency's default Nơi nhận (`/mauvb noinhan`), or the bot's. */
export async function agencyRecipients(db: DbOrTx, agency: { id: number; name: string }): Promise<string[]> {
  const profile = await db.agencyReportProfile.findUnique({ where: { agencyId: agency.id }, select: { recipients: true } });
  const own = profile?.recipients ? (JSON.parse(profile.recipients) as unknown) : null;
  return Array.isArray(own) && own.length && own.every((r) => typeof r === "string") ? (own as string[]) : defaultRecipients(agency.name);
}

/** One rule for a list of Nơi nhận, wherever it is typed. */
export function checkRecipients(recipients: readonly string[]): void {
  if (recipients.length === 0) throw new DomainError("report-recipients-empty");
  if (recipients.length > LIMITS.recipients) throw new DomainError("report-recipients-too-many", { max: String(LIMITS.recipients) });
  if (recipients.some((r) => r.length > LIMITS.recipient)) throw new DomainError("report-recipient-too-long", { max: String(LIMITS.recipient) });
}

export interface NewRequest {
  kind: ReportKind;
  topic?: string | null;
  periodFrom: LocalDate;
  periodTo: LocalDate;
  deadline: LocalDate;
  docNumber?: string | null;
  docDate?: LocalDate | null;
  recipients?: string[] | null;
}

interface RequestDeps {
  db: Db;
  clock: Clock;
  timezone: string;
}

function audit(deps: RequestDeps, tx: Tx, actor: Member, action: AuditAction, details: Record<string, unknown>): Promise<void> {
  return writeAudit(tx, { agencyId: actor.agencyId, actorMemberId: actor.id, actorLabel: actorLabel(actor), action, details, at: deps.clock.now() });
}

/**
 * Records the higher level's request. A request for a period not yet
 * recorded is a new request. One for the same report (kind and an overlapping period,
 * and topic for a thematic one), the plan's automatic 6-month or annual
 * request included, updates it and says what changed; a change that would
 * discard what a document already set is made only with `replace`.
 */
export async function recordReportRequest(deps: RequestDeps, actor: Member, input: NewRequest, opts: { replace?: boolean } = {}): Promise<RecordedRequest> {
  assertManager(actor);
  const now = deps.clock.now();
  const periodFrom = startOfLocalDay(input.periodFrom, deps.timezone);
  const periodTo = endOfLocalDay(input.periodTo, deps.timezone);
  const deadline = endOfLocalDay(input.deadline, deps.timezone);
  if (periodTo.getTime() < periodFrom.getTime()) throw new DomainError("report-period-order");
  if (deadline.getTime() < now.getTime()) throw new DomainError("report-deadline-past");
  if (input.kind === ReportKind.THEMATIC && !input.topic) throw new DomainError("report-topic-missing");
  const agency = await deps.db.agency.findUniqueOrThrow({ where: { id: actor.agencyId } });
  const recipients = input.recipients?.length ? input.recipients : await agencyRecipients(deps.db, agency);
  if (recipients.length > LIMITS.recipients) throw new DomainError("report-recipients-too-many", { max: String(LIMITS.recipients) });
  const fields = {
    period: { from: periodFrom, to: periodTo },
    deadline,
    docNumber: input.docNumber ?? null,
    docDate: input.docDate ? startOfLocalDay(input.docDate, deps.timezone) : null,
    ...(input.recipients?.length ? { recipients } : {}),
  };
  return deps.db.$transaction(async (tx): Promise<RecordedRequest> => {
    const same = await tx.reportRequest.findFirst({
      where: {
        agencyId: actor.agencyId,
        kind: input.kind,
        // An overlapping period is the same report (the province's request may shift the plan's dates);
        // another half-year, or another year, is a new request.
        periodFrom: { lte: periodTo },
        periodTo: { gte: periodFrom },
        status: { not: ReportRequestStatus.CANCELLED },
        ...(input.kind === ReportKind.THEMATIC ? { topic: input.topic ?? null } : {}),
      },
      orderBy: { id: "asc" },
    });
    if (same) {
      const changes = requestChanges(same, fields);
      if (changes.length === 0) return { outcome: "unchanged", request: same, changes };
      if (changes.some((c) => c.discards) && !opts.replace) return { outcome: "needs-confirmation", request: same, changes };
      const row = await tx.reportRequest.update({
        where: { id: same.id },
        data: {
          periodFrom,
          periodTo,
          deadline,
          ...(fields.docNumber !== null ? { docNumber: fields.docNumber } : {}),
          ...(fields.docDate !== null ? { docDate: fields.docDate } : {}),
          ...(fields.recipients ? { recipients: JSON.stringify(fields.recipients) } : {}),
          updatedAt: now,
        },
      });
      await audit(deps, tx, actor, "reportrequest.update", { requestId: row.id, changed: changes.map((c) => c.field), docNumber: row.docNumber, deadline: row.deadline.toISOString() });
      return { outcome: "updated", request: row, changes };
    }
    const row = await tx.reportRequest.create({
      data: {
        agencyId: actor.agencyId,
        kind: input.kind,
        topic: input.topic ?? null,
        periodFrom,
        periodTo,
        deadline,
        docNumber: fields.docNumber,
        docDate: fields.docDate,
        recipients: JSON.stringify(recipients),
        createdById: actor.id,
        createdAt: now,
        updatedAt: now,
      },
    });
    await audit(deps, tx, actor, "reportrequest.create", { requestId: row.id, kind: row.kind, deadline: row.deadline.toISOString() });
    return { outcome: "created", request: row, changes: [] };
  });
}

