import type { Db } from "../src/db/client.js";
import { ConsultationAnswerKind, ConsultationStatus, ConsultationUptake, Role } from "../src/generated/prisma/enums.js";
import { serializeAudience } from "../src/services/audiences.js";

/**
 * An agency with `staff` members in 10 departments and one closed consultation
 * sent to all of them: 80 % answered (a third of the answers anonymous), a
 * fifth of the answers comments, all delivered and numbered, each answered
 * tiếp thu or giải trình. Written with createMany (the flows have their tests).
 */
export async function seedConsultation(db: Db, now: Date, staff: number): Promise<{ agencyId: number; number: number }> {
  const agency = await db.agency.create({ data: { name: "Sở Nội vụ tỉnh Tây Ninh", createdAt: now } });
  const depts: { id: number }[] = [];
  for (let i = 1; i <= 10; i++) depts.push(await db.department.create({ data: { agencyId: agency.id, name: `Phòng ${i}`, nameKey: `phong${i}` } }));
  const secretary = await db.member.create({ data: { agencyId: agency.id, platformUserId: "1", fullName: "Nguyễn Thị Lan", position: "Chánh Văn phòng", role: Role.SECRETARY, joinedAt: now } });
  await db.member.createMany({
    data: Array.from({ length: staff }, (_, i) => ({ agencyId: agency.id, platformUserId: String(1000 + i), fullName: `Công chức ${String(i).padStart(4, "0")}`, position: "Chuyên viên", role: Role.STAFF, departmentId: depts[i % 10]!.id, joinedAt: now })),
  });
  const members = await db.member.findMany({ where: { agencyId: agency.id, role: Role.STAFF }, select: { id: true }, orderBy: { id: "asc" } });
  const c = await db.consultation.create({
    data: { agencyId: agency.id, number: 1, title: "Dự thảo Quy chế dân chủ trong hoạt động của cơ quan", draftText: "Điều 1. Phạm vi điều chỉnh …", audience: serializeAudience({ kind: "staff" }), deadline: now, status: ConsultationStatus.CLOSED, createdById: secretary.id, createdAt: now, closedAt: now },
  });
  const answered = members.slice(0, Math.floor(members.length * 0.8));
  await db.consultationRecipient.createMany({ data: members.map((m, i) => ({ consultationId: c.id, memberId: m.id, answered: i < answered.length })) });
  let number = 0;
  const kindOf = (i: number) => (i % 5 === 0 ? ConsultationAnswerKind.COMMENT : i % 5 === 1 ? ConsultationAnswerKind.NO_OPINION : ConsultationAnswerKind.AGREE);
  const comment = (i: number) => {
    const kind = kindOf(i);
    if (kind !== ConsultationAnswerKind.COMMENT) return { kind, delivered: true };
    const n = ++number;
    return { kind, delivered: true, number: n, text: `Ý kiến góp ý số ${n} về Điều ${(n % 12) + 1} của dự thảo.`, uptake: n % 3 ? ConsultationUptake.ACCEPTED : ConsultationUptake.EXPLAINED, responseNote: "Đã xem xét, chỉnh sửa dự thảo.", respondedById: secretary.id };
  };
  const named = answered.filter((_, i) => i % 3 !== 0);
  await db.consultationAnswer.createMany({ data: named.map((m, i) => ({ consultationId: c.id, memberId: m.id, ...comment(i) })) });
  await db.consultationAnonymousAnswer.createMany({ data: answered.filter((_, i) => i % 3 === 0).map((_, i) => ({ consultationId: c.id, ...comment(i) })) });
  await db.consultation.update({ where: { id: c.id }, data: { commentCount: number } });
  return { agencyId: agency.id, number: 1 };
}
