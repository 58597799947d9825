import type { BotContext } from "../../src/bot/context.js";
import { formatDate } from "../../src/format/date.js";
import { loadExemplaryCriteria } from "../../src/services/exemplary-criteria.js";
import { ExemplaryStatus, type RoundView } from "../../src/services/exemplary.js";

/** The round as `/guongdienhinh` shows it: status, criteria (with their source), nominees and reasons. */
export function renderRound(ctx: BotContext, round: RoundView, withCriteria: boolean): string {
  const tz = ctx.app.timezone;
  const lines = [ctx.t("exemplary-title", { year: String(round.year) }), ctx.t(`exemplary-status-${round.status}`, { closes: formatDate(round.closesAt, tz) })];
  if (withCriteria) {
    const c = loadExemplaryCriteria(round.criteriaId);
    lines.push("", ctx.t("exemplary-criteria-title", { title: c.title }), ...c.criteria.map((x) => ctx.t("exemplary-criteria-line", { code: x.code, title: x.title })));
    lines.push(ctx.t("exemplary-criteria-source", { source: c.source }));
    if (!c.verified) lines.push(ctx.t("exemplary-criteria-unverified"));
  }
  lines.push("");
  if (!round.nominees.length) lines.push(ctx.t("exemplary-no-nominees-yet"));
  else lines.push(ctx.t("exemplary-nominees-title", { count: round.nominees.length }));
  for (const n of round.nominees) {
    const decision = n.recognised === null ? "" : ctx.t(n.recognised ? "exemplary-nominee-recognised" : "exemplary-nominee-not-recognised");
    const vote = n.voteNumber === null ? "" : ctx.t("exemplary-nominee-vote", { number: String(n.voteNumber) });
    lines.push(ctx.t("exemplary-nominee-line", { id: String(n.memberId), name: n.fullName, position: n.position, count: n.reasons.length, vote, decision }));
    for (const r of n.reasons) lines.push(ctx.t("exemplary-reason-line", { nominator: r.nominator, text: r.text }));
  }
  if (round.status === ExemplaryStatus.NOMINATING) lines.push("", ctx.t("exemplary-how-nominate"));
  return lines.join("\n");
}
