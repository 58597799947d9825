/**
 * The Vietnamese lunar calendar (âm lịch), computed for the time zone UTC+7.
 *
 * Algorithm: Hồ Ngọc Đức, "Thuật toán tính âm lịch" / "Computing the Vietnamese
 * lunar calendar" (https://www.informatik.uni-leipzig.de/~duc/amlich/, the one the
 * `amlich` projects port). New moons and the sun's longitude come from the
 * low-precision formulas of Jean Meeus, "Astronomical Algorithms" (1998); a lunar
 * month begins on the local day of a new moon; month 11 is the one containing the
 * winter solstice; a year with 13 months has as leap month the first one without
 * a major solar term (trung khí).
 *
 * Hand-written rather than a dependency (see docs/scheduling.md, "Ngày nghỉ"):
 * the npm packages that do this are 0.0.x releases without types or tests, or
 * compute the Chinese calendar (UTC+8), which differs from the Vietnamese one in
 * some years (e.g. Tết 1985, 2007 and 2030).
 *
 * Valid roughly 1900–2199 (Meeus' formulas); the holiday code uses it for 2021 onwards.
 */

/** Vietnam's civil time: Tết begins on the new moon's day *in Hà Nội*, not in Beijing. */
export const VIETNAM_UTC_OFFSET = 7;

/** A lunar date: `leap` marks the repeated (nhuận) month of a 13-month year. */
export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

/** A solar (Gregorian) date as three numbers, month 1–12. */
export interface SolarDate {
  day: number;
  month: number;
  year: number;
}

const INT = Math.floor;
const DR = Math.PI / 180;
/** Days in a mean synodic month. */
const SYNODIC = 29.530588853;
/** Julian day of the new moon of 1900-01-01 (k = 0 in Meeus' numbering as used by the algorithm). */
const NEW_MOON_EPOCH = 2415021.076998695;

/** Julian day number of a Gregorian date (Julian calendar before 15/10/1582). */
export function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = INT((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  let jd = dd + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - INT(y / 100) + INT(y / 400) - 32045;
  if (jd < 2299161) jd = dd + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - 32083;
  return jd;
}

/** The Gregorian date of a Julian day number. */
export function jdToDate(jd: number): SolarDate {
  let a: number, b: number, c: number;
  if (jd > 2299160) {
    a = jd + 32044;
    b = INT((4 * a + 3) / 146097);
    c = a - INT((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = INT((4 * c + 3) / 1461);
  const e = c - INT((1461 * d) / 4);
  const m = INT((5 * e + 2) / 153);
  return {
    day: e - INT((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * INT(m / 10),
    year: b * 100 + d - 4800 + INT(m / 10),
  };
}

/** Julian day (with fraction, UT) of the k-th new moon after 1900-01-01 (Meeus, ch. 49, shortened). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(DR * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** The sun's apparent longitude in radians [0, 2π) at a Julian day (with fraction, UT). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  let L = (L0 + DL) * DR;
  L = L - Math.PI * 2 * INT(L / (Math.PI * 2));
  return L;
}

/** Which of the 12 major solar terms (0–11, 30° each) the sun is in at the start of a local day. */
function sunSector(dayNumber: number, tz: number): number {
  return INT((sunLongitude(dayNumber - 0.5 - tz / 24) / Math.PI) * 6);
}

/** The local day (Julian day number) of the k-th new moon. */
function newMoonDay(k: number, tz: number): number {
  return INT(newMoon(k) + 0.5 + tz / 24);
}

/** The first day of lunar month 11 (the month of the winter solstice) of solar year `yy`. */
function lunarMonth11(yy: number, tz: number): number {
  const off = jdFromDate(31, 12, yy) - 2415021;
  const k = INT(off / SYNODIC);
  let nm = newMoonDay(k, tz);
  if (sunSector(nm, tz) >= 9) nm = newMoonDay(k - 1, tz); // began after the solstice: the previous one
  return nm;
}

/** In a 13-month lunar year starting at month 11 `a11`: the offset of the leap month (the first without a major term). */
function leapMonthOffset(a11: number, tz: number): number {
  const k = INT((a11 - NEW_MOON_EPOCH) / SYNODIC + 0.5);
  let last: number;
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, tz), tz);
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

/** The lunar date of a solar date, in time zone `tz` (hours east of UTC; 7 for Vietnam). */
export function solarToLunar(date: SolarDate, tz = VIETNAM_UTC_OFFSET): LunarDate {
  const dayNumber = jdFromDate(date.day, date.month, date.year);
  const k = INT((dayNumber - NEW_MOON_EPOCH) / SYNODIC);
  let monthStart = newMoonDay(k + 1, tz);
  if (monthStart > dayNumber) monthStart = newMoonDay(k, tz);
  let a11 = lunarMonth11(date.year, tz);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = date.year;
    a11 = lunarMonth11(date.year - 1, tz);
  } else {
    lunarYear = date.year + 1;
    b11 = lunarMonth11(date.year + 1, tz);
  }
  const day = dayNumber - monthStart + 1;
  const diff = INT((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, tz);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day, month, year: lunarYear, leap };
}

/**
 * The solar date of a lunar date, in time zone `tz`; null for a leap month
 * that the year does not have. Day 30 of a 29-day month gives the next month's
 * first day: callers ask for days 1–29 or check with `solarToLunar`.
 */
export function lunarToSolar(date: LunarDate, tz = VIETNAM_UTC_OFFSET): SolarDate | null {
  let a11: number, b11: number;
  if (date.month < 11) {
    a11 = lunarMonth11(date.year - 1, tz);
    b11 = lunarMonth11(date.year, tz);
  } else {
    a11 = lunarMonth11(date.year, tz);
    b11 = lunarMonth11(date.year + 1, tz);
  }
  const k = INT(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC);
  let off = date.month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (date.leap && date.month !== leapMonth) return null;
    if (date.leap || off >= leapOff) off += 1;
  } else if (date.leap) {
    return null;
  }
  const monthStart = newMoonDay(k + off, tz);
  return jdToDate(monthStart + date.day - 1);
}

/** "yyyy-MM-dd" of a solar date. */
export function isoDay(d: SolarDate): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** The solar day ("yyyy-MM-dd", Vietnam) of a lunar date; throws for a leap month the year lacks. */
export function lunarDay(day: number, month: number, year: number, leap = false, tz = VIETNAM_UTC_OFFSET): string {
  const solar = lunarToSolar({ day, month, year, leap }, tz);
  if (!solar) throw new RangeError(`lunar year ${year} has no leap month ${month}`);
  return isoDay(solar);
}

/** The lunar date of a solar day "yyyy-MM-dd" (Vietnam). */
export function lunarOf(day: string, tz = VIETNAM_UTC_OFFSET): LunarDate {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return solarToLunar({ day: d, month: m, year: y }, tz);
}
