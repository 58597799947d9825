import { describe, expect, it } from "vitest";
import { loadHolidayFile } from "../../src/time/holiday-files.js";
import { localDay } from "../../src/time/local-day.js";
import { atLocal } from "../../src/time/local-time.js";
import { quietHoursEnd } from "../../src/time/quiet-hours.js";
import { WorkingCalendar } from "../../src/time/working-days.js";

const TZ = "Asia/Ho_Chi_Minh";

function calendar(year: number) {
  const file = loadHolidayFile(year)!;
  return new WorkingCalendar(new Map(file.holidays.map((h) => [h.day, h.name])), new Set(file.workdays.map((w) => w.day)));
}

describe("working days", () => {
  const cal = calendar(2026);

  it("weekends and public holidays are days off", () => {
    expect(cal.isWorkingDay("2026-03-06")).toBe(true); // Friday
    expect(cal.isWorkingDay("2026-03-07")).toBe(false); // Saturday
    expect(cal.isWorkingDay("2026-02-17")).toBe(false); // Tết
    expect(cal.isWorkingDay("2026-04-30")).toBe(false);
    expect(cal.holidayName("2026-09-02")).toBe("Quốc khánh");
  });

  it("a day off moves to the previous working day; lead times count working days", () => {
    expect(cal.onOrBefore("2026-05-02")).toBe("2026-04-29"); // Sat 2/5 ← 1/5, 30/4 off ← Wed 29/4
    expect(cal.onOrBefore("2026-02-22")).toBe("2026-02-13"); // end of Tết ← Friday before
    expect(cal.workingDaysBefore("2026-05-04", 3)).toBe("2026-04-24"); // 29/4, 28/4, (27/4 Giỗ Tổ) 24/4
    expect(cal.workingDaysBefore("2026-03-12", 3)).toBe("2026-03-09");
    expect(cal.onOrAfter("2026-04-27")).toBe("2026-04-28");
  });

  it("the secretary's overrides win over the file", () => {
    const custom = new WorkingCalendar(new Map([["2026-06-10", "Nghỉ bù"]]), new Set(["2026-05-09"]));
    expect(custom.isWorkingDay("2026-06-10")).toBe(false);
    expect(custom.isWorkingDay("2026-05-09")).toBe(true);
  });

  it("both holiday files parse and cover the official days", () => {
    for (const year of [2026, 2027]) {
      const f = loadHolidayFile(year)!;
      expect(f.year).toBe(year);
      expect(f.holidays.some((h) => h.name.startsWith("Tết Nguyên đán"))).toBe(true);
      expect(f.holidays.some((h) => h.name.startsWith("Giỗ Tổ"))).toBe(true);
      expect(f.holidays.some((h) => h.day === `${year}-04-30`)).toBe(true);
      expect(f.holidays.filter((h) => h.name.startsWith("Quốc khánh"))).toHaveLength(2);
      expect(f.holidays.every((h) => h.day.startsWith(`${year}-`))).toBe(true);
    }
    expect(loadHolidayFile(1999)).toBeNull();
  });
});

describe("local time", () => {
  it("converts local days and times in the agency time zone", () => {
    expect(atLocal("2026-04-06", "08:00", TZ).toISOString()).toBe("2026-04-06T01:00:00.000Z");
    expect(localDay(new Date("2026-04-05T17:30:00Z"), TZ)).toBe("2026-04-06");
  });

  it("quiet hours hold messages until the morning", () => {
    expect(quietHoursEnd(new Date("2026-04-06T12:59:00Z"), TZ, "20:00", "07:00")).toBeNull(); // 19:59
    expect(quietHoursEnd(new Date("2026-04-06T13:00:00Z"), TZ, "20:00", "07:00")?.toISOString()).toBe("2026-04-07T00:00:00.000Z");
    expect(quietHoursEnd(new Date("2026-04-06T22:00:00Z"), TZ, "20:00", "07:00")?.toISOString()).toBe("2026-04-07T00:00:00.000Z"); // 05:00
    expect(quietHoursEnd(new Date("2026-04-07T00:00:00Z"), TZ, "20:00", "07:00")).toBeNull(); // 07:00
    expect(quietHoursEnd(new Date("2026-04-06T05:30:00Z"), TZ, "12:00", "13:30")?.toISOString()).toBe("2026-04-06T06:30:00.000Z");
  });
});
