import { randomInt } from "node:crypto";
import type { Db } from "../db/client.js";
import type { Clock } from "../clock.js";
import type { Agency, Member } from "../generated/prisma/client.js";
import { MemberStatus, Role } from "../generated/prisma/enums.js";
import { writeAudit } from "./audit.js";
import { DomainError } from "./errors.js";
import { assertManager } from "./authorization.js";
import { activeMemberOf, type PlatformUser } from "./identity-lookup.js";
import { createFirstIdentity } from "./identities.js";

export type { PlatformUser } from "./identity-lookup.js";
export type { PlatformChat } from "./groups.js";

export type MemberWithAgency = Member & { agency: Agency };

export interface Profile {
  fullName: string;
  position: string;
}

/** Invitation codes avoid look-alike characters (0/O, 1/I/L) because people retype them. */
const INVITE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const INVITE_CODE_LENGTH = 10; // 31^10 ≈ 2^49 codes: unguessable within the expiry window
export const DEFAULT_INVITE_DAYS = 7;
export const MAX_INVITE_DAYS = 30;

export class RosterService {
  constructor(private readonly deps: { db: Db; clock: Clock }) {}

  private get db() {
    return this.deps.db;
  }

  /** The active member this chat user is, whichever of their platforms they write from: one indexed query. */
  findActiveMember(user: PlatformUser): Promise<MemberWithAgency | null> {
    return this.db.member.findFirst({ where: activeMemberOf(user), include: { agency: true } });
  }

  /** A bot admin founds an agency and becomes its secretary, in one transaction. */
  async createAgency(input: { admin: PlatformUser; agencyName: string; profile: Profile }): Promise<MemberWithAgency> {
    const now = this.deps.clock.now();
    return this.db.$transaction(async (tx) => {
      const existing = await tx.member.findFirst({ where: activeMemberOf(input.admin), include: { agency: true } });
      if (existing) throw new DomainError("already-member", { agency: existing.agency.name });
      const agency = await tx.agency.create({ data: { name: input.agencyName, createdAt: now } });
      const member = await tx.member.create({
        data: {
          agencyId: agency.id,
          platform: input.admin.platform,
          platformUserId: input.admin.userId,
          fullName: input.profile.fullName,
          position: input.profile.position,
          role: Role.SECRETARY,
          joinedAt: now,
        },
      });
      await createFirstIdentity(tx, member, now);
      const actorLabel = `admin:${input.admin.platform}:${input.admin.userId}`;
      await writeAudit(tx, { agencyId: agency.id, actorLabel, action: "agency.create", details: { name: agency.name }, at: now });
      await writeAudit(tx, {
        agencyId: agency.id,
        actorMemberId: member.id,
        actorLabel,
        action: "member.join",
        targetMemberId: member.id,
        details: { role: member.role, founder: true },
        at: now,
      });
      return { ...member, agency };
    });
  }

  /** `departmentId`: the phòng the newcomer joins (docs/documents.md); checked here against the agency. */
  async createInvite(actor: Member, role: Role, days = DEFAULT_INVITE_DAYS, departmentId: number | null = null) {
    assertManager(actor);
    if (!Number.isInteger(days) || days < 1 || days > MAX_INVITE_DAYS) {
      throw new DomainError("invite-days", { max: MAX_INVITE_DAYS });
    }
    const now = this.deps.clock.now();
    const expiresAt = new Date(now.getTime() + days * 86_400_000);
    return this.db.$transaction(async (tx) => {
      if (departmentId !== null && !(await tx.department.findFirst({ where: { id: departmentId, agencyId: actor.agencyId, removedAt: null } }))) throw new DomainError("department-unknown", { name: String(departmentId) });
      const invite = await tx.invite.create({ data: { agencyId: actor.agencyId, code: newInviteCode(), role, createdById: actor.id, createdAt: now, expiresAt, departmentId } });
      await writeAudit(tx, {
        agencyId: actor.agencyId,
        actorMemberId: actor.id,
        actorLabel: actorLabelOf(actor),
        action: "invite.create",
        details: { inviteId: invite.id, role, expiresAt: expiresAt.toISOString(), departmentId },
        at: now,
      });
      return invite;
    });
  }

  /** Checks a code before asking the newcomer for their profile, so they don't type their name only to learn the link had expired. */
  async checkInvite(code: string, user: PlatformUser) {
    const invite = await this.db.invite.findUnique({ where: { code: normalizeInviteCode(code) }, include: { agency: true } });
    const now = this.deps.clock.now();
    if (!invite || invite.revokedAt) throw new DomainError("invite-unknown");
    if (invite.usedAt) throw new DomainError("invite-used");
    if (invite.expiresAt <= now) throw new DomainError("invite-expired");
    const existing = await this.findActiveMember(user);
    if (existing) throw new DomainError("already-member", { agency: existing.agency.name });
    return invite;
  }

  /** Whether a typed word is an invitation code at all (used, expired or not): a bare code can then be told from other text. */
  async isInviteCode(code: string): Promise<boolean> {
    return (await this.db.invite.count({ where: { code: normalizeInviteCode(code) } })) > 0;
  }

