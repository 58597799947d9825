import type { AppDeps } from "../../app.js";
import type { Tx } from "../../db/client.js";
import type { Agency } from "../../generated/prisma/client.js";
import { Role } from "../../generated/prisma/enums.js";
import { enqueueToMember } from "../../messaging/outbox.js";
import { translate } from "../../i18n/translator.js";
import type { Occurrence, RunResult, ScheduledJob } from "../job.js";
import { activeWithRoles, calendarAround } from "./common.js";
import { nationalHolidays } from "../../time/holiday-files.js";
import { addDays, type Day, localDay, showDay } from "../../time/local-day.js";
import { atLocal } from "../../time/local-time.js";

interface HolidayCheckData {
  /** The year whose day-off arrangement is to be checked. */
  year: number;
  /** End of 31/12 (local): after that the reminder is about the current year, no longer "next year". */
  until: string;
}

/** Lines of the holiday list in the message; a year has about a dozen. */
const MAX_LINES = 30;

/**
 * Each December the secretary is asked to compare next year's days off with
 * the government's official arrangement (Tết, swapped days, nghỉ bù), and to
 * correct the bot's calendar with /ngaynghi: the bot's dates come from a data
 * file or, without one, are computed (src/time/vietnam-holidays.ts), and either
 * may differ from what is announced.
 *
 * Once per agency per year (the key names both). Due on the first working day
 * of December at the reminder time; if the bot was down then, or the agency
 * was created later in December, it goes on the next working day the scheduler
 * sees, until 31/12. Not switchable in /caidat: it is once a year and the
 * calendar it protects drives every other reminder.
 */
export const holidayCheckJob: ScheduledJob = {
  kind: "holiday-check",

  async occurrences(deps: AppDeps, agency: Agency, from: Date, to: Date): Promise<Occurrence[]> {
    const tz = deps.timezone;
    const out: Occurrence[] = [];
    const y0 = Number(localDay(from, tz).slice(0, 4));
    const y1 = Number(localDay(to, tz).slice(0, 4));
    for (let year = y0; year <= y1; year++) {
      const first: Day = `${year}-12-01`;
      const last: Day = `${year}-12-31`;
      const until = atLocal(addDays(last, 1), "00:00", tz);
      if (atLocal(first, "00:00", tz) > to || until <= from) continue;
      const settings = await deps.services.settings.get(agency.id);
      const cal = await calendarAround(deps, deps.db, agency.id, from, to);
      for (let day = first; day <= last; day = addDays(day, 1)) {
        if (!cal.isWorkingDay(day)) continue;
        const dueAt = atLocal(day, settings.reminderTime, tz);
        if (dueAt < from) continue;
        if (dueAt <= to) {
          out.push({
            key: `holiday-check:agency=${agency.id}:year=${year + 1}`,
            dueAt,
            data: { year: year + 1, until: until.toISOString() } satisfies HolidayCheckData,
          });
        }
        break;
      }
    }
    return out;
  },

  stillUseful(occ: Occurrence, now: Date): boolean {
    return now < new Date((occ.data as unknown as HolidayCheckData).until);
  },

  async run(tx: Tx, deps: AppDeps, agency: Agency, occ: Occurrence): Promise<void | RunResult> {
    const { year } = occ.data as unknown as HolidayCheckData;
    let to = await activeWithRoles(tx, agency.id, [Role.SECRETARY]);
    // Without a secretary the head keeps the calendar (/ngaynghi is open to both).
    if (!to.length) to = await activeWithRoles(tx, agency.id, [Role.HEAD]);
    if (!to.length) return { skipped: "no active secretary or head" };
    const text = holidayCheckText(await deps.services.holidays.list(agency.id, year, tx), year);
    const now = deps.clock.now();
    for (const m of to) await enqueueToMember(tx, m, { text, dedupeKey: `${occ.key}:m=${m.id}` }, now);
  },
};

type Lines = Awaited<ReturnType<AppDeps["services"]["holidays"]["list"]>>;

function holidayCheckText(lines: Lines, year: number): string {
  const national = nationalHolidays(year);
  const y = String(year);
  const origin = !national
    ? translate("holiday-check-none", { year: y })
    : national.origin === "file"
      ? translate("holiday-check-from-file", { year: y, source: national.source })
      : translate("holiday-check-computed", { year: y });
  const body = lines.slice(0, MAX_LINES).map((l) =>
    translate(l.kind === "workday" ? "ngaynghi-line-workday" : l.source === "agency" ? "ngaynghi-line-agency" : "ngaynghi-line", {
      day: showDay(l.day),
      name: l.name || "—",
    }),
  );
  return [
    translate("holiday-check-title", { year: y }),
    origin,
    "",
    ...(body.length ? body : [translate("ngaynghi-none")]),
    "",
    translate("holiday-check-action", { year: y }),
  ].join("\n");
}
