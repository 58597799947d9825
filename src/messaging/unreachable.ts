import type { Db, DbOrTx } from "../db/client.js";
import { MemberStatus, Role } from "../generated/prisma/enums.js";
import { enqueueToMember } from "./outbox.js";
import { translate } from "../i18n/translator.js";
import { chooseAddress } from "./addressing.js";

/**
 * The platform said the member blocked the bot (or deleted their account) on
 * the account `bounced` was sent to. That account is marked; when another of
 * their accounts can still be reached, their private address moves to it and
 * nobody is bothered. Otherwise the member is marked unreachable and, in the
 * same transaction, the agency's secretaries are told — only on the transition
 * from reachable, so the secretary hears it once however many messages bounce.
 * Returns whether this call marked the member.
 */
export async function markUnreachable(db: Db, memberId: number, now: Date, bounced?: { platform: string; chatId: string }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if (bounced) {
      await tx.memberIdentity.updateMany({
        where: { memberId, platform: bounced.platform, platformUserId: bounced.chatId, unreachableAt: null },
        data: { unreachableAt: now },
      });
      const owner = await tx.member.findUniqueOrThrow({ where: { id: memberId }, select: { preferredPlatform: true, identities: true } });
      // chooseAddress passes over blocked accounts while another one is reachable.
      const to = owner.identities.some((i) => i.unreachableAt === null) ? chooseAddress(owner.identities, owner.preferredPlatform) : null;
      if (to) {
        await tx.member.update({ where: { id: memberId }, data: { platform: to.platform, platformUserId: to.platformUserId } });
        return false;
      }
    }
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
