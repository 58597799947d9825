import type { Prisma } from "../generated/prisma/client.js";
import { MemberStatus } from "../generated/prisma/enums.js";

/** A person as a chat platform identifies them; ids are strings (Telegram numbers, Zalo hex). */
export interface PlatformUser {
  platform: string;
  userId: string;
}

/**
 * The filter for "the active member this chat user is": one query through the
 * identities (indexed on platform + user id), whichever platform they write from.
 */
export function activeMemberOf(user: PlatformUser): Prisma.MemberWhereInput {
  return { status: MemberStatus.ACTIVE, identities: { some: { platform: user.platform, platformUserId: user.userId } } };
}

export function sameAccount(a: { platform: string; platformUserId: string }, b: PlatformUser): boolean {
  return a.platform === b.platform && a.platformUserId === b.userId;
}
