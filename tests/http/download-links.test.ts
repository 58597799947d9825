import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Server } from "node:http";
import { FakeClock } from "../../src/clock.js";
import { RouteTable } from "../../src/http/routes.js";
import { boundPort, closeServer, createHttpServer, listen } from "../../src/http/server.js";
import { mountFileLinks } from "../../src/files/wiring.js";
import { contentDisposition } from "../../src/files/download-route.js";
import { fileLinksUnavailable } from "../../src/files/unavailable.js";
import type { FileLinks } from "../../src/chat/ui.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { downloadLinkPurgeJob } from "../../src/scheduler/jobs/download-link-purge.js";
import { createServices } from "../../src/services/index.js";
import { createTestDb, type TestDb } from "../harness/test-db.js";
import { captureLogger } from "./capture-logger.js";
import type { AppDeps } from "../../src/app.js";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const PUBLIC = "https://bot.example.gov.vn";
const DAY = 86_400_000;
const report = { name: "Báo cáo 6 tháng đầu năm 2026.docx", mime: DOCX, bytes: new Uint8Array([80, 75, 3, 4, 1, 2, 3]) };
const chart = { name: "tien-do.png", mime: "image/png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 9, 9]) };

let tdb: TestDb;
let clock: FakeClock;
let server: Server;
let base: string;
let links: FileLinks;
let cap: ReturnType<typeof captureLogger>;
beforeEach(async () => {
  tdb = createTestDb();
  clock = new FakeClock("2026-12-01T02:00:00Z");
  cap = captureLogger();
  const routes = new RouteTable();
  links = mountFileLinks(routes, { db: tdb.db, clock, logger: cap.logger, publicUrl: PUBLIC, linkDays: 7 })!;
  server = createHttpServer(routes, cap.logger);
  await listen(server, 0, "127.0.0.1");
  base = `http://127.0.0.1:${boundPort(server)}`;
});
afterEach(async () => {
  await closeServer(server);
  await tdb.close();
});

/** The link as the world sees it, fetched from the local server (the proxy's job in production). */
const local = (url: string) => url.replace(PUBLIC, base);
const tokenOf = (url: string) => new URL(url).pathname.split("/")[2]!;

describe("download links", () => {
  it("are unguessable: 256-bit tokens, all different, and the database holds only their hash", async () => {
    const urls = await Promise.all(Array.from({ length: 50 }, () => links.publish(report)));
    const tokens = urls.map((u) => tokenOf(u!));
    expect(new Set(tokens).size).toBe(50);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/); // 43 base64url characters = 256 bits
    expect(urls[0]).toBe(`${PUBLIC}/f/${tokens[0]}/${encodeURIComponent(report.name)}`);
    const rows = await tdb.db.downloadLink.findMany();
    expect(rows).toHaveLength(50);
    const stored = JSON.stringify(rows.map(({ bytes: _b, ...r }) => r));
    for (const t of tokens) expect(stored).not.toContain(t);
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("serve the file with its type and name, as many times as asked (Zalo fetches a picture several times)", async () => {
    const url = local((await links.publish(report))!);
    for (let i = 0; i < 3; i++) {
      const r = await fetch(url);
      expect(r.status).toBe(200);
      expect(r.headers.get("content-type")).toBe(DOCX);
      expect(r.headers.get("content-disposition")).toBe(contentDisposition(DOCX, report.name));
      expect(r.headers.get("cache-control")).toBe("private, no-store");
      expect(new Uint8Array(await r.arrayBuffer())).toEqual(report.bytes);
    }
    const pic = await fetch(local((await links.publish(chart))!));
    expect(pic.headers.get("content-type")).toBe("image/png");
    expect(pic.headers.get("content-disposition")).toMatch(/^inline; /);
    expect(new Uint8Array(await pic.arrayBuffer())).toEqual(chart.bytes);
    const head = await fetch(url, { method: "HEAD" });
    expect([head.status, head.headers.get("content-length")]).toEqual([200, String(report.bytes.length)]);
  });

  it("names the file in ASCII and exactly in UTF-8 (RFC 6266)", () => {
    expect(contentDisposition(DOCX, 'Báo cáo "Đợt 1".docx')).toBe(
      `attachment; filename="Bao cao _Dot 1_.docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%22%C4%90%E1%BB%A3t%201%22.docx`,
    );
  });

  it("answer 404 for an unknown, malformed or expired token, and for anything but GET/HEAD", async () => {
    const url = (await links.publish(report))!;
    const token = tokenOf(url);
    const forged = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    expect((await fetch(local(url.replace(token, forged)))).status).toBe(404);
    expect((await fetch(`${base}/f/short/x.docx`)).status).toBe(404);
    expect((await fetch(`${base}/f/`)).status).toBe(404);
    expect((await fetch(local(url), { method: "POST" })).status).toBe(404);
    // The other name in the path does not matter: the token finds the file.
    expect((await fetch(`${base}/f/${token}/other.docx`)).status).toBe(200);
    clock.advance(7 * DAY - 1);
    expect((await fetch(local(url))).status).toBe(200);
    clock.advance(1);
    expect((await fetch(local(url))).status).toBe(404);
  });

  it("never write the token into a log line, even when a caller logs the link", async () => {
    const url = (await links.publish(report))!;
    const token = tokenOf(url);
    await fetch(local(url));
    await fetch(local(url.replace(token, token.split("").reverse().join(""))));
    clock.advance(8 * DAY);
    await fetch(local(url));
    // A careless caller (a platform client logging a failed sendPhoto) is censored by the logger itself.
    cap.logger.warn({ photo: url, err: new Error(`could not fetch ${url}`) }, `sendPhoto failed for ${url}`);
    expect(cap.lines.length).toBeGreaterThan(0);
    expect(cap.text()).not.toContain(token);
    expect(cap.text()).toContain("/f/[ẩn]");
  });

  it("are purged once a day when expired, by one of two schedulers, and live links stay", async () => {
    const deps: AppDeps = { db: tdb.db, clock, logger: cap.logger, services: createServices({ db: tdb.db, clock, timezone: "Asia/Ho_Chi_Minh" }), adminIds: new Set(), timezone: "Asia/Ho_Chi_Minh" };
    await tdb.db.agency.create({ data: { name: "Thanh tra tỉnh" } });
    await tdb.db.agency.create({ data: { name: "Sở Tư pháp" } });
    const old = (await links.publish(report))!;
    clock.advance(3 * DAY);
    const fresh = (await links.publish(chart))!;
    clock.set("2026-12-08T20:15:00Z"); // 03:15 on 9 December in Vietnam: the first is 7 days and 18 h old
    const a = new Scheduler(deps, [downloadLinkPurgeJob]);
    const b = new Scheduler(deps, [downloadLinkPurgeJob]);
    const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
    expect([...ra.done, ...rb.done]).toEqual(["download-link-purge:2026-12-09"]);
    expect(await tdb.db.downloadLink.count()).toBe(1);
    expect((await fetch(local(fresh))).status).toBe(200);
    expect((await fetch(local(old))).status).toBe(404);
    clock.advance(3_600_000);
    expect((await new Scheduler(deps, [downloadLinkPurgeJob]).tick()).done).toEqual([]);
  });
});

describe("without PUBLIC_URL", () => {
  it("there are no links and no route; the person is answered in Vietnamese and the administrator told what to set", async () => {
    const routes = new RouteTable();
    const c = captureLogger();
    expect(mountFileLinks(routes, { db: tdb.db, clock, logger: c.logger, publicUrl: undefined, linkDays: 7 })).toBeUndefined();
    expect(routes.match("/f/x/y")).toBeUndefined();
    const text = fileLinksUnavailable(c.logger, "Báo cáo 6 tháng.docx");
    expect(text).toContain("Chưa gửi được tệp Báo cáo 6 tháng.docx");
    expect(text).toContain("quản trị viên");
    expect(c.text()).toContain("Set PUBLIC_URL=https://");
  });
});
