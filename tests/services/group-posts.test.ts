import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enqueueGroupPost, hasGroupDestination } from "../../src/messaging/group-posts.js";
import { Role } from "../../src/services/roles.js";
import { serviceWorld, type ServiceWorld } from "../harness/service-fixtures.js";

/** Where group posts go (docs/linking.md): each bound group once, or each committee member privately. */
let w: ServiceWorld;
beforeEach(async () => {
  w = await serviceWorld();
});
afterEach(() => w.tdb.close());

/** Like a job run: the post is queued in its own transaction; a re-run queues it again with the same key. */
const post = (key: string) => w.tdb.db.$transaction((tx) => enqueueGroupPost(tx, w.secretary.agencyId, { text: "Tổng hợp tuần", dedupeKey: key }, w.clock.now()));
const rows = async () => (await w.tdb.db.outboxMessage.findMany({ orderBy: { id: "asc" } })).map((r) => [r.platform, r.chatId, r.memberId, r.dedupeKey]);

describe("enqueueGroupPost", () => {
  it("reaches nobody without a group, then each bound group once, across a re-run", async () => {
    expect(await hasGroupDestination(w.tdb.db, w.secretary.agencyId)).toBe(false);
    expect(await post("digest:w1")).toBe(0);
    await w.svc.groups.bindGroup(w.secretary, { platform: "telegram", chatId: "-100", title: "BCĐ" });
    await w.svc.groups.bindGroup(w.secretary, { platform: "zalo", chatId: "9f3c0a7e5b1d2c4e6f80", title: "BCĐ Zalo" });
    expect(await post("digest:w1")).toBe(2);
    expect(await post("digest:w1")).toBe(0);
    expect(await rows()).toEqual([
      ["telegram", "-100", null, "digest:w1"],
      ["zalo", "9f3c0a7e5b1d2c4e6f80", null, "digest:w1:group=zalo"],
    ]);
  });

  it("with the private choice, reaches each active committee member once instead, across a re-run", async () => {
    await w.svc.groups.bindGroup(w.secretary, { platform: "telegram", chatId: "-100", title: "BCĐ" });
    const hung = await w.join(Role.HEAD, "Trần Văn Hùng", "2");
    const mai = await w.join(Role.MEMBER, "Lê Thị Mai", "3");
    await w.join(Role.STAFF, "Võ Thị Thu", "4");
    const left = await w.join(Role.MEMBER, "Phan Văn Tâm", "5");
    await w.svc.roster.removeMember(w.secretary, left.id);
    // Mai writes from Zalo: her copy goes there.
    const { code } = await w.svc.identities.issueLinkCode(mai, { platform: "telegram", userId: "3" });
    await w.svc.identities.redeemLinkCode(code, { platform: "zalo", userId: "0a0b0c0d0e0f01020304" });
    await w.svc.settings.update(w.secretary, { groupPostsPrivate: true });
    expect((await w.svc.settings.get(w.secretary.agencyId)).groupPostsPrivate).toBe(true);
    expect(await post("digest:w2")).toBe(3);
    expect(await post("digest:w2")).toBe(0);
    expect(await rows()).toEqual([
      ["telegram", "1", w.secretary.id, `digest:w2:member=${w.secretary.id}`],
      ["telegram", "2", hung.id, `digest:w2:member=${hung.id}`],
      ["zalo", "0a0b0c0d0e0f01020304", mai.id, `digest:w2:member=${mai.id}`],
    ]);
    // Back to the groups.
    await w.svc.settings.update(w.secretary, { groupPostsPrivate: false });
    expect(await post("digest:w3")).toBe(1);
  });
});
