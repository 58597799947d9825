import type { DbOrTx, Tx } from "../db/client.js";
import { audienceWhere } from "../services/audiences.js";
import { enqueueMessage, enqueueToMember, type OutgoingMessage } from "./outbox.js";

/** What a group post carries; the addressing is the agency's business. */
export type GroupPost = Pick<OutgoingMessage, "text" | "kind" | "payload" | "notBefore" | "category"> & {
  /** Unique per post; each destination gets its own derived key, so each is queued once. */
  dedupeKey: string;
};

/**
 * Where the agency's group posts go, read once per post: its bound groups (one
 * per platform), or — when the committee chose it in `/caidat` (a Zalo bot that
 * cannot join groups) — each active committee member's private chat.
 */
export async function groupDestinations(db: DbOrTx, agencyId: number) {
  const settings = await db.agencySettings.findUnique({ where: { agencyId }, select: { groupPostsPrivate: true } });
  if (settings?.groupPostsPrivate) {
    const members = await db.member.findMany({
      where: audienceWhere(agencyId, { kind: "committee" }),
      select: { id: true, agencyId: true, platform: true, platformUserId: true },
      orderBy: { id: "asc" },
    });
    return { private: true as const, groups: [], members };
  }
  const groups = await db.agencyGroup.findMany({ where: { agencyId }, select: { platform: true, chatId: true }, orderBy: { platform: "asc" } });
  return { private: false as const, groups, members: [] };
}

/** Whether a group post would reach anyone (a bound group, or the private fallback). */
export async function hasGroupDestination(db: DbOrTx, agencyId: number): Promise<boolean> {
  const d = await groupDestinations(db, agencyId);
  return d.private || d.groups.length > 0;
}

/**
 * Queues a post to the agency's committee groups, in the caller's transaction:
 * the one place that knows where "the group" is, so that every feature posts
 * the same way. Dedupe keys are per destination: the Telegram group keeps the
 * post's own key (the key it had before groups per platform existed), every
 * other group gets `:group=<platform>`, each member `:member=<id>`; a re-run of
 * the same job therefore queues nothing twice.
 * Returns how many destinations the post was queued for now (0 when none is
 * bound, or when everything was already queued).
 */
export async function enqueueGroupPost(tx: Tx, agencyId: number, post: GroupPost, now: Date): Promise<number> {
  const to = await groupDestinations(tx, agencyId);
  let queued = 0;
  for (const g of to.groups) {
    const dedupeKey = g.platform === "telegram" ? post.dedupeKey : `${post.dedupeKey}:group=${g.platform}`;
    if (await enqueueMessage(tx, { ...post, agencyId, platform: g.platform, chatId: g.chatId, chatKind: "group", dedupeKey }, now)) queued++;
  }
  for (const m of to.members) {
    if (await enqueueToMember(tx, m, { ...post, dedupeKey: `${post.dedupeKey}:member=${m.id}` }, now)) queued++;
  }
  return queued;
}
