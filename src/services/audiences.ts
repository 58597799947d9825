import { z } from "zod";
import type { DbOrTx } from "../db/client.js";
import type { Prisma } from "../generated/prisma/client.js";
import { MemberStatus, Role } from "../generated/prisma/enums.js";
import { foldTyped } from "../format/typed-word.js";
import { COMMITTEE_ROLES } from "./roles.js";

/**
 * Who a document, a consultation, a vote or a dialogue is for: everyone in the
 * agency, the steering committee, the staff (công chức, người lao động who are
 * not on the committee), or named departments. One definition for every
 * feature of "dân biết, dân bàn", so that "5/6 phòng đã quán triệt" and the
 * list of who has not answered mean the same thing everywhere.
 *
 * Stored on the feature's row as JSON (`serializeAudience`), because the
 * recipients themselves are written out as rows when something is sent: the
 * audience only says, afterwards, whom it was meant for.
 */
export type AudienceSpec =
  | { kind: "all" }
  | { kind: "committee" }
  | { kind: "staff" }
  | { kind: "departments"; departmentIds: number[] };

const storedAudience = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("all") }),
  z.object({ kind: z.literal("committee") }),
  z.object({ kind: z.literal("staff") }),
  z.object({ kind: z.literal("departments"), departmentIds: z.array(z.number().int().positive()).min(1) }),
]);

export function serializeAudience(audience: AudienceSpec): string {
  return JSON.stringify(storedAudience.parse(audience));
}

/** Reads back what `serializeAudience` wrote; a damaged value means "everyone" is NOT assumed. */
export function parseStoredAudience(json: string): AudienceSpec {
  return storedAudience.parse(JSON.parse(json));
}

/** The Prisma filter for the active members an audience reaches. */
export function audienceWhere(agencyId: number, audience: AudienceSpec): Prisma.MemberWhereInput {
  const active = { agencyId, status: MemberStatus.ACTIVE };
  switch (audience.kind) {
    case "all":
      return active;
    case "committee":
      return { ...active, role: { in: [...COMMITTEE_ROLES] } };
    case "staff":
      return { ...active, role: Role.STAFF };
    case "departments":
      return { ...active, departmentId: { in: audience.departmentIds } };
  }
}

export interface AudienceMember {
  id: number;
  fullName: string;
  position: string;
  role: Role;
  departmentId: number | null;
}

/** The active members an audience reaches, in one query, ordered by name for lists. */
export function audienceMembers(db: DbOrTx, agencyId: number, audience: AudienceSpec): Promise<AudienceMember[]> {
  return db.member.findMany({
    where: audienceWhere(agencyId, audience),
    select: { id: true, fullName: true, position: true, role: true, departmentId: true },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
  });
}

export interface DepartmentRef {
  id: number;
  name: string;
}

export type AudienceParse =
  | { ok: true; audience: AudienceSpec }
  | { ok: false; reason: "empty" | "unknown-department"; unknown?: string[] };

/** Words people type for the fixed audiences (folded, squashed: "Ban Chỉ đạo" → "banchidao"). */
const AUDIENCE_WORDS: Record<string, AudienceSpec["kind"]> = {
  tatca: "all",
  toancoquan: "all",
  moinguoi: "all",
  banchidao: "committee",
  bcd: "committee",
  congchuc: "staff",
  nguoilaodong: "staff",
  ccnld: "staff",
  nhanvien: "staff",
};

/**
 * Parses a typed audience: "tất cả", "ban chỉ đạo", "công chức", or
 * "phòng Văn phòng, Phòng Nghiệp vụ 1" (a department list after the word
 * "phòng", separated by commas or semicolons, matched without accents).
 * `departments` are the agency's current departments.
 */
export function parseAudience(text: string, departments: readonly DepartmentRef[]): AudienceParse {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, reason: "empty" };
  const fixed = AUDIENCE_WORDS[foldTyped(trimmed, { squash: true })];
  if (fixed) return { ok: true, audience: { kind: fixed } as AudienceSpec };
  const list = foldTyped(trimmed).replace(/^(cac )?phong\s*:?\s*/, "");
  const names = list.split(/[,;]/).map((n) => n.trim()).filter(Boolean);
  if (names.length === 0) return { ok: false, reason: "empty" };
  const byKey = new Map(departments.map((d) => [departmentKey(d.name), d.id]));
  const ids: number[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    // "Nghiệp vụ 1" and "Phòng Nghiệp vụ 1" both name the department "Phòng Nghiệp vụ 1".
    const id = byKey.get(departmentKey(name)) ?? byKey.get(departmentKey(`phong ${name}`));
    if (id === undefined) unknown.push(name);
    else if (!ids.includes(id)) ids.push(id);
  }
  if (unknown.length) return { ok: false, reason: "unknown-department", unknown };
  return { ok: true, audience: { kind: "departments", departmentIds: ids } };
}

/** The key a department name is matched and kept unique on (`Department.nameKey`). */
export function departmentKey(name: string): string {
  return foldTyped(name, { squash: true });
}
