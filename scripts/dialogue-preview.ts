import { writeFileSync } from "node:fs";
import path from "node:path";
import { FakeClock } from "../src/clock.js";
import { Role } from "../src/generated/prisma/enums.js";
import { departmentKey } from "../src/services/audiences.js";
import { deliverQuestions } from "../src/services/dialogue-delivery.js";
import { createServices } from "../src/services/index.js";
import { createTestDb } from "../tests/harness/test-db.js";

const TZ = "Asia/Ho_Chi_Minh";

/**
 * For `npm run report:preview`: a dialogue of the head of a provincial
 * inspectorate with its staff, as it would really run (named and anonymous
 * questions, each answered, one left for later as a task), written as
 * out/bien-ban-doi-thoai.docx.
 */
export async function writeDialoguePreview(out: string): Promise<string> {
  const t = createTestDb();
  try {
    const clock = new FakeClock("2026-12-01T02:00:00Z");
    const services = createServices({ db: t.db, clock, timezone: TZ });
    const agency = await t.db.agency.create({ data: { name: "Thanh tra tỉnh Tây Ninh", createdAt: clock.now() } });
    const vp = await t.db.department.create({ data: { agencyId: agency.id, name: "Văn phòng", nameKey: departmentKey("Văn phòng") } });
    const mk = (role: Role, fullName: string, id: string, position = "Chuyên viên") =>
      t.db.member.create({ data: { agencyId: agency.id, platformUserId: id, fullName, position, role, departmentId: vp.id, joinedAt: clock.now() } });
    const secretary = await mk(Role.SECRETARY, "Nguyễn Thị Lan", "1", "Chánh Văn phòng");
    await mk(Role.HEAD, "Trần Văn Hùng", "2", "Chánh Thanh tra tỉnh");
    const deputy = await mk(Role.DEPUTY, "Lê Minh Tuấn", "3", "Phó Chánh Thanh tra tỉnh");
    const staff = [];
    for (const [i, n] of ["Lê Văn An", "Trần Thị Bình", "Phạm Văn Cường", "Đỗ Thị Dung", "Vũ Văn Em"].entries()) staff.push(await mk(Role.STAFF, n, String(10 + i)));
    await services.reports.updateProfile(secretary, { parentAgency: "UBND tỉnh Tây Ninh", signerName: "Trần Văn Hùng" });
    await services.plan.createFromTemplate(secretary, 2026);
    const d = services.dialogues;
    await d.schedule(secretary, { topic: "Chế độ, chính sách và điều kiện làm việc của công chức, người lao động năm 2027", place: "Hội trường tầng 3, Thanh tra tỉnh", startsAt: new Date("2026-12-10T07:30:00Z"), audience: { kind: "all" } });
    const user = (id: string) => ({ platform: "telegram", userId: id });
    await d.ask(staff[0]!, 1, "Đề nghị cho biết lộ trình xét nâng lương trước thời hạn năm 2027 đối với công chức có thành tích xuất sắc.");
    await d.ask(staff[1]!, 1, "Bộ phận tiếp công dân còn thiếu máy tính, đề nghị lãnh đạo quan tâm bố trí.");
    await d.askAnonymously(user("12"), staff[2]!, 1, "Đề nghị công khai tiêu chí và kết quả chấm điểm thi đua cuối năm trước khi bình xét.");
    await d.askAnonymously(user("13"), staff[3]!, 1, "Đề nghị xem xét hỗ trợ chi phí gửi xe cho người lao động hợp đồng.");
    clock.set("2026-12-10T07:30:00Z");
    const dialogue = await t.db.dialogue.findFirstOrThrow();
    await t.db.$transaction((tx) => deliverQuestions(tx, dialogue));
    const byText = async (part: string) => {
      const named = await t.db.dialogueQuestion.findFirst({ where: { text: { contains: part } } });
      return named?.number ?? (await t.db.dialogueAnonymousQuestion.findFirstOrThrow({ where: { text: { contains: part } } })).number!;
    };
    await d.answer(secretary, 1, await byText("nâng lương"), "Cơ quan xét nâng lương trước thời hạn vào quý II năm 2027 theo Quy chế nâng bậc lương trước thời hạn đã ban hành; Văn phòng thông báo danh sách dự kiến trước 15 ngày.");
    await d.answer(secretary, 1, await byText("máy tính"), "Văn phòng bố trí thêm 02 máy tính cho bộ phận tiếp công dân trong tháng 12/2026 từ nguồn kinh phí tiết kiệm.");
    await d.answer(secretary, 1, await byText("thi đua"), "Tiêu chí và kết quả chấm điểm thi đua sẽ được niêm yết tại bảng tin cơ quan 05 ngày trước hội nghị bình xét.");
    await d.toTask(secretary, 1, await byText("gửi xe"), { assigneeIds: [deputy.id], dueDate: { year: 2027, month: 1, day: 31 }, note: "Nội dung cần rà soát nguồn kinh phí." });
    clock.set("2026-12-10T10:00:00Z");
    await d.close(secretary, 1, 8);
    const minutes = await d.minutes(secretary, 1);
    writeFileSync(path.join(out, "bien-ban-doi-thoai.docx"), minutes.docx);
    return "bien-ban-doi-thoai";
  } finally {
    await t.close();
  }
}
