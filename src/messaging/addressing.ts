/** One chat account of a member, as far as addressing needs it. */
export interface AddressableIdentity {
  platform: string;
  platformUserId: string;
  linkedAt: Date;
  lastSeenAt: Date | null;
  unreachableAt: Date | null;
}

/**
 * Where a member's private notices go: the platform they chose, else the
 * account they last wrote from. Accounts the platform reported as blocked are
 * passed over while another one can be reached. Null when they have none.
 */
export function chooseAddress<T extends AddressableIdentity>(identities: readonly T[], preferredPlatform: string | null): T | null {
  const reachable = identities.filter((i) => i.unreachableAt === null);
  const pool = reachable.length ? reachable : identities;
  const chosen = preferredPlatform ? pool.find((i) => i.platform === preferredPlatform) : undefined;
  if (chosen) return chosen;
  const seen = (i: T) => (i.lastSeenAt ?? i.linkedAt).getTime();
  return pool.reduce<T | null>((best, i) => (best === null || seen(i) > seen(best) ? i : best), null);
}
