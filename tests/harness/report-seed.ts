import type { Db } from "../../src/db/client.js";
import { FeedbackCategory, FeedbackStatus, MeetingKind, MeetingStatus, TaskStatus } from "../../src/generated/prisma/enums.js";

/**
 * A half-year of committee work written straight into the tables (the other
 * features' services have their own tests): a plan with four sections, tasks,
 * progress reports in the members' words, obstacles (one resolved), proposals,
 * a held meeting with a conclusion, and feedback counts.
 */
export const SEED_TEXTS = {
  leadResult: "Đã ban hành Kế hoạch số 05-KH/TTr và phân công thành viên theo dõi từng phòng",
  propagateResult: "Tổ chức quán triệt Luật Thực hiện dân chủ ở cơ sở cho 42 công chức, người lao động",
  propagateResult2: "Đăng 3 tin gương điển hình trên cổng thông tin điện tử",
  inspectResult: "Kiểm tra việc công khai tài chính tại Văn phòng, không phát hiện sai phạm",
  obstacleOpen: "Thiếu kinh phí in tài liệu tuyên truyền",
  obstacleResolved: "Chưa có lịch họp chung với Công đoàn",
  resolution: "Thống nhất họp chung vào thứ Sáu tuần cuối quý",
  proposal: "Đề nghị bổ sung 2 triệu đồng kinh phí tuyên truyền quý III",
  conclusion: "Giao Văn phòng rà soát Quy chế hoạt động của Ban Chỉ đạo trước 30/9",
} as const;

export const SEED_SECTIONS = [
  { code: "2.1", title: "Công tác lãnh đạo, chỉ đạo của cấp ủy, lãnh đạo cơ quan về thực hiện dân chủ" },
  { code: "2.2", title: "Công tác triển khai, tuyên truyền" },
  { code: "2.3", title: "Công tác kiểm tra, giám sát" },
  { code: "3", title: "Hoạt động của Ban Chỉ đạo cơ quan" },
] as const;

export async function seedHalfYear(db: Db, agencyId: number, memberIds: number[], year = 2026): Promise<{ planId: number; taskIds: number[] }> {
  const at = (m: number, d: number) => new Date(Date.UTC(year, m - 1, d, 3));
  const plan = await db.plan.create({
    data: { agencyId, year, title: `Kế hoạch thực hiện Quy chế dân chủ năm ${year}`, symbol: "05-KH/TTr", issuedAt: at(1, 10), templateId: "qcdc", createdAt: at(1, 5) },
  });
  const sections = [];
  for (const [i, s] of SEED_SECTIONS.entries()) sections.push(await db.planSection.create({ data: { planId: plan.id, code: s.code, title: s.title, order: i } }));
  const [lead, propagate, inspect, committee] = sections as [typeof sections[0], typeof sections[0], typeof sections[0], typeof sections[0]];
  const [a, b, c] = [memberIds[0]!, memberIds[1] ?? memberIds[0]!, memberIds[2] ?? memberIds[0]!];
  let n = 0;
  const task = (sectionId: number, title: string, status: TaskStatus, due: Date | null, completedAt: Date | null = null) =>
    db.task.create({
      data: { agencyId, planId: plan.id, sectionId, number: ++n, title, status, dueDate: due, completedAt, createdAt: at(1, 10), updatedAt: at(1, 10) },
    });
  const t1 = await task(lead.id, "Ban hành kế hoạch thực hiện QCDC năm", TaskStatus.DONE, at(2, 28), at(2, 20));
  const t2 = await task(propagate.id, "Triển khai Luật Thực hiện dân chủ ở cơ sở năm 2022", TaskStatus.DONE, at(4, 30), at(4, 15));
  const t3 = await task(propagate.id, "Đăng tải gương điển hình tiêu biểu", TaskStatus.IN_PROGRESS, at(12, 15));
  const t4 = await task(inspect.id, "Kiểm tra việc công khai, minh bạch trong cơ quan", TaskStatus.IN_PROGRESS, at(5, 31));
  const t5 = await task(committee.id, "Sửa đổi Quy chế hoạt động của Ban Chỉ đạo", TaskStatus.NOT_STARTED, at(9, 30));

  const report = async (taskId: number, memberId: number, percent: number, result: string, when: Date, extra: { obstacle?: string; proposal?: string } = {}) => {
    const r = await db.progressReport.create({
      data: { agencyId, taskId, memberId, percent, result, obstacles: extra.obstacle ?? null, proposals: extra.proposal ?? null, createdAt: when },
    });
    return r;
  };
  await report(t1.id, a, 100, SEED_TEXTS.leadResult, at(2, 20));
  await report(t2.id, b, 50, "Đã lập danh sách người tham dự", at(3, 10));
  await report(t2.id, b, 100, SEED_TEXTS.propagateResult, at(4, 15));
  const r3 = await report(t3.id, c, 40, SEED_TEXTS.propagateResult2, at(5, 5), { obstacle: SEED_TEXTS.obstacleOpen, proposal: SEED_TEXTS.proposal });
  const r4 = await report(t4.id, a, 60, SEED_TEXTS.inspectResult, at(3, 25), { obstacle: SEED_TEXTS.obstacleResolved });
  await db.obstacle.create({ data: { agencyId, reportId: r3.id, taskId: t3.id, memberId: c, text: SEED_TEXTS.obstacleOpen, createdAt: at(5, 5) } });
  await db.obstacle.create({
    data: { agencyId, reportId: r4.id, taskId: t4.id, memberId: a, text: SEED_TEXTS.obstacleResolved, status: "RESOLVED", resolution: SEED_TEXTS.resolution, resolvedAt: at(4, 2), resolvedById: a, createdAt: at(3, 25) },
  });
  await db.proposal.create({ data: { agencyId, reportId: r3.id, taskId: t3.id, memberId: c, text: SEED_TEXTS.proposal, createdAt: at(5, 5) } });

  const meeting = await db.meeting.create({
    data: { agencyId, kind: MeetingKind.QUARTERLY, quarter: 1, year, startsAt: at(3, 27), place: "Phòng họp số 1", status: MeetingStatus.HELD, createdAt: at(3, 1), scheduledAt: at(3, 1), updatedAt: at(3, 27) },
  });
  await db.meetingConclusion.create({ data: { meetingId: meeting.id, order: 1, text: SEED_TEXTS.conclusion, createdAt: at(3, 27) } });

  const days = ["01-15", "02-03", "03-12", "04-20", "05-08"];
  for (const [i, d] of days.entries()) {
    await db.feedback.create({
      data: {
        agencyId,
        number: i + 1,
        category: FeedbackCategory.SUGGESTION,
        text: `Góp ý ${i + 1}`,
        day: `${year}-${d}`,
        status: i < 3 ? FeedbackStatus.ANSWERED : FeedbackStatus.NEW,
        codeHash: `seed-${agencyId}-${i}`,
      },
    });
  }
  return { planId: plan.id, taskIds: [t1.id, t2.id, t3.id, t4.id, t5.id] };
}
