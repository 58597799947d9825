import path from "node:path";
import { readFileSync, existsSync } from "node:fs";
import { z } from "zod";
import type { DbOrTx } from "../db/client.js";
import { addDays, isoWeekday, type Day } from "./local-time.js";
import { projectPath } from "../paths.js";
import { computeVietnamHolidays } from "../time/vietnam-holidays.js";

const HOLIDAYS_DIR = projectPath("src", "data", "holidays");

const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const holidayFileSchema = z.object({
  year: z.number().int(),
  source: z.string(),
  holidays: z.array(z.object({ day: daySchema, name: z.string() })),
  /** Weekend days officially worked in compensation (làm bù). */
  workdays: z.array(z.object({ day: daySchema, name: z.string() })).default([]),
});

export type HolidayFile = z.infer<typeof holidayFileSchema>;

const fileCache = new Map<number, HolidayFile | null>();

/** The national holidays of a year (src/data/holidays/<year>.json); null when there is no file. */
export function loadHolidayFile(year: number): HolidayFile | null {
  if (!fileCache.has(year)) {
    const file = path.join(HOLIDAYS_DIR, `${year}.json`);
    fileCache.set(year, existsSync(file) ? holidayFileSchema.parse(JSON.parse(readFileSync(file, "utf8"))) : null);
  }
  return fileCache.get(year)!;
}

/** A year's national holidays and where they come from: the data file, or computed when there is none. */
export type NationalHolidays = HolidayFile & { origin: "file" | "computed" };

/**
 * The national holidays of a year: the data file when there is one (written
 * from the government's announcement), otherwise computed from the Labour Code
 * and the lunar calendar (src/time/vietnam-holidays.ts); null for a year
 * neither covers (before 2021).
 */
export function nationalHolidays(year: number): NationalHolidays | null {
  const file = loadHolidayFile(year);
  if (file) return { ...file, origin: "file" };
  const computed = computeVietnamHolidays(year);
  return computed ? { ...computed, origin: "computed" } : null;
}

/**
 * Which days are working days for one agency: Monday–Friday, minus the
 * national holidays (data files, or computed), with the secretary's own edits
 * (AgencyDayOverride: an extra holiday, or a weekend day worked) on top.
 */
export class WorkingCalendar {
  constructor(
    private readonly holidays: ReadonlyMap<Day, string>,
    private readonly workdays: ReadonlySet<Day>,
  ) {}

  isWorkingDay(day: Day): boolean {
    if (this.workdays.has(day)) return true;
    if (this.holidays.has(day)) return false;
    return isoWeekday(day) <= 5;
  }

  holidayName(day: Day): string | undefined {
    return this.holidays.get(day);
  }

  /** `day` itself if it is a working day, else the closest working day before it. */
  onOrBefore(day: Day): Day {
    let d = day;
    for (let i = 0; i < 60 && !this.isWorkingDay(d); i++) d = addDays(d, -1);
    return d;
  }

  /** `day` itself if it is a working day, else the closest working day after it. */
  onOrAfter(day: Day): Day {
    let d = day;
    for (let i = 0; i < 60 && !this.isWorkingDay(d); i++) d = addDays(d, 1);
    return d;
  }

  /** The working day `n` working days before `day` (n = 0: `onOrBefore(day)`). */
  workingDaysBefore(day: Day, n: number): Day {
    let d = this.onOrBefore(day);
    for (let i = 0; i < n; i++) d = this.onOrBefore(addDays(d, -1));
    return d;
  }
}

/** The calendar of an agency for the given years (national files + its overrides), in two small reads. */
export async function loadCalendar(db: DbOrTx, agencyId: number, years: number[]): Promise<WorkingCalendar> {
  const holidays = new Map<Day, string>();
  const workdays = new Set<Day>();
  for (const year of new Set(years)) {
    const file = nationalHolidays(year);
    for (const h of file?.holidays ?? []) holidays.set(h.day, h.name);
    for (const w of file?.workdays ?? []) workdays.add(w.day);
  }
  const overrides = await db.agencyDayOverride.findMany({ where: { agencyId } });
  for (const o of overrides) {
    if (o.kind === "holiday") {
      workdays.delete(o.day);
      holidays.set(o.day, o.note);
    } else {
      holidays.delete(o.day);
      workdays.add(o.day);
    }
  }
  return new WorkingCalendar(holidays, workdays);
}
