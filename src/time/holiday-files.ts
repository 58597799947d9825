import path from "node:path";
import { readFileSync, existsSync } from "node:fs";
import { z } from "zod";
import { projectPath } from "../paths.js";
import { computeVietnamHolidays } from "./vietnam-holidays.js";

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
