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
        // Past items were delivered by their batch (the committee counts only those, docs/anonymity.md).
        delivered: true,
        codeHash: `seed-${agencyId}-${i}`,
      },
    });
  }
  return { planId: plan.id, taskIds: [t1.id, t2.id, t3.id, t4.id, t5.id] };
}

/** The seven sections of the plan template (src/data/plan-templates/qcdc.json), as the preview and the reading test use them. */
export const YEAR_SECTIONS = [
  { code: "2.1", title: "Công tác lãnh đạo, chỉ đạo của cấp ủy, lãnh đạo cơ quan về thực hiện dân chủ" },
  { code: "2.2", title: "Công tác triển khai, tuyên truyền" },
  { code: "2.3", title: "Công tác kiểm tra, giám sát" },
  { code: "2.4", title: "Công tác thi đua, khen thưởng về thực hiện dân chủ tại cơ quan" },
  { code: "3", title: "Hoạt động của Ban Chỉ đạo cơ quan" },
  { code: "4", title: "Chế độ thông tin báo cáo" },
  { code: "5", title: "Tổ chức thực hiện" },
] as const;

/** Member notes the report must never print as they are: a name, a percent, a two-word status. */
export const YEAR_TEXTS = {
  named: "Đồng chí {name} phụ trách theo dõi khối Văn phòng và các phòng nghiệp vụ",
  percent: "Đã ban hành Thông báo phân công nhiệm vụ, đạt 100% kế hoạch",
  short: "Đã xong",
  dialogue: "Tổ chức 1 buổi đối thoại trực tiếp với công dân tại trụ sở cơ quan",
  conclusionQ2: "Giao Văn phòng tham mưu sơ kết 6 tháng thực hiện Quy chế dân chủ trước 15/7",
} as const;

type Step = { m: number; d: number; who: number; percent: number; text: string; obstacle?: string; resolvedOn?: [number, number]; resolution?: string; proposal?: string };
type SeedTask = { s: number; title: string; due: [number, number] | null; steps: Step[] };

/**
 * A realistic year of one agency's committee, as of `until` (the day the report is written):
 * the template's seven sections, 16 tasks done, in progress, late and not started, the members'
 * notes (some naming a colleague, some with a percent), obstacles, proposals, quarterly meetings
 * (one quarter missed in the second half) and feedback. Everything after `until` is left out, and
 * task rows carry their state as of that day.
 */
