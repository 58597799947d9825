import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TestBot, texts } from "../harness/test-bot.js";
import { seedAgency, type SeededAgency } from "../harness/fixtures.js";

// Finding 11 of issue 14: a second-half 6-month request overwrote the automatic first-half one.
let t: TestBot;
let s: SeededAgency;
beforeEach(async () => {
  t = TestBot.create({ now: "2026-06-10T02:00:00Z" });
  s = await seedAgency(t, {});
});
afterEach(() => t.close());

const sec = () => s.secretary.user;
const sixMonth = () => t.db.reportRequest.findMany({ where: { kind: "SIX_MONTH" }, orderBy: { id: "asc" } });

describe("/yeucau never replaces a request silently", () => {
  it("records a request for another half-year as a new request, and leaves the first-half one as it was", async () => {
    await sec().send("/yeucau");
    const before = await sixMonth();
    expect(before).toHaveLength(1);

    const done = texts(await sec().send("/yeucau 6thang 01/07/2026-31/12/2026 han 15/12/2026 so 140-CV/BDVTU ngay 01/07/2026"));
    expect(done).toContain("Đã ghi nhận yêu cầu báo cáo");
    expect(done).toContain("#3 Báo cáo 6 tháng — kỳ 01/07/2026–31/12/2026");
    const after = await sixMonth();
    expect(after).toHaveLength(2);
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).toMatchObject({ docNumber: "140-CV/BDVTU" });
  });

  it("says what an update of the same report changes", async () => {
    await sec().send("/yeucau");
    const six = texts(await sec().send("/yeucau 6thang 01/01/2026-15/06/2026 han 18/06/2026 so 130-CV/BDVTU ngay 05/06/2026"));
    expect(six).toContain("Đã cập nhật yêu cầu báo cáo #1");
    expect(six).toContain("- Kỳ báo cáo: 01/01/2026–30/06/2026 → 01/01/2026–15/06/2026");
    expect(six).toContain("- Hạn nộp: 15/06/2026 → 18/06/2026");
    expect(six).toContain("- Số văn bản: (chưa có) → 130-CV/BDVTU");
    expect(await sixMonth()).toHaveLength(1);

    const again = texts(await sec().send("/yeucau 6thang 01/01/2026-15/06/2026 han 18/06/2026 so 130-CV/BDVTU ngay 05/06/2026"));
    expect(again).toContain("không có gì thay đổi");
  });

  it("asks before a change that would discard what a document set, and makes it once confirmed", async () => {
    await sec().send("/yeucau");
    await sec().send("/yeucau 6thang 01/01/2026-30/06/2026 han 18/06/2026 so 130-CV/BDVTU ngay 05/06/2026");
    const asked = texts(await sec().send("/yeucau 6thang 01/01/2026-30/06/2026 han 25/06/2026 so 131-CV/BDVTU"));
    expect(asked).toContain("Chưa thay đổi gì");
    expect(asked).toContain("- Số văn bản: 130-CV/BDVTU → 131-CV/BDVTU");
    expect(asked).toContain("/yeucau thaythe 6thang 01/01/2026-30/06/2026 han 25/06/2026 so 131-CV/BDVTU");
    expect((await sixMonth())[0]).toMatchObject({ docNumber: "130-CV/BDVTU" });

    const replaced = texts(await sec().send("/yeucau thaythe 6thang 01/01/2026-30/06/2026 han 25/06/2026 so 131-CV/BDVTU"));
    expect(replaced).toContain("Đã cập nhật yêu cầu báo cáo #1");
    const rows = await sixMonth();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ docNumber: "131-CV/BDVTU" });
  });
});
