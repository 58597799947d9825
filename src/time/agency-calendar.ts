import type { DbOrTx } from "../db/client.js";
import type { Day } from "./local-day.js";
import { nationalHolidays } from "./holiday-files.js";
import { WorkingCalendar } from "./working-days.js";

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
