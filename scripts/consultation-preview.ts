import { writeFileSync } from "node:fs";
import path from "node:path";
import { FakeClock } from "../src/clock.js";
import { Role } from "../src/generated/prisma/enums.js";
import { departmentKey } from "../src/services/audiences.js";
import { deliverPending } from "../src/services/consultation-delivery.js";
import { parseAnswer } from "../src/services/consultation-input.js";
import { ConsultationUptake } from "../src/services/consultations.js";
import { createServices } from "../src/services/index.js";
import { createTestDb } from "../tests/harness/test-db.js";

const TZ = "Asia/Ho_Chi_Minh";

/**
 * For `npm run report:preview`: a consultation of a provincial inspectorate on
 * its draft internal spending rules, as it would really run (two departments,
 * named and anonymous comments, each taken up or explained), written as
 * out/tong-hop-y-kien.docx.
 */
export async function writeConsultationPreview(out: string): Promise<string> {
  const t = createTestDb();
  try {
    const clock = new FakeClock("2026-11-02T02:00:00Z");
    const services = createServices({ db: t.db, clock, timezone: TZ });
    const agency = await t.db.agency.create({ data: { name: "Thanh tra tỉnh Tây Ninh", createdAt: clock.now() } });
    const vp = await t.db.department.create({ data: { agencyId: agency.id, name: "Văn phòng", nameKey: departmentKey("Văn phòng") } });
    const nv = await t.db.department.create({ data: { agencyId: agency.id, name: "Phòng Nghiệp vụ 1", nameKey: departmentKey("Phòng Nghiệp vụ 1") } });
    const mk = (role: Role, fullName: string, id: string, departmentId: number | null) =>
      t.db.member.create({ data: { agencyId: agency.id, platformUserId: id, fullName, position: "Chuyên viên", role, departmentId, joinedAt: clock.now() } });
    const secretary = await mk(Role.SECRETARY, "Nguyễn Thị Lan", "1", vp.id);
    const names = ["Lê Văn An", "Trần Thị Bình", "Phạm Văn Cường", "Đỗ Thị Dung", "Vũ Văn Em", "Hoàng Thị Giang", "Ngô Văn Hải", "Bùi Thị Hương"];
    const staff = [];
    for (const [i, n] of names.entries()) staff.push(await mk(Role.STAFF, n, String(10 + i), i < 4 ? vp.id : nv.id));
    await services.reports.updateProfile(secretary, { parentAgency: "UBND tỉnh Tây Ninh", signerName: "Trần Văn Hùng" });
    const c = services.consultations;
    const draft = "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định chế độ, tiêu chuẩn, định mức chi tiêu nội bộ của Thanh tra tỉnh năm 2027.";
    const { consultation } = await c.open(secretary, { title: "Dự thảo Quy chế chi tiêu nội bộ năm 2027", draft, audience: { kind: "departments", departmentIds: [vp.id, nv.id] }, deadline: new Date("2026-11-13T16:59:59.999Z") });
    const comments: [number, string, boolean][] = [
      [0, "Đề nghị quy định rõ mức khoán công tác phí cho cán bộ thường xuyên đi cơ sở tại Điều 7.", false],
      [1, "Đề nghị bổ sung khoản chi hỗ trợ cán bộ làm công tác tiếp công dân theo Nghị quyết của HĐND tỉnh.", false],
      [2, "Mức chi văn phòng phẩm tại Điều 12 thấp so với thực tế, đề nghị nâng lên.", false],
      [4, "Đề nghị công khai kết quả sử dụng kinh phí tiết kiệm được trước khi chia thu nhập tăng thêm.", true],
      [5, "Thủ tục thanh toán tại Điều 15 còn yêu cầu nhiều chữ ký, đề nghị rút gọn.", true],
    ];
    for (const [i, text, anonymous] of comments) {
      if (anonymous) await c.answerAnonymously(staff[i]!, 1, parseAnswer(text));
      else await c.answer(staff[i]!, 1, parseAnswer(text));
    }
    await c.answer(staff[3]!, 1, parseAnswer("đồng ý"));
    await c.answer(staff[6]!, 1, parseAnswer("không có ý kiến"));
    await t.db.$transaction((tx) => deliverPending(tx, consultation));
    await c.close(secretary, 1, agency.id);
    const notes: Record<string, [ConsultationUptake, string]> = {
      "Điều 7": [ConsultationUptake.ACCEPTED, "Đã bổ sung khoản 3 Điều 7 về mức khoán công tác phí hằng tháng."],
      "tiếp công dân": [ConsultationUptake.ACCEPTED, "Đã bổ sung Điều 9a theo Nghị quyết số 12/2025/NQ-HĐND."],
      "Điều 12": [ConsultationUptake.EXPLAINED, "Giữ như dự thảo: mức chi đã bằng mức tối đa theo dự toán được giao năm 2027."],
      "công khai": [ConsultationUptake.ACCEPTED, "Đã bổ sung Điều 20 về công khai tại hội nghị cán bộ, công chức."],
      "chữ ký": [ConsultationUptake.EXPLAINED, "Giữ như dự thảo: số chữ ký theo quy định của Kho bạc Nhà nước."],
    };
    for (const a of [...(await t.db.consultationAnswer.findMany()), ...(await t.db.consultationAnonymousAnswer.findMany())]) {
      const hit = Object.entries(notes).find(([k]) => a.text?.includes(k));
      if (hit && a.number) await c.respond(secretary, 1, a.number, hit[1][0], hit[1][1]);
    }
    const report = await c.report(secretary, 1);
    writeFileSync(path.join(out, "tong-hop-y-kien.docx"), report.docx);
    return "tong-hop-y-kien";
  } finally {
    await t.close();
  }
}