export async function seedRealisticYear(db: Db, agencyId: number, memberIds: number[], until: Date, names: string[], year = 2026): Promise<{ planId: number }> {
  const at = (m: number, d: number) => new Date(Date.UTC(year, m - 1, d, 3));
  const upTo = (dt: Date) => dt.getTime() <= until.getTime();
  const plan = await db.plan.create({
    data: { agencyId, year, title: `Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm ${year}`, symbol: "05-KH/TTr", issuedAt: at(1, 10), templateId: "qcdc", createdAt: at(1, 5) },
  });
  const sections = [];
  for (const [i, s] of YEAR_SECTIONS.entries()) sections.push(await db.planSection.create({ data: { planId: plan.id, code: s.code, title: s.title, order: i } }));
  const [a, b, c] = [memberIds[0]!, memberIds[1] ?? memberIds[0]!, memberIds[2] ?? memberIds[0]!];
  const named = YEAR_TEXTS.named.replace("{name}", names[1] ?? "Nguyễn Văn A");
  const tasks: SeedTask[] = [
    { s: 0, title: "Ban hành văn bản lãnh đạo, chỉ đạo cụ thể hóa Luật Thực hiện dân chủ ở cơ sở năm 2022", due: [6, 30], steps: [{ m: 2, d: 20, who: a, percent: 100, text: SEED_TEXTS.leadResult }] },
    { s: 0, title: "Phân công thành viên cấp ủy theo dõi, hướng dẫn thực hiện quy chế dân chủ ở cơ sở", due: [3, 31], steps: [{ m: 3, d: 25, who: b, percent: 100, text: named }] },
    { s: 0, title: "Tiếp công dân, đối thoại trực tiếp với công dân định kỳ theo quy định", due: [12, 31], steps: [{ m: 4, d: 12, who: c, percent: 40, text: YEAR_TEXTS.dialogue }, { m: 10, d: 8, who: c, percent: 80, text: "Tổ chức thêm 2 buổi đối thoại với công dân về công tác tiếp công dân, xử lý đơn thư" }] },
    { s: 1, title: "Triển khai Luật Thực hiện dân chủ ở cơ sở năm 2022 đến đảng viên, công chức, người lao động", due: [6, 30], steps: [{ m: 3, d: 10, who: b, percent: 50, text: "Đã lập danh sách người tham dự" }, { m: 4, d: 15, who: b, percent: 100, text: SEED_TEXTS.propagateResult }] },
    { s: 1, title: "Quán triệt Chỉ thị số 30-CT/TW ngày 18/02/1998 của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở", due: [3, 31], steps: [{ m: 3, d: 20, who: a, percent: 100, text: YEAR_TEXTS.short }] },
    { s: 1, title: "Đăng tải thông tin gương điển hình tiêu biểu trong thực hiện dân chủ ở cơ sở", due: [12, 15], steps: [{ m: 5, d: 5, who: c, percent: 40, text: SEED_TEXTS.propagateResult2, obstacle: SEED_TEXTS.obstacleOpen, resolvedOn: [8, 20], resolution: "Văn phòng bố trí kinh phí từ nguồn chi thường xuyên", proposal: SEED_TEXTS.proposal }, { m: 9, d: 10, who: c, percent: 100, text: "Đăng 5 tin, bài gương điển hình trên cổng thông tin điện tử của cơ quan" }] },
    { s: 2, title: "Giám sát việc công khai, minh bạch trong hoạt động của cơ quan", due: [5, 31], steps: [{ m: 3, d: 25, who: a, percent: 60, text: SEED_TEXTS.inspectResult, obstacle: SEED_TEXTS.obstacleResolved, resolvedOn: [4, 2], resolution: SEED_TEXTS.resolution }] },
    { s: 2, title: "Cử công chức tham gia lớp bồi dưỡng kỹ năng tuyên truyền, vận động thực hiện dân chủ ở cơ sở", due: [9, 30], steps: [{ m: 9, d: 20, who: b, percent: 100, text: "Cử 2 công chức tham gia lớp bồi dưỡng do Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức" }] },
    { s: 3, title: "Quán triệt Hướng dẫn về tiêu chí xét gương điển hình tiên tiến thực hiện Quy chế dân chủ ở cơ sở", due: [3, 31], steps: [] },
    { s: 3, title: "Xét, công nhận gương điển hình tiên tiến trong thực hiện Quy chế dân chủ ở cơ sở tại cơ quan", due: [12, 15], steps: [{ m: 12, d: 5, who: a, percent: 100, text: "Công nhận 3 gương điển hình tiên tiến trong thực hiện dân chủ ở cơ sở" }] },
    { s: 4, title: "Sửa đổi, bổ sung Quy chế hoạt động của Ban Chỉ đạo cơ quan", due: [9, 30], steps: [{ m: 9, d: 25, who: a, percent: 100, text: "Ban hành Quy chế hoạt động sửa đổi của Ban Chỉ đạo kèm theo Quyết định của Chánh Thanh tra" }] },
    { s: 4, title: "Ban hành Thông báo phân công nhiệm vụ các thành viên Ban Chỉ đạo", due: [3, 31], steps: [{ m: 3, d: 20, who: c, percent: 100, text: YEAR_TEXTS.percent }] },
    { s: 5, title: "Báo cáo kết quả thực hiện Quy chế dân chủ ở cơ sở 6 tháng", due: [6, 15], steps: [{ m: 6, d: 12, who: c, percent: 100, text: "Gửi báo cáo 6 tháng đến Ban Chỉ đạo tỉnh đúng hạn" }] },
    { s: 5, title: "Báo cáo kết quả thực hiện Quy chế dân chủ ở cơ sở năm", due: [12, 15], steps: [] },
    { s: 6, title: "Các phòng nghiệp vụ triển khai, quán triệt Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026", due: [3, 31], steps: [{ m: 3, d: 28, who: b, percent: 100, text: "Các phòng đã quán triệt Kế hoạch tại cuộc họp giao ban tháng 3" }] },
    { s: 6, title: "Tự đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở cuối năm theo Tiêu chí, gửi Ban Chỉ đạo tỉnh", due: [12, 15], steps: [] },
  ];
  let n = 0;
  for (const t of tasks) {
    const steps = t.steps.filter((st) => upTo(at(st.m, st.d)));
    const last = steps.at(-1);
    const done = last?.percent === 100;
    const row = await db.task.create({
      data: {
        agencyId,
        planId: plan.id,
        sectionId: sections[t.s]!.id,
        number: ++n,
        title: t.title,
        status: done ? TaskStatus.DONE : last ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED,
        percent: last?.percent ?? 0,
        dueDate: t.due ? at(t.due[0], t.due[1]) : null,
        completedAt: done ? at(last.m, last.d) : null,
        lastReportAt: last ? at(last.m, last.d) : null,
        createdAt: at(1, 10),
        updatedAt: at(1, 10),
      },
    });
    for (const st of steps) {
      const when = at(st.m, st.d);
      const r = await db.progressReport.create({
        data: { agencyId, taskId: row.id, memberId: st.who, percent: st.percent, result: st.text, obstacles: st.obstacle ?? null, proposals: st.proposal ?? null, createdAt: when },
      });
      if (st.obstacle) {
        const solved = st.resolvedOn && upTo(at(st.resolvedOn[0], st.resolvedOn[1]));
        await db.obstacle.create({
          data: {
            agencyId, reportId: r.id, taskId: row.id, memberId: st.who, text: st.obstacle, createdAt: when,
            ...(solved ? { status: "RESOLVED", resolution: st.resolution ?? null, resolvedAt: at(st.resolvedOn![0], st.resolvedOn![1]), resolvedById: a } : {}),
          },
        });
      }
      if (st.proposal) await db.proposal.create({ data: { agencyId, reportId: r.id, taskId: row.id, memberId: st.who, text: st.proposal, createdAt: when } });
    }
  }
  // Quarterly meetings: I and II held, III missed, IV held.
  const meetings: { q: number; m: number; d: number; conclusion: string }[] = [
    { q: 1, m: 3, d: 27, conclusion: SEED_TEXTS.conclusion },
    { q: 2, m: 6, d: 19, conclusion: YEAR_TEXTS.conclusionQ2 },
    { q: 4, m: 12, d: 8, conclusion: "Giao Văn phòng xây dựng dự thảo Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm sau" },
  ];
  for (const mt of meetings) {
    if (!upTo(at(mt.m, mt.d))) continue;
    const meeting = await db.meeting.create({
      data: { agencyId, kind: MeetingKind.QUARTERLY, quarter: mt.q, year, startsAt: at(mt.m, mt.d), place: "Phòng họp số 1", status: MeetingStatus.HELD, createdAt: at(mt.m, 1), scheduledAt: at(mt.m, 1), updatedAt: at(mt.m, mt.d) },
    });
    await db.meetingConclusion.create({ data: { meetingId: meeting.id, order: 1, text: mt.conclusion, createdAt: at(mt.m, mt.d) } });
  }
  const days = ["01-15", "02-03", "03-12", "04-20", "05-08", "07-14", "08-21", "10-02", "11-18"];
  let fb = 0;
  for (const [i, d] of days.entries()) {
    const [mm, dd] = d.split("-").map(Number) as [number, number];
    if (!upTo(at(mm, dd))) continue;
    await db.feedback.create({
      data: {
        agencyId, number: ++fb, category: FeedbackCategory.SUGGESTION, text: `Góp ý ${fb}`, day: `${year}-${d}`,
        status: i % 3 === 2 ? FeedbackStatus.NEW : FeedbackStatus.ANSWERED, codeHash: `year-${agencyId}-${i}`, delivered: true,
      },
    });
  }
  return { planId: plan.id };
}
