import type { DbOrTx } from "../db/client.js";
import type { Consultation } from "../generated/prisma/client.js";
import { ConsultationStatus, MemberStatus } from "../generated/prisma/enums.js";

export interface ConsultationLine {
  consultation: Consultation;
  asked: number;
  answered: number;
}

/** The agency's consultations, newest first, with asked/answered counts: three queries. */
export async function listConsultations(db: DbOrTx, agencyId: number, limit = 20): Promise<ConsultationLine[]> {
  const rows = await db.consultation.findMany({ where: { agencyId }, orderBy: { number: "desc" }, take: limit });
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [asked, answered] = await Promise.all([
    db.consultationRecipient.groupBy({ by: ["consultationId"], where: { consultationId: { in: ids } }, _count: { _all: true } }),
    db.consultationRecipient.groupBy({ by: ["consultationId"], where: { consultationId: { in: ids }, answered: true }, _count: { _all: true } }),
  ]);
  const n = (list: { consultationId: number; _count: { _all: number } }[], id: number) => list.find((x) => x.consultationId === id)?._count._all ?? 0;
  return rows.map((c) => ({ consultation: c, asked: n(asked, c.id), answered: n(answered, c.id) }));
}

export interface NotAnsweredGroup {
  department: string | null;
  names: string[];
}

/** Who has not answered yet, by department (for the secretary; reminders go to the same people). */
export async function notAnswered(db: DbOrTx, consultationId: number): Promise<NotAnsweredGroup[]> {
  const rows = await db.consultationRecipient.findMany({
    where: { consultationId, answered: false, member: { status: MemberStatus.ACTIVE } },
    select: { member: { select: { fullName: true, department: { select: { name: true } } } } },
    orderBy: { member: { fullName: "asc" } },
  });
  const groups = new Map<string | null, string[]>();
  for (const r of rows) {
    const key = r.member.department?.name ?? null;
    groups.set(key, [...(groups.get(key) ?? []), r.member.fullName]);
  }
  return [...groups.entries()]
    .map(([department, names]) => ({ department, names }))
    .sort((a, b) => (a.department === null ? 1 : b.department === null ? -1 : a.department.localeCompare(b.department, "vi")));
}

/** The open consultations a member was asked in and has not answered yet. */
export function openFor(db: DbOrTx, memberId: number, now: Date): Promise<Consultation[]> {
  return db.consultation.findMany({
    where: { status: ConsultationStatus.OPEN, deadline: { gte: now }, recipients: { some: { memberId, answered: false } } },
    orderBy: { deadline: "asc" },
  });
}
