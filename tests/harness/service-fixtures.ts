import { FakeClock } from "../../src/clock.js";
import type { Member } from "../../src/generated/prisma/client.js";
import { createServices, type Services } from "../../src/services/index.js";
import type { Role } from "../../src/services/roles.js";
import { createTestDb, type TestDb } from "./test-db.js";

export const TZ = "Asia/Ho_Chi_Minh";

export interface ServiceWorld {
  tdb: TestDb;
  clock: FakeClock;
  svc: Services;
  secretary: Member;
  /** Adds a member through a real invitation (Telegram user id as given). */
  join(role: Role, fullName: string, userId: string): Promise<Member>;
}

/**
 * A temp database with every service and a founded agency whose secretary is
 * "Nguyễn Thị Lan" (Telegram id 1), at a Monday morning in Vietnam — for
 * service tests that need people but not the chat layer.
 */
export async function serviceWorld(now = "2026-03-02T01:00:00Z"): Promise<ServiceWorld> {
  const tdb = createTestDb();
  const clock = new FakeClock(now);
  const svc = createServices({ db: tdb.db, clock, timezone: TZ });
  const secretary = await svc.roster.createAgency({
    admin: { platform: "telegram", userId: "1" },
    agencyName: "Thanh tra tỉnh",
    profile: { fullName: "Nguyễn Thị Lan", position: "Chánh Văn phòng" },
  });
  const join = async (role: Role, fullName: string, userId: string) => {
    const invite = await svc.roster.createInvite(secretary, role);
    return svc.roster.joinWithInvite({ code: invite.code, user: { platform: "telegram", userId }, profile: { fullName, position: "Chuyên viên" } });
  };
  return { tdb, clock, svc, secretary, join };
}
