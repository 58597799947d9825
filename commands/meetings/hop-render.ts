import type { BotContext } from "../../src/bot/context.js";
import { formatDate, formatDateTime } from "../../src/format/date.js";
import type { Meeting } from "../../src/generated/prisma/client.js";
import type { AgendaDraft } from "../../src/services/meeting-agenda.js";
import { MeetingKind } from "../../src/services/meetings.js";
import { meetingSummary as summaryOf } from "../../src/scheduler/jobs/meeting-texts.js";

export function kindLabel(ctx: BotContext, m: Pick<Meeting, "kind" | "quarter" | "year">): string {
  return m.kind === MeetingKind.QUARTERLY ? ctx.t("hop-kind-quarterly", { quarter: m.quarter ?? 0, year: String(m.year) }) : ctx.t("hop-kind-extraordinary");
}

/**
 * What the secretary reads after scheduling: the meeting, and only the
 * reminders still ahead (a meeting two hours away gets no "7 days before").
 * Nominal leads: the scheduler may move a day reminder to an earlier working day.
 */
export async function scheduledReply(ctx: BotContext, m: Meeting): Promise<string> {
  const left = m.startsAt.getTime() - ctx.app.clock.now().getTime();
  const leads = ([["7d", 7 * 86_400_000], ["1d", 86_400_000], ["2h", 2 * 3_600_000]] as const)
    .filter(([, ms]) => left > ms)
    .map(([code]) => ctx.t(`hop-lead-${code}`));
  const id = String(m.id);
  const hint = leads.length
    ? ctx.t("hop-new-done-hint", { leads: joinVietnamese(leads), id })
    : ctx.t("hop-new-done-hint-none", { id });
  const groups = ctx.actor.member ? await ctx.app.services.groups.listGroups(ctx.actor.member.agencyId) : [];
  const posted = groups.length ? ctx.t("hop-new-done-posted") : ctx.t("hop-new-done-no-group");
  return [ctx.t("hop-new-done"), meetingSummary(ctx, m), posted, hint].join("\n");
}

/** The group post of a new meeting (MeetingService.schedule queues it with the meeting). */
export function announceScheduled(ctx: BotContext): (m: Meeting) => string {
  return (m) => ctx.t("hop-scheduled-group", { summary: meetingSummary(ctx, m), id: String(m.id) });
}

/** "a", "a và b", "a, b và c". */
function joinVietnamese(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} và ${items.at(-1)}`;
}

/** The same paragraph as the scheduled reminders: one implementation (`meeting-texts.ts`). */
export function meetingSummary(ctx: BotContext, m: Meeting): string {
  return summaryOf(m, ctx.app.timezone);
}

type Draft = AgendaDraft & { overdueTotal: number; obstaclesTotal: number; proposalsTotal: number };

/** The drafted agenda: progress by section, overdue tasks, open obstacles, proposals, feedback. */
export function renderAgenda(ctx: BotContext, m: Meeting, d: Draft): string {
  const tz = ctx.app.timezone;
  const lines = [ctx.t("hop-agenda-title", { id: String(m.id), quarter: d.quarter, year: String(d.year), when: formatDateTime(m.startsAt, tz) })];
  if (m.agenda) lines.push(ctx.t("hop-agenda-typed", { agenda: m.agenda }));
  lines.push("", ctx.t("hop-agenda-progress", { reports: d.reportsInQuarter }));
  if (!d.sections.length) lines.push(ctx.t("hop-agenda-no-plan", { year: String(d.year) }));
  for (const s of d.sections) lines.push(ctx.t("hop-agenda-section", { code: String(s.code), title: s.title, done: s.done, total: s.total, percent: s.avgPercent }));
  lines.push("", ctx.t("hop-agenda-overdue", { count: d.overdueTotal }));
  for (const t of d.overdue) {
    lines.push(ctx.t("hop-agenda-overdue-line", { number: String(t.number), title: t.title, due: formatDate(t.dueDate, tz), people: t.assignees.join(", ") || "-" }));
  }
  lines.push("", ctx.t("hop-agenda-obstacles", { count: d.obstaclesTotal }));
  for (const o of d.obstacles) lines.push(ctx.t("hop-agenda-item", { text: o.text, number: String(o.taskNumber), name: o.member }));
  lines.push("", ctx.t("hop-agenda-proposals", { count: d.proposalsTotal }));
  for (const p of d.proposals) lines.push(ctx.t("hop-agenda-item", { text: p.text, number: String(p.taskNumber), name: p.member }));
  if (d.feedback) {
    const parts = d.feedback.byCategory.map((c) => `${ctx.t(`gopy-cat-${c.category}`)}: ${c.count}`);
    lines.push("", ctx.t("hop-agenda-feedback", { counts: parts.join(", ") || "0" }));
    if (d.feedback.hidden) lines.push(ctx.t("hop-agenda-feedback-hidden"));
  }
  lines.push("", ctx.t("hop-agenda-closing"));
  return lines.join("\n");
}
