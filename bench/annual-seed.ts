import type { Clock } from "../src/clock.js";
import type { Db } from "../src/db/client.js";
import type { Agency, Member } from "../src/generated/prisma/client.js";
import { Role, TaskStatus } from "../src/generated/prisma/enums.js";

/**
 * The benchmarks' agency: 200 tasks and 20,000 progress reports over a year
 * (plus 500 obstacles and 300 proposals), written straight into the tables.
 * Shared by the periodic-report and the backup benchmarks.
 */
export const TASKS = 200;
export const REPORTS = 20_000;
const MEMBERS = 10;
const ASSIGNEES = 2;
const SECTIONS = ["2.1", "2.2", "2.3", "2.4", "3", "4", "5"];

export async function seedAnnualAgency(db: Db, clock: Clock): Promise<{ agency: Agency; secretary: Member; year: number }> {
  const agency = await db.agency.create({ data: { name: "Thanh tra tỉnh Tây Ninh", createdAt: clock.now() } });
  const members: Member[] = [];
  for (let i = 0; i < MEMBERS; i++) {
    members.push(
      await db.member.create({
        data: { agencyId: agency.id, platformUserId: String(i + 1), fullName: `Thành viên Số ${i + 1}`, position: "Chuyên viên", role: i === 0 ? Role.SECRETARY : Role.MEMBER },
      }),
    );
  }
  const secretary = members[0]!;
  const year = 2026;
  const day = (doy: number) => new Date(Date.UTC(year, 0, 1 + doy, 3));
  const plan = await db.plan.create({ data: { agencyId: agency.id, year, title: "Kế hoạch", templateId: "qcdc", createdAt: day(0) } });
  const sections: { id: number }[] = [];
  for (const [i, code] of SECTIONS.entries()) sections.push(await db.planSection.create({ data: { planId: plan.id, code, title: `Nội dung ${code}`, order: i } }));
  await db.task.createMany({
    data: Array.from({ length: TASKS }, (_, i) => ({
      agencyId: agency.id,
      planId: plan.id,
      sectionId: sections[i % sections.length]!.id,
      number: i + 1,
      title: `Nhiệm vụ thử nghiệm số ${i + 1} về thực hiện dân chủ ở cơ sở`,
      status: i % 3 === 0 ? TaskStatus.DONE : i % 3 === 1 ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED,
      dueDate: day(30 + (i % 330)),
      completedAt: i % 3 === 0 ? day(20 + (i % 300)) : null,
      createdAt: day(0),
      updatedAt: day(0),
    })),
  });
  const tasks = await db.task.findMany({ select: { id: true } });
  for (let start = 0; start < REPORTS; start += 2000) {
    await db.progressReport.createMany({
      data: Array.from({ length: Math.min(2000, REPORTS - start) }, (_, k) => {
        const i = start + k;
        return {
          agencyId: agency.id,
          taskId: tasks[i % TASKS]!.id,
          // Two assignees per task take turns (tasks have one to three assignees in practice):
          // 400 quoted results in the document.
          memberId: members[((i % TASKS) + (Math.floor(i / TASKS) % ASSIGNEES)) % MEMBERS]!.id,
          percent: Math.min(100, (i % 11) * 10),
          result: `Kết quả thực hiện lần ${i}: đã triển khai đến các phòng nghiệp vụ`,
          createdAt: day(1 + (i % 330)),
        };
      }),
    });
  }
  const someReports = await db.progressReport.findMany({ take: 800, select: { id: true, taskId: true, memberId: true, createdAt: true } });
  await db.obstacle.createMany({
    data: someReports.slice(0, 500).map((r, i) => ({
      agencyId: agency.id,
      reportId: r.id,
      taskId: r.taskId,
      memberId: r.memberId,
      text: `Vướng mắc ${i}`,
      createdAt: r.createdAt,
      ...(i % 2 ? { status: "RESOLVED" as const, resolution: "Đã xử lý", resolvedAt: r.createdAt } : {}),
    })),
  });
  await db.proposal.createMany({
    data: someReports.slice(500, 800).map((r, i) => ({ agencyId: agency.id, reportId: r.id, taskId: r.taskId, memberId: r.memberId, text: `Đề xuất ${i}`, createdAt: r.createdAt })),
  });
  return { agency, secretary, year };
}