  /** Uses the invitation and adds the person, atomically: two people racing for one code cannot both join. */
  async joinWithInvite(input: { code: string; user: PlatformUser; profile: Profile }): Promise<MemberWithAgency> {
    const now = this.deps.clock.now();
    const code = normalizeInviteCode(input.code);
    return this.db.$transaction(async (tx) => {
      const invite = await tx.invite.findUnique({ where: { code }, include: { agency: true } });
      if (!invite || invite.revokedAt) throw new DomainError("invite-unknown");
      if (invite.usedAt) throw new DomainError("invite-used");
      if (invite.expiresAt <= now) throw new DomainError("invite-expired");
      const active = await tx.member.findFirst({ where: activeMemberOf(input.user), include: { agency: true } });
      if (active) throw new DomainError("already-member", { agency: active.agency.name });

      // Someone who left and is invited back keeps their row, hence their history:
      // found by the account they write from, in this agency.
      const known = await tx.memberIdentity.findUnique({
        where: { agencyId_platform_platformUserId: { agencyId: invite.agencyId, platform: input.user.platform, platformUserId: input.user.userId } },
      });
      const data = {
        fullName: input.profile.fullName,
        position: input.profile.position,
        role: invite.role,
        status: MemberStatus.ACTIVE,
        joinedAt: now,
        leftAt: null,
        ...(invite.departmentId !== null ? { departmentId: invite.departmentId } : {}),
        // The account they join from is where their notices go.
        platform: input.user.platform,
        platformUserId: input.user.userId,
      };
      const member = known
        ? await tx.member.update({ where: { id: known.memberId }, data })
        : await tx.member.create({ data: { ...data, agencyId: invite.agencyId } });
      if (known) await tx.memberIdentity.update({ where: { id: known.id }, data: { lastSeenAt: now, unreachableAt: null } });
      else await createFirstIdentity(tx, member, now);
      const claimed = await tx.invite.updateMany({
        where: { id: invite.id, usedAt: null },
        data: { usedAt: now, usedById: member.id },
      });
      if (claimed.count !== 1) throw new DomainError("invite-used");
      await writeAudit(tx, {
        agencyId: invite.agencyId,
        actorMemberId: member.id,
        actorLabel: actorLabelOf(member),
        action: "member.join",
        targetMemberId: member.id,
        details: { role: member.role, inviteId: invite.id, departmentId: invite.departmentId },
        at: now,
      });
      return { ...member, agency: invite.agency };
    });
  }

  /** Active members first by rank of role, then by name (Vietnamese collation is done in JS). */
  async listMembers(agencyId: number, opts: { includeLeft?: boolean } = {}): Promise<Member[]> {
    const members = await this.db.member.findMany({
      where: { agencyId, ...(opts.includeLeft ? {} : { status: MemberStatus.ACTIVE }) },
    });
    const collator = new Intl.Collator("vi");
    return members.sort(
      (a, b) =>
        Number(a.status !== MemberStatus.ACTIVE) - Number(b.status !== MemberStatus.ACTIVE) ||
        ROLE_RANK[a.role] - ROLE_RANK[b.role] ||
        collator.compare(a.fullName, b.fullName),
    );
  }

  async getMember(agencyId: number, memberId: number): Promise<Member> {
    const member = await this.db.member.findFirst({ where: { id: memberId, agencyId, status: MemberStatus.ACTIVE } });
    if (!member) throw new DomainError("member-unknown", { id: String(memberId) });
    return member;
  }

  async changeRole(actor: Member, memberId: number, role: Role): Promise<Member> {
    assertManager(actor);
    if (memberId === actor.id) throw new DomainError("member-self");
    const now = this.deps.clock.now();
    return this.db.$transaction(async (tx) => {
      const target = await tx.member.findFirst({ where: { id: memberId, agencyId: actor.agencyId, status: MemberStatus.ACTIVE } });
      if (!target) throw new DomainError("member-unknown", { id: String(memberId) });
      const updated = await tx.member.update({ where: { id: target.id }, data: { role } });
      await writeAudit(tx, {
        agencyId: actor.agencyId,
        actorMemberId: actor.id,
        actorLabel: actorLabelOf(actor),
        action: "member.role",
        targetMemberId: target.id,
        details: { from: target.role, to: role },
        at: now,
      });
      return updated;
    });
  }

  /** The member leaves; the row stays so that past reports remain attributed. */
  async removeMember(actor: Member, memberId: number): Promise<Member> {
    assertManager(actor);
    if (memberId === actor.id) throw new DomainError("member-self");
    const now = this.deps.clock.now();
    return this.db.$transaction(async (tx) => {
      const target = await tx.member.findFirst({ where: { id: memberId, agencyId: actor.agencyId, status: MemberStatus.ACTIVE } });
      if (!target) throw new DomainError("member-unknown", { id: String(memberId) });
      const updated = await tx.member.update({
        where: { id: target.id },
        data: { status: MemberStatus.LEFT, leftAt: now },
      });
      await writeAudit(tx, {
        agencyId: actor.agencyId,
        actorMemberId: actor.id,
        actorLabel: actorLabelOf(actor),
        action: "member.remove",
        targetMemberId: target.id,
        details: { role: target.role },
        at: now,
      });
      return updated;
    });
  }

  listAudit(agencyId: number, take = 20) {
    return this.db.auditLog.findMany({ where: { agencyId }, orderBy: { id: "desc" }, take });
  }
}

const ROLE_RANK: Record<Role, number> = { HEAD: 0, DEPUTY: 1, SECRETARY: 2, MEMBER: 3, STAFF: 4 };

function actorLabelOf(m: Member): string {
  return `member:${m.id}`;
}

function newInviteCode(): string {
  let code = "";
  for (let i = 0; i < INVITE_CODE_LENGTH; i++) code += INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)];
  return code;
}

/** People retype codes: accept lower case and stray spaces or dashes. */
export function normalizeInviteCode(code: string): string {
  return code.replace(/[\s-]/g, "").toUpperCase();
}
