import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Member } from "../../src/generated/prisma/client.js";
import { DomainError } from "../../src/services/errors.js";
import { Role } from "../../src/services/roles.js";
import { enqueueToMember } from "../../src/messaging/outbox.js";
import { markUnreachable } from "../../src/messaging/unreachable.js";
import { serviceWorld, type ServiceWorld } from "../harness/service-fixtures.js";

/** One member on Telegram and Zalo (docs/linking.md): linking, lookup and where private notices go. */
let w: ServiceWorld;
const LAN_TG = { platform: "telegram", userId: "1" };
const LAN_ZALO = { platform: "zalo", userId: "6ede9afa66b88fe6d6a9" };

beforeEach(async () => {
  w = await serviceWorld();
});
afterEach(() => w.tdb.close());

async function expectDomainError(p: Promise<unknown>, code: string) {
  await expect(p).rejects.toSatisfy((e: unknown) => e instanceof DomainError && e.code === code);
}

async function linkLanOnZalo() {
  const { code } = await w.svc.identities.issueLinkCode(w.secretary, LAN_TG);
  return w.svc.identities.redeemLinkCode(code.toLowerCase(), LAN_ZALO);
}

/** Queues a private notice the way every feature does, and says where it went. */
async function noticeTo(member: Member, key: string) {
  const fresh = await w.tdb.db.member.findUniqueOrThrow({ where: { id: member.id } });
  await w.tdb.db.$transaction((tx) => enqueueToMember(tx, fresh, { text: "Thông báo", dedupeKey: key }, w.clock.now()));
  const row = await w.tdb.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: key } });
  return [row.platform, row.chatId, row.memberId];
}

