import type { Clock } from "../clock.js";
import type { Db, Tx } from "../db/client.js";
import type { Department, Member } from "../generated/prisma/client.js";
import { MemberStatus } from "../generated/prisma/enums.js";
import { departmentKey } from "./audiences.js";
import { writeAudit } from "./audit.js";
import { assertManager } from "./authorization.js";
import { DomainError } from "./errors.js";

export interface DepartmentRow {
  id: number;
  name: string;
  /** Active members in it now. */
  members: number;
}

const NAME_MAX = 80;

/**
 * The agency's phòng (departments), kept by the secretary or the head (`/phong`).
 * A removed department keeps its row (`removedAt`) and its name, so what was
 * sent to it stays readable; it is no longer offered or matched, and its name is free again.
 */
export class DepartmentService {
  constructor(private readonly deps: { db: Db; clock: Clock }) {}

  /** Current departments with their member counts, by name: two queries whatever the size. */
  async list(agencyId: number): Promise<DepartmentRow[]> {
    const [departments, counts] = await Promise.all([
      this.current(agencyId),
      this.deps.db.member.groupBy({ by: ["departmentId"], where: { agencyId, status: MemberStatus.ACTIVE }, _count: { _all: true } }),
    ]);
    const byId = new Map(counts.map((c) => [c.departmentId, c._count._all]));
    return departments.map((d) => ({ id: d.id, name: d.name, members: byId.get(d.id) ?? 0 }));
  }

  /** Current (not removed) departments, by name (Vietnamese order). */
  async current(agencyId: number, db: Db | Tx = this.deps.db): Promise<Department[]> {
    const rows = await db.department.findMany({ where: { agencyId, removedAt: null } });
    const collator = new Intl.Collator("vi");
    return rows.sort((a, b) => collator.compare(a.name, b.name));
  }

  /** A current department by its number or its name as typed ("Nghiệp vụ 1" finds "Phòng Nghiệp vụ 1"). */
  async find(agencyId: number, typed: string): Promise<Department> {
    const all = await this.current(agencyId);
    const t = typed.trim().replace(/^#/, "");
    const found = /^\d{1,9}$/.test(t)
      ? all.find((d) => d.id === Number(t))
      : all.find((d) => d.nameKey === departmentKey(t)) ?? all.find((d) => d.nameKey === departmentKey(`phong ${t}`));
    if (!found) throw new DomainError("department-unknown", { name: typed.trim().slice(0, 40) });
    return found;
  }

  async add(actor: Member, name: string): Promise<Department> {
    assertManager(actor);
    const clean = cleanName(name);
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const nameKey = departmentKey(clean);
      const existing = await tx.department.findUnique({ where: { agencyId_nameKey: { agencyId: actor.agencyId, nameKey } } });
      if (existing) throw new DomainError("department-exists", { name: existing.name });
      const dept = await tx.department.create({ data: { agencyId: actor.agencyId, name: clean, nameKey, createdAt: now } });
      await audit(tx, actor, "department.create", { departmentId: dept.id, name: clean }, now);
      return dept;
    });
  }

  async rename(actor: Member, departmentId: number, name: string): Promise<{ before: string; after: Department }> {
    assertManager(actor);
    const clean = cleanName(name);
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const dept = await this.currentOne(tx, actor.agencyId, departmentId);
      const nameKey = departmentKey(clean);
      const clash = await tx.department.findUnique({ where: { agencyId_nameKey: { agencyId: actor.agencyId, nameKey } } });
      if (clash && clash.id !== dept.id) throw new DomainError("department-exists", { name: clash.name });
      const after = await tx.department.update({ where: { id: dept.id }, data: { name: clean, nameKey } });
      await audit(tx, actor, "department.rename", { departmentId: dept.id, from: dept.name, to: clean }, now);
      return { before: dept.name, after };
    });
  }

  /** Removes a department; its members are left without one (they can be assigned elsewhere). */
  async remove(actor: Member, departmentId: number): Promise<{ department: Department; members: number }> {
    assertManager(actor);
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const dept = await this.currentOne(tx, actor.agencyId, departmentId);
      const moved = await tx.member.updateMany({ where: { agencyId: actor.agencyId, departmentId: dept.id, status: MemberStatus.ACTIVE }, data: { departmentId: null } });
      // The key is freed (a new department may take the name); the row keeps its name for history.
      const removed = await tx.department.update({ where: { id: dept.id }, data: { removedAt: now, nameKey: `${dept.nameKey}~${dept.id}` } });
      await audit(tx, actor, "department.remove", { departmentId: dept.id, name: dept.name, members: moved.count }, now);
      return { department: removed, members: moved.count };
    });
  }

  /** Puts a member in a department (null: in none). */
  async assign(actor: Member, memberId: number, departmentId: number | null): Promise<{ member: Member; department: Department | null }> {
    assertManager(actor);
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const target = await tx.member.findFirst({ where: { id: memberId, agencyId: actor.agencyId, status: MemberStatus.ACTIVE } });
      if (!target) throw new DomainError("member-unknown", { id: String(memberId) });
      const dept = departmentId === null ? null : await this.currentOne(tx, actor.agencyId, departmentId);
      const member = await tx.member.update({ where: { id: target.id }, data: { departmentId: dept?.id ?? null } });
      await audit(tx, actor, "member.department", { from: target.departmentId, to: dept?.id ?? null }, now, target.id);
      return { member, department: dept };
    });
  }

  /** Names of every department of the agency, removed ones too (for history: lists of sent documents). */
  async names(agencyId: number): Promise<Map<number, string>> {
    const rows = await this.deps.db.department.findMany({ where: { agencyId }, select: { id: true, name: true } });
    return new Map(rows.map((d) => [d.id, d.name]));
  }

  private async currentOne(tx: Tx, agencyId: number, id: number): Promise<Department> {
    const dept = await tx.department.findFirst({ where: { id, agencyId, removedAt: null } });
    if (!dept) throw new DomainError("department-unknown", { name: String(id) });
    return dept;
  }
}

function cleanName(name: string): string {
  const clean = name.normalize("NFC").replace(/\s+/g, " ").trim();
  if (clean.length < 2 || clean.length > NAME_MAX || !/\p{L}/u.test(clean)) throw new DomainError("department-bad-name", { max: NAME_MAX });
  return clean;
}

function audit(tx: Tx, actor: Member, action: "department.create" | "department.rename" | "department.remove" | "member.department", details: Record<string, unknown>, at: Date, targetMemberId?: number) {
  return writeAudit(tx, { agencyId: actor.agencyId, actorMemberId: actor.id, actorLabel: `member:${actor.id}`, action, targetMemberId: targetMemberId ?? null, details, at });
}
