import { describe, expect, it } from "vitest";
import { todayExamples } from "../../src/i18n/today-examples.js";
import { Translator } from "../../src/i18n/translator.js";

const TZ = "Asia/Ho_Chi_Minh";

describe("examples built from today", () => {
  it("a meeting two weeks ahead on a working day, a deadline next month, a half-year still open", () => {
    // Saturday 21/02/2026 at 23:30 in Vietnam (16:30 UTC): local days, not UTC ones.
    expect(todayExamples(new Date("2026-02-21T16:30:00Z"), TZ)).toEqual({
      exampleDate: "09/03/2026", // 07/03 is a Saturday: moved to Monday
      exampleDue: "31/03/2026",
      exampleYear: 2026,
      exampleHalfFrom: "01/01/2026",
      exampleHalfTo: "30/06/2026",
      exampleHalfDue: "15/06/2026",
      exampleToday: "21/02/2026",
    });
    // After the second half's usual deadline the example moves to next year's first half.
    const late = todayExamples(new Date("2026-12-16T01:00:00Z"), TZ);
    expect([late.exampleHalfFrom, late.exampleHalfTo, late.exampleHalfDue, late.exampleDue]).toEqual([
      "01/01/2027", "30/06/2027", "15/06/2027", "31/01/2027",
    ]);
  });

  it("quarters read in Roman numerals", () => {
    const t = new Translator();
    expect(t.t("vi", "hop-kind-quarterly", { quarter: 2, year: "2026" })).toBe("Họp định kỳ quý II năm 2026");
    expect(t.t("vi", "digest-quarterly-title", { quarter: 4, year: "2026", from: "01/10/2026", to: "31/12/2026" })).toContain("QUÝ IV NĂM 2026");
  });
});

describe("todayExamples cache", () => {
  it("reuses the day's examples within the local day and recomputes across midnight, either way", () => {
    const tz = "Asia/Ho_Chi_Minh";
    const morning = todayExamples(new Date("2026-05-04T01:00:00Z"), tz); // 08:00 on 04/05 in Vietnam
    expect(todayExamples(new Date("2026-05-04T16:59:59Z"), tz)).toBe(morning); // 23:59:59 the same day
    const next = todayExamples(new Date("2026-05-04T17:00:00Z"), tz); // 00:00 on 05/05
    expect(next.exampleToday).toBe("05/05/2026");
    expect(todayExamples(new Date("2026-05-03T12:00:00Z"), tz).exampleToday).toBe("03/05/2026"); // a clock moved back
    expect(todayExamples(new Date("2026-05-04T01:00:00Z"), "UTC").exampleToday).toBe("04/05/2026");
  });
});
