import type { Db, DbOrTx, Tx } from "../db/client.js";
import type { Member } from "../generated/prisma/client.js";
import { MemberStatus, Role } from "../generated/prisma/enums.js";
import { translate } from "../i18n/translator.js";
import { enqueueToMember } from "./outbox.js";

/**
 * Who hears about the Zalo budget: the secretary of each agency that uses
 * Zalo (a member or the group on Zalo). Queued as "reply" so the notice
 * itself is not held back by the budget it is about; a secretary on Telegram
 * reads it at once.
 */
/** An agency uses Zalo when it has a bound Zalo group or an active member with a Zalo account (people.prisma). */
export async function agencyUsesZalo(db: DbOrTx, agencyId: number): Promise<boolean> {
  const [groups, people] = await Promise.all([
    db.agencyGroup.count({ where: { agencyId, platform: "zalo" } }),
    db.memberIdentity.count({ where: { platform: "zalo", member: { agencyId, status: MemberStatus.ACTIVE } } }),
  ]);
  return groups + people > 0;
}

export function secretariesOf(db: DbOrTx, agencyId: number): Promise<Member[]> {
  return db.member.findMany({ where: { agencyId, status: MemberStatus.ACTIVE, role: Role.SECRETARY }, orderBy: { id: "asc" } });
}

/** Queues `text` to the agency's secretaries, once per `key` and member (the outbox dedupe key). */
export async function tellSecretaries(tx: Tx, agencyId: number, key: string, text: string, now: Date): Promise<number> {
  let queued = 0;
  for (const m of await secretariesOf(tx, agencyId)) {
    if (await enqueueToMember(tx, m, { text, dedupeKey: `${key}:m=${m.id}`, category: "reply" }, now)) queued++;
  }
  return queued;
}

/** After a 429 "quota exceeded": every Zalo agency's secretary is told, once per month. */
export async function tellQuotaHeld(db: Db, month: string, now: Date): Promise<number> {
  const [y, m] = month.split("-");
  const text = translate("zalo-budget-quota-held", { month: `${m}/${y}` });
  return db.$transaction(async (tx) => {
    let queued = 0;
    for (const a of await tx.agency.findMany({ select: { id: true }, orderBy: { id: "asc" } })) {
      if (await agencyUsesZalo(tx, a.id)) queued += await tellSecretaries(tx, a.id, `zalo-quota-held:${month}`, text, now);
    }
    return queued;
  });
}
