import { randomInt } from "node:crypto";
import type { Tx } from "../db/client.js";
import type { Consultation } from "../generated/prisma/client.js";
import { ConsultationAnswerKind, MemberStatus, Role } from "../generated/prisma/enums.js";
import { translate } from "../i18n/translator.js";
import { enqueueToMember } from "../messaging/outbox.js";

/** One delivered answer as the drafting side reads it in the batch message. */
export interface DeliveredAnswer {
  kind: ConsultationAnswerKind;
  /** "Ý kiến số N" for comments, null for đồng ý / không có ý kiến. */
  number: number | null;
  text: string | null;
  /** null: anonymous. */
  author: string | null;
}

/**
 * Hands the answers that arrived since the last batch to the drafting side
 * (docs/consultations.md): named and anonymous answers are delivered together,
 * and the comments among them get their numbers here, in a random order, so
 * that neither the numbers nor the batch message keep the order of arrival
 * (which could point at whoever was just seen answering). Called by the batch
 * job and at close, inside their transaction.
 */
export async function deliverPending(tx: Tx, consultation: Consultation): Promise<DeliveredAnswer[]> {
  const named = await tx.consultationAnswer.findMany({
    where: { consultationId: consultation.id, delivered: false },
    select: { id: true, kind: true, text: true, member: { select: { fullName: true } } },
  });
  const anonymous = await tx.consultationAnonymousAnswer.findMany({
    where: { consultationId: consultation.id, delivered: false },
    select: { id: true, kind: true, text: true },
  });
  if (!named.length && !anonymous.length) return [];
  const all: (DeliveredAnswer & { id: number; anonymous: boolean })[] = shuffle([
    ...named.map((a) => ({ id: a.id, anonymous: false, kind: a.kind, text: a.text, author: a.member.fullName, number: null })),
    ...anonymous.map((a) => ({ id: a.id, anonymous: true, kind: a.kind, text: a.text, author: null, number: null })),
  ]);
  let next = consultation.commentCount;
  for (const a of all) {
    if (a.kind !== ConsultationAnswerKind.COMMENT) continue;
    a.number = ++next;
    // One row per comment: a batch holds a handful; the numbers must be written one by one.
    if (a.anonymous) await tx.consultationAnonymousAnswer.update({ where: { id: a.id }, data: { number: a.number, delivered: true } });
    else await tx.consultationAnswer.update({ where: { id: a.id }, data: { number: a.number, delivered: true } });
  }
  await tx.consultationAnswer.updateMany({ where: { consultationId: consultation.id, delivered: false }, data: { delivered: true } });
  await tx.consultationAnonymousAnswer.updateMany({ where: { consultationId: consultation.id, delivered: false }, data: { delivered: true } });
  if (next !== consultation.commentCount) await tx.consultation.update({ where: { id: consultation.id }, data: { commentCount: next } });
  // Shown in number order; đồng ý / không có ý kiến are only counted.
  return all.map(({ kind, number, text, author }) => ({ kind, number, text, author })).sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
}

/** The batch message to the drafting side; empty when nothing arrived. */
export function batchText(c: Consultation, items: DeliveredAnswer[], closing: boolean): string {
  const count = (k: ConsultationAnswerKind) => items.filter((i) => i.kind === k).length;
  const lines = [
    translate(closing ? "consult-batch-closing" : "consult-batch-header", {
      number: String(c.number),
      title: c.title,
      count: items.length,
      agree: count(ConsultationAnswerKind.AGREE),
      none: count(ConsultationAnswerKind.NO_OPINION),
      comments: count(ConsultationAnswerKind.COMMENT),
    }),
  ];
  for (const i of items) {
    if (i.kind !== ConsultationAnswerKind.COMMENT) continue;
    lines.push(translate("consult-batch-item", { n: String(i.number), author: i.author ?? translate("consult-anonymous"), text: i.text ?? "" }));
  }
  if (count(ConsultationAnswerKind.COMMENT) > 0) lines.push(translate("consult-batch-howto", { number: String(c.number) }));
  return lines.join("\n\n");
}

/**
 * Sends the batch to the secretary who opened the consultation; if they have
 * left the agency, to its active secretaries and head, so delivered answers
 * are never read by nobody.
 */
export async function sendBatch(tx: Tx, c: Consultation, items: DeliveredAnswer[], closing: boolean, key: string, now: Date): Promise<void> {
  if (!items.length && !closing) return;
  const creator = await tx.member.findUnique({ where: { id: c.createdById } });
  const to =
    creator?.status === MemberStatus.ACTIVE
      ? [creator]
      : await tx.member.findMany({ where: { agencyId: c.agencyId, status: MemberStatus.ACTIVE, role: { in: [Role.SECRETARY, Role.HEAD] } }, orderBy: { id: "asc" } });
  const text = batchText(c, items, closing);
  for (const m of to) await enqueueToMember(tx, m, { text, dedupeKey: `${key}:m=${m.id}` }, now);
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
