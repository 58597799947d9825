import { describe, expect, it } from "vitest";
import { initialPeriod, nextPeriod, parseTypedDueDate, periodContaining, quickDueDate, resolveDueSpec } from "../../src/services/periods.js";

const TZ = "Asia/Ho_Chi_Minh";
const now = new Date("2026-03-02T01:00:00Z"); // 02/03/2026 08:00 in Vietnam
const iso = (d: Date) => d.toISOString();

describe("typed due dates", () => {
  it("accepts dd/mm/yyyy from today on, as the end of that day in Vietnam", () => {
    expect(parseTypedDueDate("30/06/2026", now, TZ)).toEqual({ ok: true, date: new Date("2026-06-30T16:59:59.999Z") });
    expect(parseTypedDueDate(" 2/3/2026 ", now, TZ)).toMatchObject({ ok: true });
    expect(parseTypedDueDate("29/02/2028", now, TZ)).toMatchObject({ ok: true });
  });

  it("tells a wrong format, a day that does not exist and a past day apart", () => {
    expect(parseTypedDueDate("2026-06-30", now, TZ)).toEqual({ ok: false, reason: "format" });
    expect(parseTypedDueDate("mai", now, TZ)).toEqual({ ok: false, reason: "format" });
    expect(parseTypedDueDate("31/02/2026", now, TZ)).toEqual({ ok: false, reason: "nonexistent" });
    expect(parseTypedDueDate("29/02/2027", now, TZ)).toEqual({ ok: false, reason: "nonexistent" });
    expect(parseTypedDueDate("01/13/2026", now, TZ)).toEqual({ ok: false, reason: "nonexistent" });
    expect(parseTypedDueDate("01/03/2026", now, TZ)).toEqual({ ok: false, reason: "past" });
  });
});

describe("periods", () => {
  it("quarters, halves and years follow the Vietnamese calendar day, not UTC", () => {
    // 31/03 20:00 UTC is already 01/04 in Vietnam: second quarter.
    const p = periodContaining("QUARTERLY", new Date("2026-03-31T20:00:00Z"), TZ);
    expect([iso(p.start), iso(p.end)]).toEqual(["2026-03-31T17:00:00.000Z", "2026-06-30T16:59:59.999Z"]);
    expect(iso(nextPeriod("HALF_YEARLY", p.end, TZ).end)).toBe("2026-12-31T16:59:59.999Z");
    expect(iso(initialPeriod("YEARLY", 2027, now, TZ).start)).toBe("2026-12-31T17:00:00.000Z");
  });

  it("resolves template due expressions relative to the plan's year", () => {
    expect(iso(resolveDueSpec("Q1-end", 2027, TZ)!)).toBe("2027-03-31T16:59:59.999Z");
    expect(iso(resolveDueSpec("H2-end", 2027, TZ)!)).toBe("2027-12-31T16:59:59.999Z");
    expect(iso(resolveDueSpec("12-15", 2027, TZ)!)).toBe("2027-12-15T16:59:59.999Z");
    expect(resolveDueSpec("02-30", 2027, TZ)).toBeUndefined();
    expect(iso(quickDueDate("quarter", now, TZ))).toBe("2026-03-31T16:59:59.999Z");
    expect(iso(quickDueDate("month", now, TZ))).toBe("2026-03-31T16:59:59.999Z");
  });
});
