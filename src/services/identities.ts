import { randomInt } from "node:crypto";
import type { Clock } from "../clock.js";
import type { Db, DbOrTx, Tx } from "../db/client.js";
import type { Agency, Member, MemberIdentity } from "../generated/prisma/client.js";
import { MemberStatus } from "../generated/prisma/enums.js";
import { chooseAddress } from "../messaging/addressing.js";
import { writeAudit } from "./audit.js";
import { DomainError } from "./errors.js";
import { activeMemberOf, sameAccount, type PlatformUser } from "./identity-lookup.js";

export type MemberWithIdentities = Member & { agency: Agency; identities: MemberIdentity[] };

/** The platforms a member can link; the words people type for them. */
export const LINKABLE_PLATFORMS = ["telegram", "zalo"] as const;

/** Same alphabet as invitation codes (no 0/O, 1/I/L), shorter: it lives minutes, not days. */
const LINK_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const LINK_CODE_LENGTH = 8; // 31^8 ≈ 2^39 codes, alive 15 minutes
export const LINK_CODE_MINUTES = 15;

/** One person, several chat accounts (`/lienket`, docs/linking.md). */
export class IdentityService {
  constructor(private readonly deps: { db: Db; clock: Clock }) {}

  /** Called on every update: one query, through the identities' index. */
  findActiveMember(user: PlatformUser): Promise<MemberWithIdentities | null> {
    return this.deps.db.member.findFirst({ where: activeMemberOf(user), include: { agency: true, identities: true } });
  }

  /**
   * The person wrote from `user`: clear a "blocked" mark on it and move the
   * private address to it unless they chose a platform. Writes only on such a
   * change (a switch of platform), never on an ordinary message: a row
   * rewritten at every message would leave timestamps and copies of the user id
   * that could be set beside anonymous feedback (docs/anonymity.md).
   */
  async touch(member: MemberWithIdentities, user: PlatformUser): Promise<void> {
    const now = this.deps.clock.now();
    const current = member.identities.find((i) => sameAccount(i, user));
    if (!current) return;
    const seen = { ...current, lastSeenAt: now, unreachableAt: null };
    const next = chooseAddress(member.identities.map((i) => (i.id === current.id ? seen : i)), member.preferredPlatform);
    const moves = next !== null && !sameAccount(member, { platform: next.platform, userId: next.platformUserId });
    if (!current.unreachableAt && !moves) return;
    await this.deps.db.$transaction(async (tx) => {
      await tx.memberIdentity.update({ where: { id: current.id }, data: { lastSeenAt: now, unreachableAt: null } });
      if (moves) await tx.member.update({ where: { id: member.id }, data: { platform: next.platform, platformUserId: next.platformUserId } });
    });
  }

  listIdentities(memberId: number): Promise<MemberIdentity[]> {
    return this.deps.db.memberIdentity.findMany({ where: { memberId }, orderBy: { linkedAt: "asc" } });
  }

