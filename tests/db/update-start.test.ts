import { afterEach, describe, expect, it } from "vitest";
import { readUpdateStart } from "../../src/services/update-start.js";
import { serviceWorld, type ServiceWorld } from "../harness/service-fixtures.js";
import { Role } from "../../src/services/roles.js";

/**
 * The one statement every update starts with (src/services/update-start.ts),
 * on SQLite and, under `npm run test:pg`, on PostgreSQL: what it returns must
 * be exactly what the model API returns, so the hand-written column lists
 * cannot drift from the schema unnoticed.
 */
let w: ServiceWorld | undefined;
afterEach(async () => {
  await w?.tdb.close();
  w = undefined;
});

describe("readUpdateStart", () => {
  it("returns the member as IdentityService.findActiveMember does, with the duplicate-filter and session rows", async () => {
    w = await serviceWorld();
    const db = w.tdb.db;
    const hung = await w.join(Role.MEMBER, "Trần Văn Hùng", "42");
    const other = await db.memberIdentity.create({
      data: { memberId: hung.id, agencyId: hung.agencyId, platform: "zalo", platformUserId: "ab12", linkedAt: new Date("2026-03-02T02:03:04.567Z"), lastSeenAt: null, unreachableAt: new Date("2026-03-01T00:00:00Z") },
    });
    await db.member.update({ where: { id: hung.id }, data: { unreachableAt: new Date("2026-02-01T10:00:00Z"), preferredPlatform: "zalo" } });
    await db.processedUpdate.create({ data: { key: "telegram:1:7", createdAt: new Date("2026-03-02T00:00:00Z") } });
    await db.sessionEntry.create({ data: { key: "telegram:42", value: '{"flow":{"name":"x"}}' } });

    const user = { platform: "telegram", userId: "42" };
    const start = await readUpdateStart(db, { updateKey: "telegram:1:7", sessionKey: "telegram:42", user });
    const expected = await w.svc.identities.findActiveMember(user);
    expect(start.seen).toBe(true);
    expect(start.session).toBe('{"flow":{"name":"x"}}');
    expect(start.member).toEqual(expected);
    expect(start.member!.identities.map((i) => i.id)).toContain(other.id);
    expect(start.member!.unreachableAt).toEqual(new Date("2026-02-01T10:00:00Z"));
    // From the other platform: the same person.
    const viaZalo = await readUpdateStart(db, { updateKey: "zalo:1:m1", sessionKey: null, user: { platform: "zalo", userId: "ab12" } });
    expect(viaZalo).toEqual({ seen: false, session: null, member: expected });
  });

  it("finds nobody for a stranger or a member who left, and nothing when nothing is asked", async () => {
    w = await serviceWorld();
    const db = w.tdb.db;
    const mai = await w.join(Role.STAFF, "Lê Thị Mai", "43");
    expect(await readUpdateStart(db, { updateKey: "telegram:1:8", sessionKey: "telegram:99", user: { platform: "telegram", userId: "99" } })).toEqual({ seen: false, session: null, member: null });
    await db.member.update({ where: { id: mai.id }, data: { status: "LEFT", leftAt: new Date() } });
    expect((await readUpdateStart(db, { updateKey: "k", sessionKey: null, user: { platform: "telegram", userId: "43" } })).member).toBeNull();
    expect(await readUpdateStart(db, { updateKey: null, sessionKey: null, user: null })).toEqual({ seen: false, session: null, member: null });
  });
});
