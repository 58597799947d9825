import { describe, expect, it } from "vitest";
import { addDays, addLocalDays, dateOf, dayOf, daysBetween, endOfLocalDay, isRealDay, localDate, localDay, showDay, startOfLocalDay } from "../../src/time/local-day.js";
import { atLocal, localTime, toInstant } from "../../src/time/local-time.js";
import { quarterBounds, quarterOf } from "../../src/time/quarters.js";
import { parseTypedDate, parseTypedDay, readTypedDate, typedDateSchema, typedDaySchema } from "../../src/time/typed-date.js";
import { parseLocalTime } from "../../src/time/typed-time.js";
import { isoWeekday, isWeekend } from "../../src/time/weekdays.js";
import { loadHolidayFile } from "../../src/time/holiday-files.js";
import { onOrAfterWorkingDay, onOrBeforeWorkingDay, weekdaysOnly, workingDaysBefore, WorkingCalendar } from "../../src/time/working-days.js";

const TZ = "Asia/Ho_Chi_Minh";

describe("local days", () => {
  it("an instant belongs to the local day of Vietnam, not of UTC", () => {
    expect(localDay(new Date("2026-01-31T16:59:59.999Z"), TZ)).toBe("2026-01-31");
    expect(localDay(new Date("2026-01-31T17:00:00Z"), TZ)).toBe("2026-02-01");
    expect(localDate(new Date("2026-12-31T17:00:00Z"), TZ)).toEqual({ year: 2027, month: 1, day: 1 });
  });

  it("day arithmetic crosses the end of a month, of February and of a year", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addLocalDays({ year: 2028, month: 2, day: 28 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(addLocalDays({ year: 2026, month: 1, day: 1 }, -1)).toEqual({ year: 2025, month: 12, day: 31 });
    expect(daysBetween("2028-02-27", "2028-03-01")).toEqual(["2028-02-27", "2028-02-28", "2028-02-29", "2028-03-01"]);
    expect(daysBetween("2026-03-02", "2026-03-01")).toEqual([]);
  });

  it("the two shapes of a day convert both ways and read as dd/MM/yyyy", () => {
    expect(dayOf({ year: 2026, month: 3, day: 2 })).toBe("2026-03-02");
    expect(dateOf("2026-03-02")).toEqual({ year: 2026, month: 3, day: 2 });
    expect(showDay("2026-03-02")).toBe("02/03/2026");
  });

  it("leap days exist only in leap years", () => {
    expect(isRealDay(2028, 2, 29)).toBe(true);
    expect(isRealDay(2026, 2, 29)).toBe(false);
    expect(isRealDay(2100, 2, 29)).toBe(false);
    expect(isRealDay(2000, 2, 29)).toBe(true);
    expect(isRealDay(2026, 4, 31)).toBe(false);
    expect(isRealDay(2026, 13, 1)).toBe(false);
  });

  it("a day runs from its first instant to its last millisecond in Vietnam", () => {
    expect(startOfLocalDay({ year: 2026, month: 2, day: 28 }, TZ).toISOString()).toBe("2026-02-27T17:00:00.000Z");
    expect(endOfLocalDay({ year: 2026, month: 2, day: 28 }, TZ).toISOString()).toBe("2026-02-28T16:59:59.999Z");
  });

  it("times of day make instants on a local day", () => {
    expect(atLocal("2026-04-06", "08:00", TZ).toISOString()).toBe("2026-04-06T01:00:00.000Z");
    expect(toInstant({ year: 2026, month: 1, day: 1 }, { hour: 0, minute: 30 }, TZ).toISOString()).toBe("2025-12-31T17:30:00.000Z");
    expect(localTime(new Date("2026-04-06T13:05:00Z"), TZ)).toBe("20:05");
  });

  it("quarters are calendar quarters in Vietnam", () => {
    expect(quarterOf(new Date("2026-03-31T17:00:00Z"), TZ)).toEqual({ year: 2026, quarter: 2 });
    const q1 = quarterBounds(2028, 1, TZ);
    expect([q1.start.toISOString(), q1.end.toISOString()]).toEqual(["2027-12-31T17:00:00.000Z", "2028-03-31T16:59:59.999Z"]);
  });
});

describe("typed dates", () => {
  it("takes dd/mm/yyyy as offices write it, and what phones give", () => {
    expect(parseTypedDate("20/03/2026")).toEqual({ year: 2026, month: 3, day: 20 });
    expect(parseTypedDate(" 5/3/2026 ")).toEqual({ year: 2026, month: 3, day: 5 });
    expect(parseTypedDate("05.03.2026")).toEqual({ year: 2026, month: 3, day: 5 });
    expect(parseTypedDate("05-03-2026")).toEqual({ year: 2026, month: 3, day: 5 });
    expect(parseTypedDate("29/02/2028")).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it("refuses 31/02 and a leap day of a common year instead of rolling them into March", () => {
    expect(readTypedDate("31/02/2026")).toEqual({ ok: false, reason: "nonexistent" });
    expect(readTypedDate("29/02/2026")).toEqual({ ok: false, reason: "nonexistent" });
    expect(readTypedDate("31/04/2026")).toEqual({ ok: false, reason: "nonexistent" });
    expect(readTypedDate("01/13/2026")).toEqual({ ok: false, reason: "nonexistent" });
    expect(readTypedDate("00/01/2026")).toEqual({ ok: false, reason: "nonexistent" });
    expect(readTypedDate("01/01/0226")).toEqual({ ok: false, reason: "nonexistent" });
    expect(typedDateSchema.safeParse("31/02/2026").success).toBe(false);
  });

  it("tells a malformed text from an impossible day", () => {
    for (const text of ["", "20/03", "20/03/26", "2026/03/20", "hai mươi", "20/03/2026 08:00", "1/1/20266"]) {
      expect(readTypedDate(text)).toEqual({ ok: false, reason: "format" });
    }
  });

  it("a day for the calendar also takes yyyy-mm-dd and comes back as one", () => {
    expect(parseTypedDay("01/09/2026")).toBe("2026-09-01");
    expect(parseTypedDay("2026-9-1")).toBe("2026-09-01");
    expect(parseTypedDay("2026-02-30")).toBeUndefined();
    expect(typedDaySchema.safeParse("31/02/2026").success).toBe(false);
  });

  it("times are 24-hour and strict", () => {
    expect(parseLocalTime("8:30")).toEqual({ hour: 8, minute: 30 });
    expect(parseLocalTime("14h00")).toEqual({ hour: 14, minute: 0 });
    expect(parseLocalTime("25:00")).toBeUndefined();
    expect(parseLocalTime("08:60")).toBeUndefined();
  });
});

describe("weekdays and working days", () => {
  it("one weekday convention: ISO, Monday 1 … Sunday 7", () => {
    expect(isoWeekday("2026-03-02")).toBe(1);
    expect(isoWeekday("2026-03-08")).toBe(7);
    expect(isoWeekday("2028-02-29")).toBe(2);
    expect(isWeekend("2026-03-07")).toBe(true);
    expect(isWeekend("2026-03-06")).toBe(false);
  });

  it("walks over a month end and a leap day", () => {
    expect(onOrBeforeWorkingDay(weekdaysOnly, "2026-03-01")).toBe("2026-02-27"); // Sunday → Friday in February
    expect(onOrAfterWorkingDay(weekdaysOnly, "2026-01-31")).toBe("2026-02-02"); // Saturday → Monday in February
    expect(workingDaysBefore(weekdaysOnly, "2028-03-02", 2)).toBe("2028-02-29"); // Thu → Tue 29/02
  });

  it("Tết 2026 is walked over as a block", () => {
    const file = loadHolidayFile(2026)!;
    const cal = new WorkingCalendar(new Map(file.holidays.map((h) => [h.day, h.name])), new Set(file.workdays.map((w) => w.day)));
    expect(cal.isWorkingDay("2026-02-17")).toBe(false); // Mùng 1
    expect(onOrAfterWorkingDay(cal, "2026-02-14")).toBe("2026-02-23"); // the first working day after the break
    expect(onOrBeforeWorkingDay(cal, "2026-02-22")).toBe("2026-02-13");
    expect(workingDaysBefore(cal, "2026-02-24", 2)).toBe("2026-02-13"); // 23/02, then over Tết to 13/02
  });
});