  /** A fresh one-time code for the member; earlier unused codes stop working. */
  async issueLinkCode(actor: Member, from: PlatformUser): Promise<{ code: string; expiresAt: Date }> {
    const now = this.deps.clock.now();
    const expiresAt = new Date(now.getTime() + LINK_CODE_MINUTES * 60_000);
    return this.deps.db.$transaction(async (tx) => {
      await tx.linkCode.updateMany({ where: { memberId: actor.id, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
      const row = await tx.linkCode.create({ data: { memberId: actor.id, code: newLinkCode(), platform: from.platform, createdAt: now, expiresAt } });
      return { code: row.code, expiresAt };
    });
  }

  /** Whether a typed word is a live-or-dead link code (so a bare code can be told from other text). */
  async isLinkCode(code: string): Promise<boolean> {
    return (await this.deps.db.linkCode.count({ where: { code: normalizeLinkCode(code) } })) > 0;
  }

  /**
   * Attaches the chat account `user` to the member who asked for `code`, in one
   * transaction with the code's use and the audit line. Refused: unknown, used or
   * expired code; sent from the platform it was asked on; a platform the member
   * already linked; an account that is someone else in the agency, or an active
   * member of another agency.
   */
  async redeemLinkCode(code: string, user: PlatformUser): Promise<MemberWithIdentities> {
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const row = await tx.linkCode.findUnique({
        where: { code: normalizeLinkCode(code) },
        include: { member: { include: { agency: true, identities: true } } },
      });
      if (!row || row.member.status !== MemberStatus.ACTIVE) throw new DomainError("link-code-unknown");
      if (row.usedAt) throw new DomainError("link-code-used");
      if (row.expiresAt <= now) throw new DomainError("link-code-expired", { minutes: LINK_CODE_MINUTES });
      const member = row.member;
      if (member.identities.some((i) => sameAccount(i, user))) throw new DomainError("link-already");
      if (user.platform === row.platform) throw new DomainError("link-same-platform", { platform: platformLabel(row.platform) });
      if (member.identities.some((i) => i.platform === user.platform)) throw new DomainError("link-platform-taken", { platform: platformLabel(user.platform) });
      const inAgency = await tx.memberIdentity.findUnique({
        where: { agencyId_platform_platformUserId: { agencyId: member.agencyId, platform: user.platform, platformUserId: user.userId } },
      });
      if (inAgency) throw new DomainError("link-other-member");
      const elsewhere = await tx.member.findFirst({ where: activeMemberOf(user), include: { agency: true } });
      if (elsewhere) throw new DomainError("already-member", { agency: elsewhere.agency.name });
      const claimed = await tx.linkCode.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
      if (claimed.count !== 1) throw new DomainError("link-code-used");
      const identity = await tx.memberIdentity.create({
        data: { memberId: member.id, agencyId: member.agencyId, platform: user.platform, platformUserId: user.userId, linkedAt: now, lastSeenAt: now },
      });
      const identities = [...member.identities, identity];
      // Linking is writing from the new account: notices follow it, unless a platform was chosen.
      const updated = member.preferredPlatform
        ? await readdress(tx, member, identities, member.preferredPlatform)
        : await tx.member.update({ where: { id: member.id }, data: { platform: user.platform, platformUserId: user.userId } });
      await writeAudit(tx, {
        agencyId: member.agencyId,
        actorMemberId: member.id,
        actorLabel: `member:${member.id}`,
        action: "identity.link",
        targetMemberId: member.id,
        details: { platform: user.platform },
        at: now,
      });
      return { ...updated, agency: member.agency, identities };
    });
  }

  /** Removes the member's account on `platform`; the account they are writing from cannot remove itself. */
  async removeIdentity(actor: Member, platform: string, from: PlatformUser): Promise<void> {
    if (platform === from.platform) throw new DomainError("identity-remove-current", { platform: platformLabel(platform) });
    const now = this.deps.clock.now();
    await this.deps.db.$transaction(async (tx) => {
      const identities = await tx.memberIdentity.findMany({ where: { memberId: actor.id } });
      const gone = identities.find((i) => i.platform === platform);
      if (!gone) throw new DomainError("identity-none", { platform: platformLabel(platform) });
      await tx.memberIdentity.delete({ where: { id: gone.id } });
      const kept = identities.filter((i) => i.id !== gone.id);
      const preferred = actor.preferredPlatform === platform ? null : actor.preferredPlatform;
      await readdress(tx, actor, kept, preferred);
      await writeAudit(tx, { agencyId: actor.agencyId, actorMemberId: actor.id, actorLabel: `member:${actor.id}`, action: "identity.unlink", targetMemberId: actor.id, details: { platform }, at: now });
    });
  }

  /** `platform` null = the account last written from. */
  async setPreferredPlatform(actor: Member, platform: string | null): Promise<Member> {
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const identities = await tx.memberIdentity.findMany({ where: { memberId: actor.id } });
      if (platform && !identities.some((i) => i.platform === platform)) throw new DomainError("identity-none", { platform: platformLabel(platform) });
      const updated = await readdress(tx, actor, identities, platform);
      await writeAudit(tx, { agencyId: actor.agencyId, actorMemberId: actor.id, actorLabel: `member:${actor.id}`, action: "identity.prefer", targetMemberId: actor.id, details: { platform }, at: now });
      return updated;
    });
  }
}

/** Writes the member's preference and the private address it implies. */
async function readdress(tx: Tx, member: Member, identities: MemberIdentity[], preferredPlatform: string | null): Promise<Member> {
  const to = chooseAddress(identities, preferredPlatform);
  return tx.member.update({
    where: { id: member.id },
    data: { preferredPlatform, ...(to ? { platform: to.platform, platformUserId: to.platformUserId } : {}) },
  });
}

/** The first identity of a new member, written with the member (createAgency, joinWithInvite). */
export function createFirstIdentity(db: DbOrTx, member: Member, now: Date) {
  return db.memberIdentity.create({
    data: { memberId: member.id, agencyId: member.agencyId, platform: member.platform, platformUserId: member.platformUserId, linkedAt: now, lastSeenAt: now },
  });
}

export function platformLabel(platform: string): string {
  return platform === "zalo" ? "Zalo" : platform === "telegram" ? "Telegram" : platform;
}

function newLinkCode(): string {
  let code = "";
  for (let i = 0; i < LINK_CODE_LENGTH; i++) code += LINK_ALPHABET[randomInt(LINK_ALPHABET.length)];
  return code;
}

export function normalizeLinkCode(code: string): string {
  return code.replace(/[\s-]/g, "").toUpperCase();
}