describe("IdentityService", () => {
  it("links a Zalo account to the same member, audited, and finds the member from either platform", async () => {
    const linked = await linkLanOnZalo();
    expect(linked.id).toBe(w.secretary.id);
    expect(await w.tdb.db.member.count()).toBe(1);
    expect((await w.svc.identities.findActiveMember(LAN_ZALO))?.id).toBe(w.secretary.id);
    expect((await w.svc.roster.findActiveMember(LAN_TG))?.id).toBe(w.secretary.id);
    expect((await w.svc.identities.listIdentities(w.secretary.id)).map((i) => i.platform)).toEqual(["telegram", "zalo"]);
    const audit = await w.tdb.db.auditLog.findFirstOrThrow({ where: { action: "identity.link" } });
    expect([audit.actorMemberId, JSON.parse(audit.details)]).toEqual([w.secretary.id, { platform: "zalo" }]);
  });

  it("sends a private notice to the platform last written from, unless one was chosen", async () => {
    await linkLanOnZalo();
    // Linking is writing from Zalo.
    expect(await noticeTo(w.secretary, "n1")).toEqual(["zalo", LAN_ZALO.userId, w.secretary.id]);
    w.clock.advance(60_000);
    await w.svc.identities.touch((await w.svc.identities.findActiveMember(LAN_TG))!, LAN_TG);
    expect(await noticeTo(w.secretary, "n2")).toEqual(["telegram", "1", w.secretary.id]);
    await w.svc.identities.setPreferredPlatform(w.secretary, "zalo");
    await w.svc.identities.touch((await w.svc.identities.findActiveMember(LAN_TG))!, LAN_TG);
    expect(await noticeTo(w.secretary, "n3")).toEqual(["zalo", LAN_ZALO.userId, w.secretary.id]);
    const me = (await w.tdb.db.member.findUniqueOrThrow({ where: { id: w.secretary.id } }))!;
    await w.svc.identities.setPreferredPlatform(me, null);
    expect(await noticeTo(w.secretary, "n4")).toEqual(["telegram", "1", w.secretary.id]);
  });

  it("refuses unknown, used, expired and same-platform codes, and accounts that are someone else", async () => {
    await expectDomainError(w.svc.identities.redeemLinkCode("ABCDEFGH", LAN_ZALO), "link-code-unknown");
    const first = await w.svc.identities.issueLinkCode(w.secretary, LAN_TG);
    await expectDomainError(w.svc.identities.redeemLinkCode(first.code, { platform: "telegram", userId: "55" }), "link-same-platform");
    w.clock.advance(16 * 60_000);
    await expectDomainError(w.svc.identities.redeemLinkCode(first.code, LAN_ZALO), "link-code-expired");
    // A Zalo user who already joined the agency as another member cannot become Lan's account.
    const invite = await w.svc.roster.createInvite(w.secretary, Role.MEMBER);
    const hoa = { platform: "zalo", userId: "a1b2c3d4e5f6a7b8c9d0" };
    await w.svc.roster.joinWithInvite({ code: invite.code, user: hoa, profile: { fullName: "Lê Thị Hoa", position: "Chuyên viên" } });
    const second = await w.svc.identities.issueLinkCode(w.secretary, LAN_TG);
    await expectDomainError(w.svc.identities.redeemLinkCode(second.code, hoa), "link-other-member");
    // An active member of another agency neither.
    const other = { platform: "zalo", userId: "ffffeeeeddddccccbbbb" };
    await w.svc.roster.createAgency({ admin: other, agencyName: "Sở Nội vụ", profile: { fullName: "Phạm Văn Khoa", position: "Chánh Văn phòng" } });
    await expectDomainError(w.svc.identities.redeemLinkCode(second.code, other), "already-member");
    await w.svc.identities.redeemLinkCode(second.code, LAN_ZALO);
    await expectDomainError(w.svc.identities.redeemLinkCode(second.code, { platform: "zalo", userId: "0000" }), "link-code-used");
    expect(await w.tdb.db.memberIdentity.count({ where: { memberId: w.secretary.id } })).toBe(2);
    // A new code makes the earlier one useless.
    const a = await w.svc.identities.issueLinkCode(w.secretary, LAN_TG);
    await w.svc.identities.issueLinkCode(w.secretary, LAN_TG);
    await expectDomainError(w.svc.identities.redeemLinkCode(a.code, { platform: "zalo", userId: "1234" }), "link-code-expired");
  });

  it("removes the other account, never the one written from, and the address follows", async () => {
    await linkLanOnZalo();
    await expectDomainError(w.svc.identities.removeIdentity(w.secretary, "zalo", LAN_ZALO), "identity-remove-current");
    await w.svc.identities.removeIdentity(w.secretary, "zalo", LAN_TG);
    expect(await w.svc.identities.findActiveMember(LAN_ZALO)).toBeNull();
    expect(await noticeTo(w.secretary, "after-remove")).toEqual(["telegram", "1", w.secretary.id]);
    await expectDomainError(w.svc.identities.removeIdentity(w.secretary, "zalo", LAN_TG), "identity-none");
    expect(await w.tdb.db.auditLog.count({ where: { action: "identity.unlink" } })).toBe(1);
  });

  it("a bounce on one account moves notices to the other, and tells nobody", async () => {
    const binh = await w.join(Role.MEMBER, "Trần Văn Bình", "2");
    const { code } = await w.svc.identities.issueLinkCode(binh, { platform: "telegram", userId: "2" });
    const binhZalo = { platform: "zalo", userId: "0a0b0c0d0e0f01020304" };
    await w.svc.identities.redeemLinkCode(code, binhZalo);
    expect(await markUnreachable(w.tdb.db, binh.id, w.clock.now(), { platform: "zalo", chatId: binhZalo.userId })).toBe(false);
    expect(await noticeTo(binh, "after-bounce")).toEqual(["telegram", "2", binh.id]);
    expect((await w.tdb.db.member.findUniqueOrThrow({ where: { id: binh.id } })).unreachableAt).toBeNull();
    expect(await w.tdb.db.outboxMessage.count({ where: { dedupeKey: { startsWith: "unreachable:" } } })).toBe(0);
    // Both accounts blocked: now the member is unreachable and the secretary hears it once.
    expect(await markUnreachable(w.tdb.db, binh.id, w.clock.now(), { platform: "telegram", chatId: "2" })).toBe(true);
    expect(await w.tdb.db.outboxMessage.count({ where: { dedupeKey: { startsWith: "unreachable:" } } })).toBe(1);
    // Writing again from Zalo clears that account and brings the notices back there.
    await w.svc.identities.touch((await w.svc.identities.findActiveMember(binhZalo))!, binhZalo);
    expect(await noticeTo(binh, "after-touch")).toEqual(["zalo", binhZalo.userId, binh.id]);
  });

  it("a member who left and is invited back on the same account keeps their row", async () => {
    const zaloUser = { platform: "zalo", userId: "abcdefabcdefabcdef12" };
    const invite = await w.svc.roster.createInvite(w.secretary, Role.STAFF);
    const m = await w.svc.roster.joinWithInvite({ code: invite.code, user: zaloUser, profile: { fullName: "Võ Thị Thu", position: "Chuyên viên" } });
    await w.svc.roster.removeMember(w.secretary, m.id);
    expect(await w.svc.identities.findActiveMember(zaloUser)).toBeNull();
    const back = await w.svc.roster.createInvite(w.secretary, Role.STAFF);
    const again = await w.svc.roster.joinWithInvite({ code: back.code, user: zaloUser, profile: { fullName: "Võ Thị Thu", position: "Chuyên viên" } });
    expect(again.id).toBe(m.id);
    expect(await w.tdb.db.memberIdentity.count({ where: { memberId: m.id } })).toBe(1);
  });
});
