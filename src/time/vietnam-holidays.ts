import { lunarDay, lunarOf } from "./lunar-calendar.js";
import { addDays } from "./local-day.js";
import { isoWeekday as weekday } from "./weekdays.js";

/**
 * Vietnam's public holidays of a year, computed from the law and the lunar
 * calendar, for the years without a data file in src/data/holidays/ (the files,
 * written from the government's announcement, always win: see
 * src/time/holiday-files.ts). Rules, from Bộ luật Lao động 2019:
 *
 * - Điều 112 khoản 1: Tết Dương lịch 1/1; Tết Âm lịch 5 ngày; Ngày Chiến thắng
 *   30/4; Quốc tế Lao động 1/5; Quốc khánh 2/9 and one day before or after it;
 *   Giỗ Tổ Hùng Vương 10/3 âm lịch.
 * - Điều 111 khoản 3: a holiday on the weekly rest day (Saturday, Sunday for
 *   public offices) is taken on the next working day (nghỉ bù).
 *
 * What the law leaves to the Prime Minister's yearly decision is chosen the way
 * the decisions of 2021–2026 chose it (tests/unit/vietnam-holidays.test.ts checks
 * these years):
 * - Tết: the break runs from the last day of the last lunar month (29 or 30
 *   tháng Chạp) through mùng 5; its weekdays are the 5 days off. When a weekend
 *   inside the break leaves only 4, the fifth is the working day *before* the
 *   break (28 or 29 tháng Chạp), as in 2021, 2023, 2024, 2025 and the 2027 file —
 *   not a nghỉ bù after Tết.
 * - Quốc khánh: the adjacent day is 3/9 when 2/9 is a Thursday (a bridge to the
 *   weekend), otherwise 1/9; a weekend day among them is made up by nghỉ bù.
 *
 * Only weekdays are listed (weekends are days off anyway), like the data files.
 * Swapped days (làm bù on a Saturday to bridge a gap) are never guessed: they
 * are announced each year and the secretary enters them with /ngaynghi.
 */

export interface ComputedHoliday {
  day: string;
  name: string;
}

export interface ComputedHolidayYear {
  year: number;
  source: string;
  holidays: ComputedHoliday[];
  workdays: ComputedHoliday[];
}

/** Bộ luật Lao động 2019 took effect on 1/1/2021; earlier years had other rules. */
export const FIRST_COMPUTED_YEAR = 2021;
/** Meeus' low-precision formulas behind the lunar calendar hold to about here. */
export const LAST_COMPUTED_YEAR = 2199;

export const COMPUTED_SOURCE =
  "Tính theo Bộ luật Lao động 2019 (Điều 111, 112) và âm lịch Việt Nam (UTC+7); chưa có thông báo chính thức. PHẢI ĐỐI CHIẾU với thông báo của Chính phủ; sửa bằng lệnh /ngaynghi.";

const WEEKDAY_NAMES = ["", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"];

const cache = new Map<number, ComputedHolidayYear | null>();

/** The computed holidays of a year; null outside [FIRST_COMPUTED_YEAR, LAST_COMPUTED_YEAR]. */
export function computeVietnamHolidays(year: number): ComputedHolidayYear | null {
  if (!cache.has(year)) cache.set(year, year >= FIRST_COMPUTED_YEAR && year <= LAST_COMPUTED_YEAR ? compute(year) : null);
  return cache.get(year)!;
}

function compute(year: number): ComputedHolidayYear {
  const y = (mmdd: string) => `${year}-${mmdd}`;
  const gioTo = lunarDay(10, 3, year);
  const quocKhanh = y("09-02");
  const adjacent = weekday(quocKhanh) === 4 ? y("09-03") : y("09-01");
  const statutory: ComputedHoliday[] = [
    { day: y("01-01"), name: "Tết Dương lịch" },
    { day: gioTo, name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
    { day: y("04-30"), name: "Ngày Chiến thắng" },
    { day: y("05-01"), name: "Ngày Quốc tế Lao động" },
    { day: quocKhanh, name: "Quốc khánh" },
    { day: adjacent, name: "Quốc khánh (ngày liền kề)" },
  ].sort((a, b) => a.day.localeCompare(b.day));

  const off = new Set<string>([...statutory.map((h) => h.day)]);
  const tet = tetDays(year, off);
  for (const d of tet) off.add(d.day);

  // Điều 111 khoản 3, in date order so that a second nghỉ bù skips the first.
  const substitutes: ComputedHoliday[] = [];
  for (const h of statutory) {
    if (weekday(h.day) <= 5) continue;
    let d = addDays(h.day, 1);
    while (weekday(d) > 5 || off.has(d)) d = addDays(d, 1);
    off.add(d);
    substitutes.push({ day: d, name: `${h.name.replace(/ \(.*\)$/, "")} (nghỉ bù, ${dayMonth(h.day)} là ${WEEKDAY_NAMES[weekday(h.day)]})` });
  }

  const holidays = [...statutory.filter((h) => weekday(h.day) <= 5), ...tet, ...substitutes].sort((a, b) => a.day.localeCompare(b.day));
  return { year, source: COMPUTED_SOURCE, holidays, workdays: [] };
}

/** The 5 weekdays off of Tết (see the header): the break's weekdays, completed before it. */
function tetDays(year: number, otherHolidays: ReadonlySet<string>): ComputedHoliday[] {
  const mung1 = lunarDay(1, 1, year);
  const lastOfYear = addDays(mung1, -1);
  const days: string[] = [];
  for (let d = lastOfYear; d <= addDays(mung1, 4); d = addDays(d, 1)) if (weekday(d) <= 5) days.push(d);
  for (let d = addDays(lastOfYear, -1); days.length < 5; d = addDays(d, -1)) {
    if (weekday(d) <= 5 && !otherHolidays.has(d)) days.unshift(d);
  }
  return days.map((day) => ({ day, name: `Tết Nguyên đán (${tetLabel(day)})` }));
}

/** "29 tháng Chạp", "Mùng 1" … as on the data files. */
function tetLabel(day: string): string {
  const l = lunarOf(day);
  return l.month === 12 ? `${l.day} tháng Chạp` : `Mùng ${l.day}`;
}

function dayMonth(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}`;
}
