import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeClock } from "../../src/clock.js";
import { ReportKind, Role } from "../../src/generated/prisma/enums.js";
import type { Member } from "../../src/generated/prisma/client.js";
import { createServices, type Services } from "../../src/services/index.js";
import { createTestDb, type TestDb } from "../harness/test-db.js";
import { SEED_SECTIONS, SEED_TEXTS, seedHalfYear } from "../harness/report-seed.js";
import { docxText, docxXml, positions } from "./docx-read.js";

const TZ = "Asia/Ho_Chi_Minh";

describe("periodic report", () => {
  let t: TestDb;
  let clock: FakeClock;
  let services: Services;
  let secretary: Member;
  let head: Member;
  let members: Member[];

  beforeEach(async () => {
    t = createTestDb();
    clock = new FakeClock("2026-06-10T02:00:00Z");
    services = createServices({ db: t.db, clock, timezone: TZ });
    const agency = await t.db.agency.create({ data: { name: "Thanh tra tỉnh Tây Ninh", createdAt: clock.now() } });
    const mk = (role: Role, fullName: string, id: string) =>
      t.db.member.create({ data: { agencyId: agency.id, platformUserId: id, fullName, position: "Chuyên viên", role, joinedAt: clock.now() } });
    secretary = await mk(Role.SECRETARY, "Nguyễn Thị Lan", "1");
    head = await mk(Role.HEAD, "Trần Văn Hùng", "2");
    members = [await mk(Role.MEMBER, "Lê Thị Hoa", "3"), await mk(Role.MEMBER, "Phạm Minh Đức", "4"), secretary];
  });
  afterEach(async () => t.close());

  it("writes a 6-month .docx with the decree header, every section, the figures and the members' words, in order", async () => {
    await seedHalfYear(t.db, secretary.agencyId, members.map((m) => m.id));
    await services.reports.ensureFixedRequests(secretary.agencyId, 2026);
    const req = (await services.reports.listRequests(secretary.agencyId)).find((r) => r.kind === ReportKind.SIX_MONTH)!;
    await services.reports.updateProfile(secretary, { signerName: "Trần Văn Hùng", authorityLine: "KT. CHÁNH THANH TRA", signerTitle: "PHÓ CHÁNH THANH TRA" });
    await services.reports.setSupplement(secretary, req.id, "2.3", "Phối hợp với Chi bộ kiểm tra 2 phòng nghiệp vụ.");

    const v1 = await services.reports.generate(secretary, req.id);
    const text = await docxText(v1.report.docx);
    const order = positions(text, [
      "THANH TRA TỈNH TÂY NINH",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "/BC-TTr",
      "Tây Ninh, ngày 10 tháng 6 năm 2026",
      "BÁO CÁO",
      "Kết quả thực hiện Quy chế dân chủ ở cơ sở 6 tháng đầu năm 2026",
      "Thực hiện Kế hoạch số 05-KH/TTr ngày 10/01/2026 của Thanh tra tỉnh Tây Ninh",
      "I. KẾT QUẢ THỰC HIỆN",
      "Kế hoạch có 5 nhiệm vụ thực hiện trong kỳ; tính đến ngày 10/06/2026, đã hoàn thành 2, đang thực hiện 1, chưa triển khai 1 và quá hạn 1.",
      "Cơ quan đã tiếp nhận 5 ý kiến góp ý, phản ánh, kiến nghị của công chức, người lao động và đã trả lời 3 ý kiến.",
      `1. ${SEED_SECTIONS[0].title}`,
      "đã ban hành Kế hoạch số 05-KH/TTr và phân công thành viên theo dõi từng phòng",
      `2. ${SEED_SECTIONS[1].title}`,
      "tổ chức quán triệt Luật Thực hiện dân chủ ở cơ sở cho 42 công chức, người lao động",
      "đăng 3 tin gương điển hình trên cổng thông tin điện tử",
      "thiếu kinh phí in tài liệu tuyên truyền (chưa được giải quyết)",
      `3. ${SEED_SECTIONS[2].title}`,
      "kiểm tra việc công khai tài chính tại Văn phòng, không phát hiện sai phạm",
      "thống nhất họp chung vào thứ Sáu tuần cuối quý",
      "Phối hợp với Chi bộ kiểm tra 2 phòng nghiệp vụ.",
      `4. ${SEED_SECTIONS[3].title}`,
      "Ban Chỉ đạo đã tổ chức 1 cuộc họp định kỳ quý I",
      "II. ĐÁNH GIÁ CHUNG",
      "1. Ưu điểm",
      "2. Hạn chế, tồn tại",
      "Còn 1 nhiệm vụ chưa hoàn thành đúng hạn: kiểm tra việc công khai, minh bạch trong cơ quan (hạn 31/05/2026).",
      "3. Nguyên nhân",
      "III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
      "Sửa đổi Quy chế hoạt động của Ban Chỉ đạo, hoàn thành trước ngày 30/09/2026",
      SEED_TEXTS.conclusion,
      "IV. ĐỀ XUẤT, KIẾN NGHỊ",
      SEED_TEXTS.proposal,
      "Nơi nhận:",
      "- Ban Tuyên giáo và Dân vận Tỉnh ủy (Ban Chỉ đạo QCDC tỉnh);",
      "- Sở Nội vụ;",
      "- Lưu: VT, VP.",
      "KT. CHÁNH THANH TRA",
      "PHÓ CHÁNH THANH TRA",
      "Trần Văn Hùng",
    ]);
    expect(order.every((i) => i >= 0), `missing or out of order: ${JSON.stringify(order)}\n${text}`).toBe(true);
    // The report speaks for the agency: nobody's name, no date or percent of a note, no internal task number;
    // an earlier, superseded note of the same period is not quoted.
    const body = text.slice(text.indexOf("I. KẾT QUẢ THỰC HIỆN"), text.indexOf("Nơi nhận:"));
    for (const m of members) expect(body).not.toContain(m.fullName);
    expect(body).not.toMatch(/%|Nhiệm vụ số|\/ \d/);
    expect(text).not.toContain("Đã lập danh sách người tham dự");
    expect(text).not.toContain("Căn cứ Kế hoạch");

    // Layout facts of the decree: A4, margins, Times New Roman 14, first page without number.
    const xml = await docxXml(v1.report.docx);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar[^>]*w:top="1134"[^>]*w:right="850"[^>]*w:bottom="1134"[^>]*w:left="1701"/);
    expect(xml).toContain("<w:titlePg/>");
    expect(await docxXml(v1.report.docx, "word/styles.xml")).toContain('w:ascii="Times New Roman"');

    // Each generation is a new kept version.
    const v2 = await services.reports.generate(secretary, req.id);
    expect(v2.report.version).toBe(2);
    expect((await services.reports.versions(secretary.agencyId, req.id)).map((v) => v.version)).toEqual([1, 2]);
    expect(head.id).toBeGreaterThan(0);
  });

  it("says so per section when the period has no data", async () => {
    await seedHalfYear(t.db, secretary.agencyId, members.map((m) => m.id));
    clock.set("2027-01-05T02:00:00Z");
    const req = await services.reports.createRequest(secretary, {
      kind: ReportKind.THEMATIC,
      topic: "công khai tài chính",
      periodFrom: { year: 2026, month: 7, day: 1 },
      periodTo: { year: 2026, month: 7, day: 31 },
      deadline: { year: 2027, month: 1, day: 20 },
    });
    const { text } = await services.reports.preview(secretary.agencyId, req.id);
    // Sections with tasks keep their heading and say, in a sentence, where their tasks stand; no filler.
    // 2.1's only task was done in February: out of July's scope, so the section is left out and the others renumbered.
    expect(text).not.toContain(SEED_SECTIONS[0].title);
    SEED_SECTIONS.slice(1).forEach((s, i) => expect(text).toContain(`${i + 1}. ${s.title}`));
    expect(text).not.toMatch(/Không có đề xuất|Số liệu|: 0\b/);
    expect(text).not.toContain("IV. ĐỀ XUẤT, KIẾN NGHỊ");
    expect(text).toContain("về công khai tài chính");
  });

  it("refuses a deadline in the past and a reversed period", async () => {
    const base = { kind: ReportKind.SIX_MONTH, periodFrom: { year: 2026, month: 1, day: 1 }, periodTo: { year: 2026, month: 6, day: 30 } };
    await expect(services.reports.createRequest(secretary, { ...base, deadline: { year: 2026, month: 6, day: 9 } })).rejects.toMatchObject({ code: "report-deadline-past" });
    await expect(
      services.reports.createRequest(secretary, { ...base, periodTo: { year: 2025, month: 12, day: 1 }, deadline: { year: 2026, month: 7, day: 1 } }),
    ).rejects.toMatchObject({ code: "report-period-order" });
    await expect(services.reports.createRequest(members[0]!, { ...base, deadline: { year: 2026, month: 7, day: 1 } })).rejects.toMatchObject({ code: "forbidden" });
    expect(await t.db.reportRequest.count()).toBe(0);
  });

  it("creates the plan's fixed requests once", async () => {
    await services.reports.ensureFixedRequests(secretary.agencyId, 2026);
    await services.reports.ensureFixedRequests(secretary.agencyId, 2026);
    const rows = await t.db.reportRequest.findMany({ orderBy: { deadline: "asc" } });
    expect(rows.map((r) => [r.kind, r.autoKey])).toEqual([
      [ReportKind.SIX_MONTH, "2026-H1"],
      [ReportKind.ANNUAL, "2026-Y"],
    ]);
    expect(JSON.parse(rows[0]!.recipients)).toContain("Sở Nội vụ");
  });
});
