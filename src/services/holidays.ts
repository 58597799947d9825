import { z } from "zod";
import type { Clock } from "../clock.js";
import type { Db, DbOrTx } from "../db/client.js";
import type { Member } from "../generated/prisma/client.js";
import { writeAudit } from "./audit.js";
import { DomainError } from "./errors.js";
import { assertManager } from "./authorization.js";
import { nationalHolidays } from "../time/holiday-files.js";
import { type Day, localDay } from "../time/local-day.js";

export type DayKind = "holiday" | "workday";

export interface HolidayLine {
  day: Day;
  name: string;
  /** "file": from the national data file; "computed": no file for the year, computed from the law; "agency": the secretary's own edit. */
  source: "file" | "computed" | "agency";
  kind: DayKind;
}

const noteSchema = z.string().transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim()).pipe(z.string().max(100));

/** The secretary's edits of the holiday calendar (`/ngaynghi`). */
export class HolidayService {
  constructor(private readonly deps: { db: Db; clock: Clock; timezone: string }) {}

  /** The holidays of a year for an agency: the data file with the agency's edits applied. */
  async list(agencyId: number, year: number, db: DbOrTx = this.deps.db): Promise<HolidayLine[]> {
    const overrides = await db.agencyDayOverride.findMany({
      where: { agencyId, day: { startsWith: `${year}-` } },
    });
    const byDay = new Map(overrides.map((o) => [o.day, o]));
    const lines: HolidayLine[] = [];
    const national = nationalHolidays(year);
    for (const h of national?.holidays ?? []) {
      if (byDay.get(h.day)?.kind === "workday") continue;
      if (!byDay.has(h.day)) lines.push({ day: h.day, name: h.name, source: national!.origin, kind: "holiday" });
    }
    for (const o of overrides) lines.push({ day: o.day, name: o.note, source: "agency", kind: o.kind as DayKind });
    return lines.sort((a, b) => a.day.localeCompare(b.day));
  }

  /** Adds a holiday (or, kind "workday", a weekend/holiday day that is worked). Replaces an earlier edit of that day. */
  async set(actor: Member, day: Day, kind: DayKind, note: string): Promise<void> {
    assertManager(actor);
    const parsedNote = noteSchema.safeParse(note);
    if (!parsedNote.success) throw new DomainError("holiday-note-too-long");
    assertYearAllowed(day, this.deps.clock.now(), this.deps.timezone);
    const now = this.deps.clock.now();
    await this.deps.db.$transaction(async (tx) => {
      await tx.agencyDayOverride.upsert({
        where: { agencyId_day: { agencyId: actor.agencyId, day } },
        create: { agencyId: actor.agencyId, day, kind, note: parsedNote.data, createdAt: now },
        update: { kind, note: parsedNote.data, createdAt: now },
      });
      await writeAudit(tx, { agencyId: actor.agencyId, actorMemberId: actor.id, actorLabel: `member:${actor.id}`, action: "holiday.set", details: { day, kind, note: parsedNote.data }, at: now });
    });
  }

  /**
   * Undoes the agency's edit of a day; for a day that is a holiday only in the
   * data file, records it as a working day (the file is shared, the edit is not).
   */
  async remove(actor: Member, day: Day): Promise<"edit-removed" | "now-workday"> {
    assertManager(actor);
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const removed = await tx.agencyDayOverride.deleteMany({ where: { agencyId: actor.agencyId, day } });
      let result: "edit-removed" | "now-workday" = "edit-removed";
      if (!removed.count) {
        const inFile = nationalHolidays(Number(day.slice(0, 4)))?.holidays.some((h) => h.day === day);
        if (!inFile) throw new DomainError("holiday-not-found", { day });
        await tx.agencyDayOverride.create({ data: { agencyId: actor.agencyId, day, kind: "workday", note: "", createdAt: now } });
        result = "now-workday";
      }
      await writeAudit(tx, { agencyId: actor.agencyId, actorMemberId: actor.id, actorLabel: `member:${actor.id}`, action: "holiday.remove", details: { day, result }, at: now });
      return result;
    });
  }
}

/** Edits are for last year, this year and next year: a typo like 2062 is refused. */
function assertYearAllowed(day: Day, now: Date, tz: string): void {
  const year = Number(localDay(now, tz).slice(0, 4));
  const y = Number(day.slice(0, 4));
  if (y < year - 1 || y > year + 1) throw new DomainError("holiday-year", { from: String(year - 1), to: String(year + 1) });
}
