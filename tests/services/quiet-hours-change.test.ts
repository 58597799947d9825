import { afterEach, describe, expect, it } from "vitest";
import { serviceWorld, type ServiceWorld } from "../harness/service-fixtures.js";

/**
 * Messages held under quiet hours follow a change of the quiet hours: the
 * sender moved their notBefore to the old end; changing the hours moves them
 * to the new end, or releases them when the new hours are already over.
 */
let w: ServiceWorld;
afterEach(() => w.tdb.close());

async function heldNotice(notBefore: Date, text: string) {
  return w.tdb.db.outboxMessage.create({
    data: { agencyId: w.secretary.agencyId, platform: "telegram", chatId: "5", text, notBefore, createdAt: w.clock.now() },
  });
}

describe("changing the quiet hours", () => {
  it("moves what the old hours held to the new end, or releases it now, and leaves later messages alone", async () => {
    w = await serviceWorld("2026-03-02T15:30:00Z"); // Monday 22:30 in Vietnam: inside the default 20:00–07:00
    const oldEnd = new Date("2026-03-03T00:00:00Z"); // 07:00 on Tuesday
    const held = await heldNotice(oldEnd, "held");
    const later = await heldNotice(new Date("2026-03-03T01:00:00Z"), "a reminder due at 08:00");

    await w.svc.settings.update(w.secretary, { quietStart: "21:00", quietEnd: "06:00" });
    const moved = await w.tdb.db.outboxMessage.findUniqueOrThrow({ where: { id: held.id } });
    expect(moved.notBefore).toEqual(new Date("2026-03-02T23:00:00Z")); // 06:00 on Tuesday

    // The secretary then ends quiet hours at 22:00: it is 22:30, so what waited goes now.
    await w.svc.settings.update(w.secretary, { quietStart: "21:00", quietEnd: "22:00" });
    expect((await w.tdb.db.outboxMessage.findUniqueOrThrow({ where: { id: held.id } })).notBefore).toEqual(w.clock.now());
    expect((await w.tdb.db.outboxMessage.findUniqueOrThrow({ where: { id: later.id } })).notBefore).toEqual(new Date("2026-03-03T01:00:00Z"));
  });
});
