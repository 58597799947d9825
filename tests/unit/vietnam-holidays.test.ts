import { describe, expect, it } from "vitest";
import { computeVietnamHolidays } from "../../src/time/vietnam-holidays.js";
import { loadHolidayFile, nationalHolidays } from "../../src/time/holiday-files.js";

const days = (year: number) => computeVietnamHolidays(year)!.holidays.map((h) => h.day);
const tetDays = (year: number) => computeVietnamHolidays(year)!.holidays.filter((h) => h.name.startsWith("Tết Nguyên đán")).map((h) => h.day);

describe("computed public holidays", () => {
  it("match the 2026 and 2027 data files day for day", () => {
    // The data files list the weekdays off only; neither has swapped days (làm bù), so
    // nothing needs explaining. Were the government to announce a swap (e.g. work a
    // Saturday to bridge a gap), the file would hold it and the computation would not.
    for (const year of [2026, 2027]) {
      const file = loadHolidayFile(year)!;
      expect(days(year), String(year)).toEqual(file.holidays.map((h) => h.day));
      const tet = (names: string[]) => names.filter((n) => n.startsWith("Tết Nguyên đán"));
      expect(tet(computeVietnamHolidays(year)!.holidays.map((h) => h.name))).toEqual(tet(file.holidays.map((h) => h.name)));
      expect(computeVietnamHolidays(year)!.holidays.find((h) => h.name.startsWith("Giỗ Tổ"))!.day).toBe(
        file.holidays.find((h) => h.name.startsWith("Giỗ Tổ"))!.day,
      );
    }
  });

  it("give the Tết weekdays off of the official arrangements 2021–2026", () => {
    // Thông báo of the Bộ Lao động – Thương binh và Xã hội / Bộ Nội vụ for the civil service:
    // 2021: 10/2–16/2; 2022: 29/1–6/2; 2023: 20/1–26/1; 2024: 8/2–14/2; 2025: 25/1–2/2; 2026: 14/2–22/2.
    expect(tetDays(2021)).toEqual(["2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16"]);
    expect(tetDays(2022)).toEqual(["2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04"]);
    expect(tetDays(2023)).toEqual(["2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26"]);
    expect(tetDays(2024)).toEqual(["2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14"]);
    expect(tetDays(2025)).toEqual(["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"]);
    expect(tetDays(2026)).toEqual(["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"]);
  });

  it("take a weekend holiday on the next working day (nghỉ bù), one after the other", () => {
    // 2023: Giỗ Tổ on Saturday 29/4, 30/4 a Sunday, 1/5 a Monday: off 1/5, 2/5 and 3/5 (as announced).
    expect(days(2023).filter((d) => d >= "2023-04-01" && d <= "2023-05-31")).toEqual(["2023-05-01", "2023-05-02", "2023-05-03"]);
    // 2023: 2/9 a Saturday: the adjacent Friday 1/9 and Monday 4/9.
    expect(days(2023).filter((d) => d >= "2023-09-01")).toEqual(["2023-09-01", "2023-09-04"]);
    // 2028: 1/1 a Saturday → Monday 3/1; 30/4 a Sunday → Tuesday 2/5 (Monday is 1/5).
    expect(days(2028)).toContain("2028-01-03");
    expect(days(2028).filter((d) => d >= "2028-04-30" && d <= "2028-05-31")).toEqual(["2028-05-01", "2028-05-02"]);
    expect(computeVietnamHolidays(2028)!.holidays.find((h) => h.day === "2028-01-03")!.name).toBe("Tết Dương lịch (nghỉ bù, 01/01 là thứ Bảy)");
  });

  it("always give 5 weekdays of Tết, Giỗ Tổ, and two days of Quốc khánh, 2028–2060", () => {
    for (let year = 2028; year <= 2060; year++) {
      const h = computeVietnamHolidays(year)!.holidays;
      expect(h.filter((x) => x.name.startsWith("Tết Nguyên đán")), String(year)).toHaveLength(5);
      expect(h.filter((x) => x.name.startsWith("Giỗ Tổ"))).toHaveLength(1);
      expect(h.filter((x) => x.name.startsWith("Quốc khánh"))).toHaveLength(2);
      expect(new Set(h.map((x) => x.day)).size).toBe(h.length);
      expect(h.every((x) => x.day.startsWith(`${year}-`) && ![0, 6].includes(new Date(`${x.day}T00:00:00Z`).getUTCDay()))).toBe(true);
    }
  });

  it("fill in the years without a data file, and only those", () => {
    expect(nationalHolidays(2026)!.origin).toBe("file");
    expect(nationalHolidays(2028)!.origin).toBe("computed");
    expect(nationalHolidays(2028)!.source).toContain("PHẢI ĐỐI CHIẾU");
    expect(nationalHolidays(2028)!.holidays.some((h) => h.day === "2028-01-26")).toBe(true);
    expect(nationalHolidays(2020)).toBeNull(); // before Bộ luật Lao động 2019 took effect
  });
});
