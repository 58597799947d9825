import type { Tx } from "../db/client.js";
import { enqueueMessage, type OutgoingMessage } from "./outbox.js";

/** What a group post carries; the addressing is the agency's business. */
export type GroupPost = Pick<OutgoingMessage, "text" | "kind" | "payload" | "notBefore"> & {
  /** Unique per post; each destination gets its own derived key, so each is queued once. */
  dedupeKey: string;
};

/**
 * Queues a post to the agency's committee group, in the caller's transaction.
 * The one place that knows where "the group" is, so that every feature posts
 * the same way (today: the one bound group; an agency with no group bound gets
 * nothing, and the caller learns it from the result to say so).
 * Returns how many destinations the post was queued for.
 */
export async function enqueueGroupPost(tx: Tx, agencyId: number, post: GroupPost, now: Date): Promise<number> {
  const agency = await tx.agency.findUnique({ where: { id: agencyId }, select: { groupChatId: true, groupPlatform: true } });
  if (!agency?.groupChatId) return 0;
  const queued = await enqueueMessage(
    tx,
    { ...post, agencyId, platform: agency.groupPlatform ?? "telegram", chatId: agency.groupChatId, chatKind: "group", dedupeKey: post.dedupeKey },
    now,
  );
  return queued ? 1 : 0;
}
