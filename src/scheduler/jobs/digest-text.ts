import { formatDate } from "../../format/date.js";
import { splitMessage } from "../../format/text.js";
import { translate } from "../../i18n/translator.js";
import type { Summary, TaskLine } from "../../services/summaries.js";
import type { ChartBar } from "../../charts/progress-chart.js";

/** Lines per section before "… and N more": the group message stays readable on a phone. */
const MAX_LINES = 8;

/**
 * The text of a digest: a title, then sections with a count and short lines
 * (plain text, see docs/architecture.md). `dueTitleKey` is omitted for the
 * quarterly summary, which looks back only.
 */
export function summaryText(s: Summary, opts: { title: string; tz: string; withDueSoon: boolean }): string[] {
  const lines: string[] = [opts.title, ""];
  const section = <T>(key: string, items: T[], line: (x: T) => string) => {
    lines.push(translate(key, { count: items.length }));
    for (const x of items.slice(0, MAX_LINES)) lines.push(line(x));
    if (items.length > MAX_LINES) lines.push(translate("digest-more", { count: items.length - MAX_LINES }));
    lines.push("");
  };
  const reporters = new Set(s.reports.map((r) => r.memberName)).size;
  lines.push(translate("digest-reports", { count: s.reports.length, people: reporters }));
  for (const r of s.reports.slice(0, MAX_LINES)) {
    lines.push(translate("digest-report-line", { number: r.taskNumber, title: cut(r.taskTitle), name: r.memberName, percent: r.percent }));
  }
  if (s.reports.length > MAX_LINES) lines.push(translate("digest-more", { count: s.reports.length - MAX_LINES }));
  lines.push("");
  const taskLine = (t: TaskLine) =>
    translate("digest-task-line", {
      number: t.number,
      title: cut(t.title),
      due: t.dueDate ? formatDate(t.dueDate, opts.tz) : "",
      owners: t.owners.join(", ") || translate("digest-nobody"),
    });
  if (opts.withDueSoon) section("digest-due-soon", s.dueSoon, taskLine);
  section("digest-overdue", s.overdue, taskLine);
  section("digest-obstacles", s.openObstacles, (o) => translate("digest-obstacle-line", { number: o.taskNumber, text: cut(o.text) }));
  if (s.sections.length) {
    lines.push(translate("digest-progress"));
    for (const p of s.sections) lines.push(translate("digest-section-line", { code: p.code, title: cut(p.title, 50), percent: p.percent, done: p.done, tasks: p.tasks }));
  } else {
    lines.push(translate("digest-no-plan"));
  }
  return splitMessage(lines.join("\n").trim());
}

export function chartBars(s: Summary): ChartBar[] {
  return s.sections.map((p) => ({ label: `${p.code} ${p.title}`, percent: p.percent, done: p.done, total: p.tasks }));
}

function cut(s: string, max = 70): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length <= max ? one : `${one.slice(0, max - 1).trimEnd()}…`;
}
