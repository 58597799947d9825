import { randomInt } from "node:crypto";
import type { Tx } from "../db/client.js";
import type { Dialogue } from "../generated/prisma/client.js";
import { MemberStatus, Role } from "../generated/prisma/enums.js";
import { translate } from "../i18n/translator.js";
import { enqueueToMember } from "../messaging/outbox.js";

/** One delivered question as the secretary reads it in the batch message. */
export interface DeliveredQuestion {
  number: number;
  text: string;
  /** null: anonymous. */
  author: string | null;
}

/**
 * Hands the questions that arrived since the last batch to the dialogue's
 * organisers (docs/dialogue.md): named and anonymous ones together, numbered
 * here in a random order, so that neither the numbers nor the message keep
 * the order of arrival (which could point at whoever was just seen typing).
 * Called by the batch job and when questions are closed, in their transaction.
 */
export async function deliverQuestions(tx: Tx, dialogue: Dialogue): Promise<DeliveredQuestion[]> {
  const named = await tx.dialogueQuestion.findMany({
    where: { dialogueId: dialogue.id, delivered: false },
    select: { id: true, text: true, member: { select: { fullName: true } } },
  });
  const anonymous = await tx.dialogueAnonymousQuestion.findMany({ where: { dialogueId: dialogue.id, delivered: false }, select: { id: true, text: true } });
  if (!named.length && !anonymous.length) return [];
  const all = shuffle([
    ...named.map((q) => ({ id: q.id, anonymous: false, text: q.text, author: q.member.fullName as string | null })),
    ...anonymous.map((q) => ({ id: q.id, anonymous: true, text: q.text, author: null })),
  ]);
  let next = dialogue.questionCount;
  const out: DeliveredQuestion[] = [];
  for (const q of all) {
    const number = ++next;
    // One row per question: a batch holds a handful; the numbers must be written one by one.
    if (q.anonymous) await tx.dialogueAnonymousQuestion.update({ where: { id: q.id }, data: { number, delivered: true } });
    else await tx.dialogueQuestion.update({ where: { id: q.id }, data: { number, delivered: true } });
    out.push({ number, text: q.text, author: q.author });
  }
  await tx.dialogue.update({ where: { id: dialogue.id }, data: { questionCount: next } });
  return out;
}

export function batchText(d: Pick<Dialogue, "number" | "topic">, items: DeliveredQuestion[], closing: boolean): string {
  const lines = [translate(closing ? "dialogue-batch-closing" : "dialogue-batch-header", { number: String(d.number), topic: d.topic, count: items.length })];
  for (const q of items) lines.push(translate("dialogue-batch-item", { n: String(q.number), author: q.author ?? translate("dialogue-anonymous"), text: q.text }));
  if (items.length) lines.push(translate("dialogue-batch-howto", { number: String(d.number) }));
  return lines.join("\n\n");
}

/**
 * Sends the batch to whoever scheduled the dialogue and its chair; if both
 * have left, to the agency's active head and secretaries, so delivered
 * questions are never read by nobody.
 */
export async function sendQuestionBatch(tx: Tx, d: Dialogue, items: DeliveredQuestion[], closing: boolean, key: string, now: Date): Promise<void> {
  if (!items.length && !closing) return;
  let to = await tx.member.findMany({ where: { id: { in: [...new Set([d.createdById, d.chairId])] }, status: MemberStatus.ACTIVE }, orderBy: { id: "asc" } });
  if (!to.length) to = await tx.member.findMany({ where: { agencyId: d.agencyId, status: MemberStatus.ACTIVE, role: { in: [Role.SECRETARY, Role.HEAD] } }, orderBy: { id: "asc" } });
  const text = batchText(d, items, closing);
  for (const m of to) await enqueueToMember(tx, m, { text, dedupeKey: `${key}:m=${m.id}` }, now);
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
