import type { DbOrTx } from "../db/client.js";
import type { Consultation } from "../generated/prisma/client.js";
import { ConsultationAnswerKind, ConsultationUptake } from "../generated/prisma/enums.js";
import { parseStoredAudience, type AudienceSpec } from "./audiences.js";
import { DomainError } from "./errors.js";

export interface SummaryComment {
  number: number;
  /** null: anonymous. */
  author: string | null;
  department: string | null;
  text: string;
  uptake: ConsultationUptake | null;
  note: string | null;
}

export interface DepartmentCount {
  name: string;
  asked: number;
  answered: number;
}

/** Everything the "Báo cáo tổng hợp ý kiến" says, from the database, in a constant number of queries. */
export interface ConsultationSummary {
  consultation: Consultation;
  audience: AudienceSpec;
  /** Names of the departments the audience named (for "departments" audiences). */
  audienceDepartments: string[];
  asked: number;
  /** Answers delivered to the drafting side (all of them once closed). */
  answered: number;
  agree: number;
  noOpinion: number;
  comments: SummaryComment[];
  anonymousComments: number;
  /** Asked and answered per department (members without one under null name). */
  departments: DepartmentCount[];
}

/**
 * Builds the summary of consultation `number`: five queries whatever the
 * number of recipients and answers (measured in bench/consultation-summary.bench.ts).
 * Counts come from delivered answers, so a summary taken while answers wait
 * for their batch does not show them early (docs/consultations.md).
 */
export async function consultationSummary(db: DbOrTx, agencyId: number, number: number): Promise<ConsultationSummary> {
  const consultation = await db.consultation.findUnique({ where: { agencyId_number: { agencyId, number } } });
  if (!consultation) throw new DomainError("consult-unknown", { number });
  const id = consultation.id;
  const [recipients, named, anonymous, departments] = await Promise.all([
    db.consultationRecipient.findMany({ where: { consultationId: id }, select: { answered: true, member: { select: { departmentId: true } } } }),
    db.consultationAnswer.findMany({
      where: { consultationId: id, delivered: true },
      select: { kind: true, number: true, text: true, uptake: true, responseNote: true, member: { select: { fullName: true, departmentId: true } } },
    }),
    db.consultationAnonymousAnswer.findMany({
      where: { consultationId: id, delivered: true },
      select: { kind: true, number: true, text: true, uptake: true, responseNote: true },
    }),
    db.department.findMany({ where: { agencyId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const deptName = new Map(departments.map((d) => [d.id, d.name]));
  const all = [...named, ...anonymous];
  const count = (k: ConsultationAnswerKind) => all.filter((a) => a.kind === k).length;
  const comments: SummaryComment[] = [
    ...named.map((a) => ({ ...a, author: a.member.fullName, department: a.member.departmentId ? (deptName.get(a.member.departmentId) ?? null) : null })),
    ...anonymous.map((a) => ({ ...a, author: null, department: null })),
  ]
    .filter((a) => a.kind === ConsultationAnswerKind.COMMENT && a.number !== null)
    .map((a) => ({ number: a.number!, author: a.author, department: a.department, text: a.text ?? "", uptake: a.uptake, note: a.responseNote }))
    .sort((a, b) => a.number - b.number);

  const byDept = new Map<number | null, DepartmentCount>();
  for (const r of recipients) {
    const key = r.member.departmentId;
    const entry = byDept.get(key) ?? { name: key ? (deptName.get(key) ?? "") : "", asked: 0, answered: 0 };
    entry.asked++;
    if (r.answered) entry.answered++;
    byDept.set(key, entry);
  }
  const audience = parseStoredAudience(consultation.audience);
  return {
    consultation,
    audience,
    audienceDepartments: audience.kind === "departments" ? audience.departmentIds.map((d) => deptName.get(d) ?? "").filter(Boolean) : [],
    asked: recipients.length,
    answered: all.length,
    agree: count(ConsultationAnswerKind.AGREE),
    noOpinion: count(ConsultationAnswerKind.NO_OPINION),
    comments,
    anonymousComments: comments.filter((c) => c.author === null).length,
    departments: [...byDept.values()].sort((a, b) => (a.name === "" ? 1 : b.name === "" ? -1 : a.name.localeCompare(b.name, "vi"))),
  };
}
