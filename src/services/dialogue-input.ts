import { z } from "zod";
import { DomainError } from "./errors.js";

export const TOPIC_MAX = 200;
export const PLACE_MAX = 200;
export const QUESTION_MAX = 2_000;
export const ANSWER_MAX = 3_000;
/** How far ahead a dialogue may be scheduled (as for meetings: docs/meetings.md). */
export const MAX_AHEAD_MS = 2 * 366 * 24 * 3_600_000;

const line = (min: number, max: number) =>
  z
    .string()
    .transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(z.string().min(min).max(max).regex(/\p{L}/u));

const topicSchema = line(5, TOPIC_MAX);
const placeSchema = line(2, PLACE_MAX);

export function checkTopic(raw: string): string {
  const r = topicSchema.safeParse(raw);
  if (!r.success) throw new DomainError("dialogue-topic", { max: TOPIC_MAX });
  return r.data;
}

export function checkPlace(raw: string): string {
  const r = placeSchema.safeParse(raw);
  if (!r.success) throw new DomainError("dialogue-place", { max: PLACE_MAX });
  return r.data;
}

/** A question as typed: several lines allowed, at least a few letters. */
export function checkQuestion(raw: string): string {
  const text = raw.normalize("NFC").replace(/[ \t]+/g, " ").trim();
  if (!text) throw new DomainError("dialogue-question-empty");
  if (text.length < 5 || !/\p{L}/u.test(text)) throw new DomainError("dialogue-question-short");
  if (text.length > QUESTION_MAX) throw new DomainError("dialogue-question-long", { max: QUESTION_MAX, length: text.length });
  return text;
}

export function checkAnswer(raw: string): string {
  const text = raw.normalize("NFC").replace(/[ \t]+/g, " ").trim();
  if (text.length < 3 || !/\p{L}/u.test(text)) throw new DomainError("dialogue-answer-empty");
  if (text.length > ANSWER_MAX) throw new DomainError("dialogue-answer-long", { max: ANSWER_MAX });
  return text;
}

/** The number of participants typed when questions are closed. */
export function checkParticipants(n: number, invited: number): number {
  if (!Number.isInteger(n) || n < 1 || n > Math.max(invited, 1) * 2 + 50) throw new DomainError("dialogue-participants", { invited });
  return n;
}
