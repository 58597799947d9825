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
      "I. KẾT QUẢ THỰC HIỆN",
      "Nhiệm vụ hoàn thành: 2.",
      "Số cuộc họp Ban Chỉ đạo đã tổ chức: 1.",
      "Góp ý, phản ánh, kiến nghị của CC, NLĐ đã tiếp nhận: 5.",
      "Góp ý, phản ánh, kiến nghị đã trả lời: 3.",
      ...SEED_SECTIONS.flatMap((s) => [`${s.code}. ${s.title}`]).slice(0, 1),
      SEED_TEXTS.leadResult,
      `${SEED_SECTIONS[1].code}. ${SEED_SECTIONS[1].title}`,
      SEED_TEXTS.propagateResult,
      SEED_TEXTS.propagateResult2,
      "Số văn bản, nội dung đã triển khai, quán triệt: 1.",
      SEED_TEXTS.obstacleOpen,
      SEED_TEXTS.proposal,
      `${SEED_SECTIONS[2].code}. ${SEED_SECTIONS[2].title}`,
      SEED_TEXTS.inspectResult,
      SEED_TEXTS.resolution,
      "Phối hợp với Chi bộ kiểm tra 2 phòng nghiệp vụ.",
      `${SEED_SECTIONS[3].code}. ${SEED_SECTIONS[3].title}`,
      "Trong kỳ chưa có kết quả được báo cáo cho nội dung này.",
      "Nhiệm vụ số 5: Sửa đổi Quy chế hoạt động của Ban Chỉ đạo",
      "II. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
      SEED_TEXTS.conclusion,
      "III. ĐỀ XUẤT, KIẾN NGHỊ",
      "Nơi nhận:",
      "- Ban Dân vận Tỉnh ủy (Ban CĐ QCDC tỉnh);",
      "- Sở Nội vụ;",
      "- Lưu: VT, VP.",
      "KT. CHÁNH THANH TRA",
      "PHÓ CHÁNH THANH TRA",
      "Trần Văn Hùng",
    ]);
    expect(order.every((i) => i >= 0), `missing or out of order: ${JSON.stringify(order)}\n${text}`).toBe(true);
    // Members are quoted with their names; an earlier, superseded note of the same period is not.
    expect(text).toContain("(Phạm Minh Đức, 15/04/2026, 100%)");
    expect(text).not.toContain("Đã lập danh sách người tham dự");

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
    for (const s of SEED_SECTIONS) expect(text).toContain(`${s.code}. ${s.title}`);
    expect(text.match(/Trong kỳ chưa có kết quả được báo cáo cho nội dung này\./g)?.length).toBe(SEED_SECTIONS.length);
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
