import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeClock } from "../../src/clock.js";
import { Role } from "../../src/generated/prisma/enums.js";
import type { Member } from "../../src/generated/prisma/client.js";
import { createServices, type Services } from "../../src/services/index.js";
import { bandFor, criteriaSetForYear, parseCriteriaSet } from "../../src/reports/criteria.js";
import { parseScore } from "../../src/services/self-assessment.js";
import { createTestDb, type TestDb } from "../harness/test-db.js";
import { docxText, positions } from "./docx-read.js";

describe("self-assessment", () => {
  let t: TestDb;
  let services: Services;
  let head: Member;
  let member: Member;

  beforeEach(async () => {
    t = createTestDb();
    const clock = new FakeClock("2026-12-05T02:00:00Z");
    services = createServices({ db: t.db, clock, timezone: "Asia/Ho_Chi_Minh" });
    const agency = await t.db.agency.create({ data: { name: "Thanh tra tỉnh Tây Ninh" } });
    head = await t.db.member.create({ data: { agencyId: agency.id, platformUserId: "1", fullName: "Trần Văn Hùng", position: "Chánh Thanh tra", role: Role.HEAD } });
    member = await t.db.member.create({ data: { agencyId: agency.id, platformUserId: "2", fullName: "Lê Thị Hoa", position: "Chuyên viên", role: Role.MEMBER } });
  });
  afterEach(async () => t.close());

  it("bands follow the thresholds of the data file", () => {
    const set = criteriaSetForYear(2026);
    expect([100, 90, 89.5, 70, 69, 50, 49.5, 0].map((n) => bandFor(set, n))).toEqual(["Tốt", "Tốt", "Khá", "Khá", "Trung bình", "Trung bình", "Yếu", "Yếu"]);
    // A later year without its own file uses the latest earlier one.
    expect(criteriaSetForYear(2027).id).toBe("qcdc-2026");
  });

  it("rejects a criteria file with unordered bands or duplicate codes", () => {
    const good = criteriaSetForYear(2026);
    expect(() => parseCriteriaSet({ ...good, bands: [...good.bands].reverse() })).toThrow(/bands/);
    expect(() => parseCriteriaSet({ ...good, criteria: [good.criteria[0], good.criteria[0]] })).toThrow(/duplicate/);
  });

  it("counts confirmed scores only; the band appears when every criterion is confirmed; the table reads back", async () => {
    await services.selfAssessment.propose(member, 2026, "1", 18, "Kế hoạch số 05-KH/TTr");
    let view = await services.selfAssessment.confirm(head, 2026, "1", 17.5);
    expect(view.total).toBe(17.5);
    expect(view.band).toBeNull();
    await expect(services.selfAssessment.propose(member, 2026, "2", 16, "")).rejects.toMatchObject({ code: "assess-score-range" });
    await expect(services.selfAssessment.propose(member, 2026, "2", Number.NaN, "")).rejects.toMatchObject({ code: "assess-score-nan" });
    await expect(services.selfAssessment.confirm(member, 2026, "1")).rejects.toMatchObject({ code: "assess-head-only" });
    await expect(services.selfAssessment.confirm(head, 2026, "2")).rejects.toMatchObject({ code: "assess-not-proposed" });
    for (const [code, score] of [["2", 10], ["3", 12], ["4", 8], ["5", 6], ["6", 5], ["7", 5]] as const) {
      await services.selfAssessment.propose(member, 2026, code, score, `Minh chứng ${code}`);
      view = await services.selfAssessment.confirm(head, 2026, code);
    }
    expect(view.total).toBe(63.5);
    expect(view.band).toBe("Trung bình");

    const out = await services.selfAssessment.exportDocx(head.agencyId, 2026);
    const text = await docxText(out.docx);
    const order = positions(text, ["Phụ lục", "BẢNG TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN", "QUY CHẾ DÂN CHỦ Ở CƠ SỞ NĂM 2026", "(Kèm theo Báo cáo số", "/BC-TTr ngày", "năm 2026 của Thanh tra tỉnh Tây Ninh)", "Công tác lãnh đạo, chỉ đạo", "20", "18", "17,5", "Kế hoạch số 05-KH/TTr", "Chế độ thông tin, báo cáo", "Tổng cộng", "100", "64", "63,5", "Xếp loại: ", "Trung bình"]);
    // An appendix of the annual report: no number, Nơi nhận or signature of its own.
    expect(text).not.toMatch(/Nơi nhận|Số:|CHÁNH THANH TRA|CỘNG HÒA/);
    expect(order.every((i) => i >= 0), `${JSON.stringify(order)}\n${text}`).toBe(true);

    // A new proposal re-opens the criterion: the band disappears until the head confirms again.
    view = await services.selfAssessment.propose(member, 2026, "7", 9, "Báo cáo đúng hạn");
    expect(view.band).toBeNull();
    expect(view.total).toBe(58.5);
  });

  it("parses typed scores", () => {
    expect(["7", "7,5", "7.5", " 10 ", "abc", "7,5,1", "-1", ""].map(parseScore)).toEqual([7, 7.5, 7.5, 10, Number.NaN, Number.NaN, Number.NaN, Number.NaN]);
  });
});
