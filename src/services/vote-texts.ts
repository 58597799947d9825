import type { ChoiceGrid } from "../chat/message.js";
import { formatDateTime } from "../format/date.js";
import type { VoteResult, VoteSummary } from "./vote-rules.js";

/**
 * The texts of a vote, shared by the commands (ctx.t) and by what the service
 * and the scheduler queue (translate()), so a notice in the outbox and a
 * `/bieuquyet` answer read the same.
 */
export type T = (key: string, params?: Record<string, string | number>) => string;

/** "Biểu quyết số 3 (bỏ phiếu kín, hạn 10/03/2026 17:00): <câu hỏi>". */
export function voteHeader(t: T, v: VoteSummary, tz: string): string {
  return t("vote-header", {
    number: String(v.number),
    question: v.question,
    ballot: t(v.secret ? "vote-ballot-secret" : "vote-ballot-open"),
    deadline: formatDateTime(v.deadline, tz),
  });
}

/**
 * One choice per answer, typed as a full command (`/bieuquyet 3 1`): a notice
 * may be answered days later, when nothing is remembered. `withLabels` adds
 * the label itself as a typed form, when only one vote is on screen.
 */
export function voteChoices(v: Pick<VoteSummary, "id" | "number" | "labels">, withLabels = false): ChoiceGrid {
  return v.labels.map((label, i) => [
    { label, action: `bq:v:${v.number}:${i + 1}`, typed: [`/bieuquyet ${v.number} ${i + 1}`, ...(withLabels ? [label] : [])] },
  ]);
}

/** The result as the group and `/bieuquyet ketqua` show it; names only for an open ballot seen by the committee. */
export function resultText(t: T, r: VoteResult, tz: string, showNames: boolean): string {
  const lines = [
    t("vote-result-title", { number: String(r.vote.number), question: r.vote.question, ballot: t(r.vote.secret ? "vote-ballot-secret" : "vote-ballot-open") }),
    ...r.counts.map((c) => t("vote-result-line", { label: c.label, count: c.count })),
    t("vote-result-turnout", { voted: r.voted, eligible: r.eligible, closed: formatDateTime(r.closedAt, tz) }),
  ];
  if (r.winner) lines.push(t("vote-result-winner", { label: r.winner }));
  else if (r.voted > 0) lines.push(t("vote-result-tie"));
  if (showNames && r.named) {
    lines.push(t("vote-result-named"));
    for (const n of r.named) lines.push(t("vote-result-named-line", { name: n.fullName, label: n.label ?? t("vote-result-did-not-vote") }));
  }
  return lines.join("\n");
}
