import { COMMITTEE_ROLES, LEADER_ROLES, MANAGER_ROLES } from "../services/roles.js";
import type { Audience } from "./command-spec.js";
import type { Actor } from "./context.js";

export function actorMayUse(actor: Actor, audience: Audience): boolean {
  const role = actor.member?.role;
  switch (audience) {
    case "anyone":
      return true;
    case "admin":
      return actor.isAdmin;
    case "member":
      return role !== undefined;
    case "committee":
      return role !== undefined && COMMITTEE_ROLES.includes(role);
    case "leaders":
      return role !== undefined && LEADER_ROLES.includes(role);
    case "managers":
      return role !== undefined && MANAGER_ROLES.includes(role);
  }
}
