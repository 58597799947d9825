import { Prisma } from "../generated/prisma/client.js";
import type { Db } from "../db/client.js";
import { sqlOf } from "../db/direct-sql.js";
import { providerOf } from "../messaging/claim.js";
import type { MemberWithIdentities } from "./identities.js";
import type { PlatformUser } from "./identity-lookup.js";

/** What every update needs before a feature runs, read in one statement (issue 15). */
export interface UpdateStart {
  /** The duplicate filter already holds this update's key: it was handled. */
  seen: boolean;
  /** The stored session (JSON), if one was asked for and exists. */
  session: string | null;
  /** The active member writing, with agency and identities, as `IdentityService.findActiveMember` returns it. */
  member: MemberWithIdentities | null;
}

const MEMBER_COLUMNS = ["id", "agencyId", "platform", "platformUserId", "preferredPlatform", "fullName", "position", "role", "status", "joinedAt", "leftAt", "unreachableAt", "departmentId"] as const;
const AGENCY_COLUMNS = ["id", "name", "createdAt"] as const;
const IDENTITY_COLUMNS = ["id", "memberId", "agencyId", "platform", "platformUserId", "linkedAt", "lastSeenAt", "unreachableAt"] as const;
const DATES = new Set(["joinedAt", "leftAt", "unreachableAt", "createdAt", "linkedAt", "lastSeenAt"]);

/**
 * One round trip instead of five: the duplicate-filter check, the session row
 * and the member (with agency and identities, built as JSON by the database)
 * in a single SELECT of three scalar subqueries. Prisma's model API would issue
 * one statement per include level, each through its query compiler; a raw
 * statement skips both. The member is read fresh on every update, so no cache
 * has to be invalidated when the roster changes, on one instance or several
 * (docs/performance.md). The column lists are checked against the model API
 * by tests/db/update-start.test.ts on both databases.
 */
export async function readUpdateStart(db: Db, q: { updateKey: string | null; sessionKey: string | null; user: PlatformUser | null }): Promise<UpdateStart> {
  const pg = providerOf(db) === "postgresql";
  const obj = pg ? "json_build_object" : "json_object";
  const fields = (alias: string, cols: readonly string[]) => Prisma.raw(cols.map((c) => `'${c}', ${alias}."${c}"`).join(", "));
  const identities = pg
    ? Prisma.sql`(SELECT COALESCE(json_agg(${Prisma.raw(obj)}(${fields("i", IDENTITY_COLUMNS)}) ORDER BY i."id"), '[]'::json) FROM "MemberIdentity" i WHERE i."memberId" = m."id")`
    : Prisma.sql`json((SELECT json_group_array(${Prisma.raw(obj)}(${fields("i", IDENTITY_COLUMNS)})) FROM (SELECT * FROM "MemberIdentity" WHERE "memberId" = m."id" ORDER BY "id") i))`;
  const member = q.user
    ? Prisma.sql`(SELECT ${Prisma.raw(obj)}(${fields("m", MEMBER_COLUMNS)}, 'agency', ${Prisma.raw(obj)}(${fields("a", AGENCY_COLUMNS)}), 'identities', ${identities})${pg ? Prisma.raw("::text") : Prisma.empty}
        FROM "MemberIdentity" mi JOIN "Member" m ON m."id" = mi."memberId" JOIN "Agency" a ON a."id" = m."agencyId"
        WHERE mi."platform" = ${q.user.platform} AND mi."platformUserId" = ${q.user.userId} AND m."status" = 'ACTIVE' LIMIT 1)`
    : Prisma.sql`NULL`;
  const rows = await sqlOf(db).query<{ seen: unknown; session: string | null; member: string | null }>(Prisma.sql`
    SELECT
      (SELECT COUNT(*) FROM "ProcessedUpdate" WHERE "key" = ${q.updateKey ?? ""}) AS "seen",
      (SELECT "value" FROM "SessionEntry" WHERE "key" = ${q.sessionKey ?? ""}) AS "session",
      ${member} AS "member"`);
  const row = rows[0]!;
  return {
    seen: q.updateKey !== null && Number(row.seen) > 0,
    session: q.sessionKey !== null ? row.session : null,
    member: row.member ? revive(JSON.parse(row.member) as Record<string, unknown>) : null,
  };
}

/** JSON → the model's types: ISO texts to Dates (PostgreSQL's `timestamp(3)` JSON has no zone: it is UTC). */
function revive(m: Record<string, unknown>): MemberWithIdentities {
  const dates = (o: Record<string, unknown>) => {
    for (const k of Object.keys(o)) if (DATES.has(k) && o[k] !== null) o[k] = toDate(o[k]);
    return o;
  };
  dates(m);
  dates(m.agency as Record<string, unknown>);
  (m.identities as Record<string, unknown>[]).forEach(dates);
  return m as unknown as MemberWithIdentities;
}

function toDate(v: unknown): Date {
  if (typeof v === "number") return new Date(v);
  const s = String(v);
  return new Date(/(Z|[+-]\d\d:?\d\d)$/.test(s) ? s : `${s}Z`);
}
