import type { AppDeps } from "../../app.js";
import type { Tx } from "../../db/client.js";
import type { Agency } from "../../generated/prisma/client.js";
import { MemberStatus } from "../../generated/prisma/enums.js";
import { enqueueToMember } from "../../messaging/outbox.js";
import { translate } from "../../i18n/translator.js";
import { OPEN_STATUSES } from "../../services/task-rules.js";
import type { Occurrence, RunResult, ScheduledJob } from "../job.js";
import { calendarAround, DAY_MS } from "./common.js";
import { addDays, type Day, localDay, showDay } from "../../time/local-day.js";
import { atLocal } from "../../time/local-time.js";

type Stage = "before" | "due" | "overdue";

interface DeadlineData {
  taskId: number;
  stage: Stage;
  dueDay: Day;
  /** Instant the task's due day ends (the "before"/"due" reminders are useless after it). */
  dueEnd: string;
  week?: number;
}

/** How far ahead of `to` a due date can lie and still have its first reminder due (a long lead over Tết). */
const LOOKAHEAD_MS = 40 * DAY_MS;

/**
 * Task owners are reminded privately: `deadlineLeadDays` working days before
 * the due day, on the due day (or the working day before it when it falls on
 * a weekend or holiday), and once a week while the task stays overdue (due
 * day + 7, +14 …, each moved to the previous working day). All at the
 * agency's reminder time (default 08:00).
 *
 * The key contains the due day, so moving a deadline brings a fresh set of
 * reminders while the old ones (already run) stay recorded.
 */
export const deadlineRemindersJob: ScheduledJob = {
  kind: "deadline-reminder",

  async occurrences(deps: AppDeps, agency: Agency, from: Date, to: Date): Promise<Occurrence[]> {
    const tz = deps.timezone;
    // Recurring tasks move to their next period (and due date) here, once a tick at most.
    await deps.services.tasks.rollPeriods(agency.id);
    const settings = await deps.services.settings.get(agency.id);
    const tasks = await deps.db.task.findMany({
      where: { agencyId: agency.id, status: { in: [...OPEN_STATUSES] }, dueDate: { not: null, lte: new Date(to.getTime() + LOOKAHEAD_MS) } },
      select: { id: true, dueDate: true },
    });
    if (!tasks.length) return [];
    const cal = await calendarAround(deps, deps.db, agency.id, from, to);
    const at = (day: Day) => atLocal(day, settings.reminderTime, tz);
    const toDay = localDay(to, tz);
    const out: Occurrence[] = [];
    for (const t of tasks) {
      const dueDay = localDay(t.dueDate!, tz);
      const base = { taskId: t.id, dueDay, dueEnd: t.dueDate!.toISOString() };
      const key = (stage: string) => `deadline:task=${t.id}:due=${dueDay}:${stage}`;
      const dueStageDay = cal.onOrBefore(dueDay);
      out.push({ key: key("due"), dueAt: at(dueStageDay), data: { ...base, stage: "due" } satisfies DeadlineData });
      if (settings.deadlineLeadDays > 0) {
        const beforeDay = cal.workingDaysBefore(dueDay, settings.deadlineLeadDays);
        if (beforeDay < dueStageDay) out.push({ key: key("before"), dueAt: at(beforeDay), data: { ...base, stage: "before" } satisfies DeadlineData });
      }
      for (let week = 1; addDays(dueDay, 7 * (week - 1)) <= toDay; week++) {
        const nominal = addDays(dueDay, 7 * week);
        let day = cal.onOrBefore(nominal);
        if (day <= dueDay) day = cal.onOrAfter(nominal);
        const dueAt = at(day);
        if (dueAt < from) continue;
        out.push({ key: key(`overdue-w${week}`), dueAt, data: { ...base, stage: "overdue", week } satisfies DeadlineData });
      }
    }
    return out.filter((o) => o.dueAt >= from && o.dueAt <= to);
  },

  stillUseful(occ: Occurrence, now: Date): boolean {
    const d = occ.data as unknown as DeadlineData;
    // "3 days left"/"due today" after the day has ended is wrong; the weekly overdue one is good until the next.
    if (d.stage === "overdue") return now.getTime() - occ.dueAt.getTime() < 6 * DAY_MS;
    return now <= new Date(d.dueEnd);
  },

  async run(tx: Tx, deps: AppDeps, agency: Agency, occ: Occurrence): Promise<void | RunResult> {
    const d = occ.data as unknown as DeadlineData;
    const settings = await deps.services.settings.get(agency.id, tx);
    if (!deps.services.settings.isEnabled(settings, "nhachan")) return { skipped: "deadline reminders switched off" };
    const task = await tx.task.findUnique({
      where: { id: d.taskId },
      include: { assignees: { include: { member: true } } },
    });
    if (!task || !OPEN_STATUSES.includes(task.status) || !task.dueDate) return { skipped: "task no longer open" };
    if (localDay(task.dueDate, deps.timezone) !== d.dueDay) return { skipped: "due date changed" };
    const now = deps.clock.now();
    const due = showDay(d.dueDay);
    const cal = await calendarAround(deps, tx, agency.id, now, now);
    let text: string;
    if (d.stage === "before") {
      let left = 0;
      for (let day = localDay(now, deps.timezone); day < d.dueDay; day = addDays(day, 1)) if (cal.isWorkingDay(day)) left++;
      text = translate("remind-deadline-before", { number: task.number, title: task.title, due, days: Math.max(1, left) });
    } else if (d.stage === "due") {
      text = translate(localDay(now, deps.timezone) === d.dueDay ? "remind-deadline-today" : "remind-deadline-soon", {
        number: task.number,
        title: task.title,
        due,
      });
    } else {
      const late = Math.max(1, Math.floor((now.getTime() - task.dueDate.getTime()) / DAY_MS) + 1);
      text = translate("remind-deadline-overdue", { number: task.number, title: task.title, due, days: late });
    }
    const owners = task.assignees.map((a) => a.member).filter((m) => m.status === MemberStatus.ACTIVE);
    if (!owners.length) return { skipped: "no active assignee" };
    for (const m of owners) {
      await enqueueToMember(tx, m, { text, dedupeKey: `${occ.key}:m=${m.id}` }, now);
    }
  },
};
