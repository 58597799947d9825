import { describe, expect, it } from "vitest";
import { jdFromDate, jdToDate, lunarDay, lunarOf, lunarToSolar, solarToLunar } from "../../src/time/lunar-calendar.js";

/**
 * Tết Nguyên đán (1/1 âm lịch) in Vietnam. Every date was checked against the
 * instant of the new moon (astronomy-engine 2.1.19, VSOP87/ELP): Tết is the day
 * of that new moon in Hà Nội time (UTC+7).
 */
const TET: Record<number, string> = {
  2020: "2020-01-25",
  2021: "2021-02-12",
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
  2028: "2028-01-26",
  2029: "2029-02-13",
  // The new moon is at 16:08 UTC on 2/2/2030: 23:08 in Hà Nội, 00:08 on 3/2 in
  // Beijing. Vietnam's Tết Canh Tuất is Saturday 2/2/2030, China's Chunjie 3/2;
  // lists of "Tết dates" copied from Chinese sources say 3/2.
  2030: "2030-02-02",
  2031: "2031-01-23",
  2032: "2032-02-11",
  // 2033: the new moon is at 05:00 in Hà Nội, so both calendars agree on 31/1.
  2033: "2033-01-31",
  // 2034 comes late because 2033 has a leap 11th month (the "2033 problem": some
  // published calendars put a leap 7th month in 2033 instead): see below.
  2034: "2034-02-19",
  2035: "2035-02-08",
};

describe("Vietnamese lunar calendar (Hồ Ngọc Đức's algorithm, UTC+7)", () => {
  it("gives the known Tết dates 2020–2035", () => {
    for (const [year, day] of Object.entries(TET)) {
      expect(lunarDay(1, 1, Number(year)), `Tết ${year}`).toBe(day);
      expect(lunarOf(day)).toEqual({ day: 1, month: 1, year: Number(year), leap: false });
    }
  });

  it("follows Hà Nội's time, not Beijing's, where the two calendars differ", () => {
    expect(lunarDay(1, 1, 2030, false, 8)).toBe("2030-02-03"); // the Chinese date
    // The historical differences everyone quotes: Tết Ất Sửu 1985 a month apart, Tết Đinh Hợi 2007 a day apart.
    expect(lunarDay(1, 1, 1985)).toBe("1985-01-21");
    expect(lunarDay(1, 1, 1985, false, 8)).toBe("1985-02-20");
    expect(lunarDay(1, 1, 2007)).toBe("2007-02-17");
    expect(lunarDay(1, 1, 2007, false, 8)).toBe("2007-02-18");
  });

  it("places the leap months (2023: nhuận tháng 2, 2025: tháng 6, 2033: tháng 11)", () => {
    expect(lunarOf("2023-03-22")).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(lunarOf("2025-07-25")).toEqual({ day: 1, month: 6, year: 2025, leap: true });
    expect(lunarOf("2033-12-22")).toEqual({ day: 1, month: 11, year: 2033, leap: true });
    expect(lunarDay(1, 11, 2033, true)).toBe("2033-12-22");
    expect(lunarToSolar({ day: 1, month: 5, year: 2033, leap: true })).toBeNull();
    expect(() => lunarDay(1, 4, 2026, true)).toThrow(RangeError);
  });

  it("gives Giỗ Tổ Hùng Vương (10/3) as on the 2026 and 2027 data files", () => {
    expect(lunarDay(10, 3, 2026)).toBe("2026-04-26"); // a Sunday: the file's nghỉ bù is Monday 27/4
    expect(lunarDay(10, 3, 2027)).toBe("2027-04-16");
    expect(lunarDay(10, 3, 2023)).toBe("2023-04-29"); // after the leap 2nd month
  });

  it("names the last days of the year as the data files do (29 tháng Chạp 2026, 28 tháng Chạp 2027)", () => {
    expect(lunarOf("2026-02-16")).toEqual({ day: 29, month: 12, year: 2025, leap: false });
    expect(lunarOf("2027-02-04")).toEqual({ day: 28, month: 12, year: 2026, leap: false });
  });

  it("round-trips every day of 2020–2035", () => {
    for (let jd = jdFromDate(1, 1, 2020); jd <= jdFromDate(31, 12, 2035); jd++) {
      const solar = jdToDate(jd);
      const lunar = solarToLunar(solar);
      expect(lunar.day).toBeGreaterThanOrEqual(1);
      expect(lunar.day).toBeLessThanOrEqual(30);
      expect(lunarToSolar(lunar)).toEqual(solar);
    }
  });
});
