import type { Db, DbOrTx } from "../db/client.js";
import { MemberStatus, Role } from "../generated/prisma/enums.js";
import { enqueueToMember } from "./outbox.js";
import { translate } from "../i18n/translator.js";

/**
 * Telegram said the member blocked the bot (or deleted their account). Marks
 * them unreachable and, in the same transaction, tells the agency's
 * secretaries — only on the transition from reachable, so the secretary hears
 * it once however many messages bounce. Returns whether this call marked them.
 */
export async function markUnreachable(db: Db, memberId: number, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const changed = await tx.member.updateMany({ where: { id: memberId, unreachableAt: null }, data: { unreachableAt: now } });
    if (changed.count !== 1) return false;
    const member = await tx.member.findUniqueOrThrow({ where: { id: memberId } });
    const secretaries = await tx.member.findMany({
      where: { agencyId: member.agencyId, role: Role.SECRETARY, status: MemberStatus.ACTIVE, id: { not: memberId } },
    });
    for (const s of secretaries) {
      await enqueueToMember(
        tx,
        s,
        {
          text: translate("sender-member-unreachable", { name: member.fullName, position: member.position }),
          dedupeKey: `unreachable:${memberId}:${now.getTime()}:to=${s.id}`,
        },
        now,
      );
    }
    return true;
  });
}

/** The person wrote to the bot again: private messages can reach them. */
export async function markReachable(db: DbOrTx, memberId: number): Promise<void> {
  await db.member.updateMany({ where: { id: memberId, unreachableAt: { not: null } }, data: { unreachableAt: null } });
}
