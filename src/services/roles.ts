import { Role } from "../generated/prisma/enums.js";
import { foldTyped } from "../format/typed-word.js";

export { Role };

/** Members of the steering committee (everyone but staff). */
export const COMMITTEE_ROLES: readonly Role[] = [Role.HEAD, Role.DEPUTY, Role.MEMBER, Role.SECRETARY];
/** Those who run the committee's paperwork: invitations, roster, plan, assignments. */
export const MANAGER_ROLES: readonly Role[] = [Role.HEAD, Role.SECRETARY];
/** Those who handle staff feedback and obstacles. */
export const LEADER_ROLES: readonly Role[] = [Role.HEAD, Role.DEPUTY, Role.SECRETARY];
export const ALL_ROLES: readonly Role[] = [Role.HEAD, Role.DEPUTY, Role.MEMBER, Role.SECRETARY, Role.STAFF];

/**
 * What people type for a role (`/moi thuky`). Without diacritics because
 * commands are typed on phones; several spellings are accepted.
 */
const ROLE_WORDS: Record<string, Role> = {
  truongban: Role.HEAD,
  truong: Role.HEAD,
  phoban: Role.DEPUTY,
  photruongban: Role.DEPUTY,
  pho: Role.DEPUTY,
  thanhvien: Role.MEMBER,
  thanhvienbanchidao: Role.MEMBER,
  uyvien: Role.MEMBER,
  thuky: Role.SECRETARY,
  congchuc: Role.STAFF,
  nhanvien: Role.STAFF,
  nld: Role.STAFF,
};

export function parseRole(input: string): Role | undefined {
  const key = foldTyped(input, { squash: true });
  return ROLE_WORDS[key] ?? (ALL_ROLES as readonly string[]).find((r) => r === key.toUpperCase()) as Role | undefined;
}

/** The word to type for each role, the inverse of `parseRole` for help texts and buttons. */
export const ROLE_KEYWORD: Record<Role, string> = {
  HEAD: "truongban",
  DEPUTY: "phoban",
  MEMBER: "thanhvien",
  SECRETARY: "thuky",
  STAFF: "congchuc",
};

export function isCommittee(role: Role): boolean {
  return COMMITTEE_ROLES.includes(role);
}
