import { describe, expect, it } from "vitest";
import { Health, type Pingable } from "../../src/ops/health.js";

const okDb: Pingable = { $queryRawUnsafe: () => Promise.resolve([{ 1: 1 }]) };
const brokenDb: Pingable = { $queryRawUnsafe: () => Promise.reject(new Error("SQLITE_CANTOPEN")) };

/** Runs the poll observer as grammY would, with the given getUpdates outcome. */
async function poll(h: Health, ok: boolean, method = "getUpdates") {
  const prev = (() => Promise.resolve(ok ? { ok: true, result: [] } : { ok: false, error_code: 502, description: "Bad Gateway" })) as never;
  await h.pollObserver(prev, method as never, {} as never);
}

describe("/healthz check", () => {
  it("is unavailable in polling mode until the first successful getUpdates", async () => {
    let now = 1_000_000;
    const h = new Health({ db: okDb, polling: true, now: () => now });
    expect(await h.check()).toEqual({
      status: 503,
      body: { status: "unavailable", database: "ok", lastPollSecondsAgo: null, problem: "no successful getUpdates yet" },
    });
    await poll(h, false);
    expect((await h.check()).status).toBe(503);
    await poll(h, true, "sendMessage");
    expect((await h.check()).status).toBe(503);
    await poll(h, true);
    now += 12_500;
    expect(await h.check()).toEqual({ status: 200, body: { status: "ok", database: "ok", lastPollSecondsAgo: 12 } });
  });

  it("calls a poll stale after the long-poll timeout plus as much again (60 s)", async () => {
    let now = 0;
    const h = new Health({ db: okDb, polling: true, now: () => now });
    expect(h.staleAfterMs).toBe(60_000);
    await poll(h, true);
    now = 60_000;
    expect((await h.check()).status).toBe(200);
    now = 60_001;
    const late = await h.check();
    expect(late.status).toBe(503);
    expect(late.body.problem).toBe("no successful getUpdates for over 60 s");
    await poll(h, true);
    expect((await h.check()).status).toBe(200);
  });

  it("is unavailable when the database does not answer, in both modes", async () => {
    const polling = new Health({ db: brokenDb, polling: true });
    polling.markPoll();
    expect(await polling.check()).toMatchObject({ status: 503, body: { database: "unreachable", problem: "database does not answer" } });
    const webhook = new Health({ db: brokenDb, polling: false });
    expect(await webhook.check()).toEqual({ status: 503, body: { status: "unavailable", database: "unreachable", problem: "database does not answer" } });
    expect(await new Health({ db: okDb, polling: false }).check()).toEqual({ status: 200, body: { status: "ok", database: "ok" } });
  });

  it("reports a database that hangs as unreachable within the check's timeout", async () => {
    const hanging: Pingable = { $queryRawUnsafe: () => new Promise(() => {}) };
    const started = Date.now();
    const r = await new Health({ db: hanging, polling: false }).check();
    expect(r.body.database).toBe("unreachable");
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
