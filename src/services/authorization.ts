import type { Member } from "../generated/prisma/client.js";
import { MemberStatus } from "../generated/prisma/enums.js";
import { DomainError } from "./errors.js";
import { LEADER_ROLES, MANAGER_ROLES } from "./roles.js";

/**
 * The services' own check of who may write (the chat guard checks first; a
 * forged button or a future channel must still be refused here). `code` names
 * the refusal text where a domain has a more telling one than "forbidden".
 */
export function assertManager(actor: Member, code = "forbidden"): void {
  if (actor.status !== MemberStatus.ACTIVE || !MANAGER_ROLES.includes(actor.role)) throw new DomainError(code);
}

/** Head, deputy or secretary: those who handle feedback and obstacles. */
export function assertLeader(actor: Member): void {
  if (actor.status !== MemberStatus.ACTIVE || !LEADER_ROLES.includes(actor.role)) throw new DomainError("forbidden");
}
