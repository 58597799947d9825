import type { Member } from "../generated/prisma/client.js";
import { VoteKind, VoteStatus } from "../generated/prisma/enums.js";
import { foldTyped } from "../format/typed-word.js";
import { DomainError } from "./errors.js";
import { checkedText } from "./meeting-rules.js";
import { MANAGER_ROLES } from "./roles.js";

export { VoteKind, VoteStatus };

export interface VoteSummary {
  id: number;
  agencyId: number;
  number: number;
  question: string;
  kind: VoteKind;
  secret: boolean;
  deadline: Date;
  status: VoteStatus;
  labels: string[];
}

export interface VoteResult {
  vote: VoteSummary;
  counts: { position: number; label: string; count: number }[];
  voted: number;
  eligible: number;
  closedAt: Date;
  /** The label with the most ballots; null on a tie or with no ballot. */
  winner: string | null;
  /** Open ballots only: each voter and what they chose (null: did not vote), in name order. */
  named: { fullName: string; label: string | null }[] | null;
}


export const QUESTION_MAX = 500;
export const CHOICE_MAX = 100;
export const CHOICES_MIN = 2;
export const CHOICES_MAX = 10;
/** A vote runs at least this long: a deadline in a few minutes is a typing slip. */
export const MIN_DURATION_MS = 10 * 60_000;

/**
 * The three answers of a yes/no question, in the words of a Vietnamese
 * meeting's biểu quyết; `position` is what is typed (/bieuquyet 3 1).
 */
export const YES_NO_LABELS = ["Tán thành", "Không tán thành", "Không biểu quyết"] as const;

export interface VoteInput {
  question: string;
  kind: VoteKind;
  /** Only for CHOICES: the labels, in order. */
  choices?: readonly string[];
  secret: boolean;
  deadline: Date;
}

/** Checks what a manager typed; returns the cleaned question and the choice labels. */
export function validateVote(input: VoteInput, now: Date): { question: string; labels: string[] } {
  const question = checkedText(input.question, QUESTION_MAX, "vote-bad-question");
  if (input.deadline.getTime() < now.getTime() + MIN_DURATION_MS) throw new DomainError("vote-past-deadline");
  if (input.kind === VoteKind.YES_NO) return { question, labels: [...YES_NO_LABELS] };
  const labels = (input.choices ?? []).map((c) => checkedText(c, CHOICE_MAX, "vote-bad-choice-label"));
  if (labels.length < CHOICES_MIN || labels.length > CHOICES_MAX) throw new DomainError("vote-bad-choices", { min: CHOICES_MIN, max: CHOICES_MAX });
  const keys = new Set(labels.map((l) => foldTyped(l, { squash: true })));
  if (keys.size !== labels.length) throw new DomainError("vote-duplicate-choices");
  return { question, labels };
}

export function assertVoteManager(actor: Pick<Member, "role">): void {
  if (!MANAGER_ROLES.includes(actor.role)) throw new DomainError("vote-managers-only");
}

/**
 * Reads what a voter typed after the vote's number: the choice's number
 * ("1") or its label without accents ("tan thanh", "Không biểu quyết").
 * Returns the 1-based position, or undefined.
 */
export function parseChoice(text: string, labels: readonly string[]): number | undefined {
  const t = text.trim();
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= labels.length ? n : undefined;
  }
  const key = foldTyped(t, { squash: true });
  if (!key) return undefined;
  const i = labels.findIndex((l) => foldTyped(l, { squash: true }) === key);
  return i === -1 ? undefined : i + 1;
}

/** A vote is over at its deadline even before the job or the secretary closed it. */
export function isOver(vote: { status: VoteStatus; deadline: Date }, now: Date): boolean {
  return vote.status === VoteStatus.CLOSED || vote.deadline.getTime() <= now.getTime();
}
