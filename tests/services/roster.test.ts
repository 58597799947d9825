import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeClock } from "../../src/clock.js";
import { RosterService } from "../../src/services/roster.js";
import { GroupService } from "../../src/services/groups.js";
import { DomainError } from "../../src/services/errors.js";
import { Role } from "../../src/services/roles.js";
import { createTestDb, type TestDb } from "../harness/test-db.js";

let t: TestDb;
let clock: FakeClock;
let roster: RosterService;
let groups: GroupService;
const admin = { platform: "telegram", userId: "1" };

beforeEach(() => {
  t = createTestDb();
  clock = new FakeClock("2026-03-02T01:00:00Z");
  roster = new RosterService({ db: t.db, clock });
  groups = new GroupService({ db: t.db, clock });
});
afterEach(() => t.close());

async function found() {
  return roster.createAgency({ admin, agencyName: "Thanh tra tỉnh Tây Ninh", profile: { fullName: "Nguyễn Thị Lan", position: "Chánh Văn phòng" } });
}

async function expectDomainError(p: Promise<unknown>, code: string) {
  await expect(p).rejects.toSatisfy((e: unknown) => e instanceof DomainError && e.code === code);
}

describe("RosterService", () => {
  it("founds an agency with its creator as secretary and audits it", async () => {
    const sec = await found();
    expect(sec.role).toBe(Role.SECRETARY);
    expect(sec.agency.name).toBe("Thanh tra tỉnh Tây Ninh");
    const audit = await t.db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["agency.create", "member.join"]);
    expect(audit[0]!.actorLabel).toBe("admin:telegram:1");
  });

  it("refuses a second agency for a person who already belongs to one", async () => {
    await found();
    await expectDomainError(found(), "already-member");
    expect(await t.db.agency.count()).toBe(1);
  });

  it("joins with a valid invitation once, atomically", async () => {
    const sec = await found();
    const invite = await roster.createInvite(sec, Role.MEMBER);
    expect(invite.code).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);
    const m = await roster.joinWithInvite({
      code: invite.code.toLowerCase(),
      user: { platform: "telegram", userId: "2" },
      profile: { fullName: "Trần Văn Minh", position: "Phó Chánh Thanh tra" },
    });
    expect(m.role).toBe(Role.MEMBER);
    expect((await t.db.invite.findUniqueOrThrow({ where: { id: invite.id } })).usedById).toBe(m.id);
    await expectDomainError(
      roster.joinWithInvite({ code: invite.code, user: { platform: "telegram", userId: "3" }, profile: { fullName: "Lê Văn C", position: "CV" } }),
      "invite-used",
    );
    expect(await t.db.member.count()).toBe(2);
  });

  it("rejects expired and unknown codes, and a second join of the same person", async () => {
    const sec = await found();
    const invite = await roster.createInvite(sec, Role.STAFF, 1);
    const again = await roster.createInvite(sec, Role.STAFF, 1);
    clock.advance(86_400_000 + 1);
    await expectDomainError(roster.checkInvite(invite.code, { platform: "telegram", userId: "5" }), "invite-expired");
    await expectDomainError(roster.checkInvite("NOPE", { platform: "telegram", userId: "5" }), "invite-unknown");
    const fresh = await roster.createInvite(sec, Role.STAFF);
    await roster.joinWithInvite({ code: fresh.code, user: { platform: "telegram", userId: "5" }, profile: { fullName: "Võ Thị E", position: "Kế toán" } });
    const another = await roster.createInvite(sec, Role.MEMBER);
    await expectDomainError(roster.checkInvite(another.code, { platform: "telegram", userId: "5" }), "already-member");
    expect((await t.db.invite.findUniqueOrThrow({ where: { id: again.id } })).usedAt).toBeNull();
  });

  it("bounds the validity of invitations and restricts who creates them", async () => {
    const sec = await found();
    await expectDomainError(roster.createInvite(sec, Role.MEMBER, 0), "invite-days");
    await expectDomainError(roster.createInvite(sec, Role.MEMBER, 31), "invite-days");
    const inv = await roster.createInvite(sec, Role.STAFF);
    const staff = await roster.joinWithInvite({ code: inv.code, user: { platform: "telegram", userId: "9" }, profile: { fullName: "Đỗ Văn G", position: "Lái xe" } });
    await expectDomainError(roster.createInvite(staff, Role.HEAD), "forbidden");
  });

  it("changes roles and removes members, keeping their row and auditing both", async () => {
    const sec = await found();
    const inv = await roster.createInvite(sec, Role.MEMBER);
    const m = await roster.joinWithInvite({ code: inv.code, user: { platform: "telegram", userId: "2" }, profile: { fullName: "Trần Văn Minh", position: "CV" } });
    expect((await roster.changeRole(sec, m.id, Role.DEPUTY)).role).toBe(Role.DEPUTY);
    await expectDomainError(roster.changeRole(sec, sec.id, Role.STAFF), "member-self");
    const removed = await roster.removeMember(sec, m.id);
    expect(removed.status).toBe("LEFT");
    expect(await t.db.member.count()).toBe(2);
    expect((await roster.listMembers(sec.agencyId)).map((x) => x.id)).toEqual([sec.id]);
    expect(await roster.findActiveMember({ platform: "telegram", userId: "2" })).toBeNull();
    const actions = (await t.db.auditLog.findMany({ where: { targetMemberId: m.id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["member.join", "member.role", "member.remove"]);
    // Invited back later: the same row comes back, so history stays with the person.
    const back = await roster.createInvite(sec, Role.MEMBER);
    const rejoined = await roster.joinWithInvite({ code: back.code, user: { platform: "telegram", userId: "2" }, profile: { fullName: "Trần Văn Minh", position: "CV" } });
    expect(rejoined.id).toBe(m.id);
  });

  it("binds one group per platform; re-binding moves it; another agency's group is refused", async () => {
    const sec = await found();
    const first = await groups.bindGroup(sec, { platform: "telegram", chatId: "-100", title: "BCĐ" });
    expect(first.previousChatId).toBeNull();
    const moved = await groups.bindGroup(sec, { platform: "telegram", chatId: "-200", title: "BCĐ mới" });
    expect(moved.previousChatId).toBe("-100");
    expect(await groups.findAgencyByGroup({ platform: "telegram", chatId: "-100" })).toBeNull();
    const other = await roster.createAgency({ admin: { platform: "telegram", userId: "77" }, agencyName: "Sở Nội vụ", profile: { fullName: "Phạm Văn K", position: "CVP" } });
    await expectDomainError(groups.bindGroup(other, { platform: "telegram", chatId: "-200", title: "x" }), "group-taken");
    // A Zalo group is bound next to the Telegram one, not instead of it.
    const zalo = await groups.bindGroup(sec, { platform: "zalo", chatId: "9f3c0a7e5b1d2c4e6f80", title: "BCĐ trên Zalo" });
    expect(zalo.previousChatId).toBeNull();
    expect((await groups.listGroups(sec.agencyId)).map((g) => [g.platform, g.chatId])).toEqual([
      ["telegram", "-200"],
      ["zalo", "9f3c0a7e5b1d2c4e6f80"],
    ]);
    expect((await groups.findAgencyByGroup({ platform: "zalo", chatId: "9f3c0a7e5b1d2c4e6f80" }))?.id).toBe(sec.agencyId);
  });
});
