import type { Tx } from "../db/client.js";
import type { ChoiceGrid } from "../chat/message.js";

/**
 * What a message is, for a platform with a monthly quota (Zalo,
 * docs/zalo-budget.md): near the quota digests wait first, then reminders;
 * replies to people go on. Set by the producer; "reminder" when unsaid.
 */
export type OutboxCategory = "reply" | "reminder" | "digest";
export const OUTBOX_CATEGORIES: readonly OutboxCategory[] = ["reply", "reminder", "digest"];

export type ChatKind = "private" | "group";

/**
 * The kind of a chat queued without saying it: Telegram's group ids are
 * negative; any other platform's producers must say it (Zalo's ids are hex).
 */
export function chatKindOf(msg: Pick<OutgoingMessage, "chatKind" | "platform" | "chatId">): ChatKind {
  if (msg.chatKind) return msg.chatKind;
  return (msg.platform ?? "telegram") === "telegram" && msg.chatId.startsWith("-") ? "group" : "private";
}

export interface OutgoingMessage {
  agencyId?: number | null;
  platform?: string;
  chatId: string;
  /** A person's private chat or a group (the sender paces each kind by its own window). */
  chatKind?: ChatKind;
  kind?: "text" | "photo" | "document";
  text: string;
  /** JSON-safe extras for the sender, channel-neutral: `choices` (a ChoiceGrid), photo bytes, file path and name. */
  payload?: Record<string, unknown>;
  memberId?: number | null;
  notBefore?: Date;
  /** The same logical message is enqueued at most once. */
  dedupeKey?: string;
  category?: OutboxCategory;
}

/**
 * Queues a message for the paced sender. Always called inside the transaction
 * that decided to send it (with the JobRun row, or with the domain change), so
 * that a crash can neither lose it nor queue it twice.
 * Returns false when a message with the same dedupeKey was already queued.
 */
export async function enqueueMessage(tx: Tx, msg: OutgoingMessage, now: Date): Promise<boolean> {
  if (msg.dedupeKey) {
    const existing = await tx.outboxMessage.findUnique({ where: { dedupeKey: msg.dedupeKey }, select: { id: true } });
    if (existing) return false;
  }
  await tx.outboxMessage.create({
    data: {
      agencyId: msg.agencyId ?? null,
      platform: msg.platform ?? "telegram",
      chatId: msg.chatId,
      chatKind: chatKindOf(msg),
      kind: msg.kind ?? "text",
      text: msg.text,
      payload: JSON.stringify(msg.payload ?? {}),
      memberId: msg.memberId ?? null,
      notBefore: msg.notBefore ?? now,
      createdAt: now,
      dedupeKey: msg.dedupeKey ?? null,
      category: msg.category ?? "reminder",
    },
  });
  return true;
}

/**
 * Who a private message is for. `platform` + `platformUserId` are the member's
 * private address (Member row): the identity they chose for notices, else the
 * one they last wrote from, kept in step by src/services/identities.ts and by
 * markUnreachable (src/messaging/addressing.ts decides). Any Member row fits.
 */
export type MemberAddress = { id: number; agencyId: number; platform: string; platformUserId: string };

/**
 * Queues a private message to a member, on the platform of their address
 * (their chat id there is their user id). `memberId` is set so that a 403
 * marks that account unreachable and moves the address to another one.
 */
export function enqueueToMember(
  tx: Tx,
  to: MemberAddress,
  msg: Pick<OutgoingMessage, "text" | "kind" | "payload" | "dedupeKey" | "notBefore" | "category">,
  now: Date,
): Promise<boolean> {
  return enqueueMessage(tx, { ...msg, agencyId: to.agencyId, platform: to.platform, chatId: to.platformUserId, chatKind: "private", memberId: to.id }, now);
}

/**
 * The payload of a message with choices. Choices sent later by the outbox must
 * carry full-command typed forms (`/baocao 12`): the person may answer days
 * later, when nothing of the conversation is remembered.
 */
export function outboxChoices(choices: ChoiceGrid): { choices: ChoiceGrid } {
  for (const c of choices.flat()) {
    if (!c.url && !c.typed?.some((f) => f.startsWith("/"))) throw new Error(`outbox choice "${c.label}" needs a full-command typed form`);
  }
  return { choices };
}
