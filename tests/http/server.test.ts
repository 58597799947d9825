import { afterEach, describe, expect, it } from "vitest";
import type { Server } from "node:http";
import { RouteTable } from "../../src/http/routes.js";
import { boundPort, closeServer, createHttpServer, listen } from "../../src/http/server.js";
import { Health, healthRoute, type Pingable } from "../../src/ops/health.js";
import { captureLogger } from "./capture-logger.js";

const okDb: Pingable = { $queryRawUnsafe: () => Promise.resolve([{ 1: 1 }]) };
let server: Server | undefined;
afterEach(async () => {
  if (server) await closeServer(server);
  server = undefined;
});

async function serve(routes: RouteTable, logger = captureLogger().logger): Promise<string> {
  server = createHttpServer(routes, logger);
  await listen(server, 0, "127.0.0.1");
  return `http://127.0.0.1:${boundPort(server)}`;
}

describe("the route table", () => {
  it("prefers an exact path, then the longest prefix, and ignores the query", () => {
    const h = () => undefined;
    const t = new RouteTable()
      .add({ exact: "/healthz", name: "health", handler: h })
      .add({ prefix: "/f/", name: "download", handler: h })
      .add({ prefix: "/f/special/", name: "special", handler: h })
      .add({ exact: "/f/hook", name: "hook", handler: h });
    expect(t.match("/healthz?x=1")?.name).toBe("health");
    expect(t.match("/f/abc/x.docx")?.name).toBe("download");
    expect(t.match("/f/special/1")?.name).toBe("special");
    expect(t.match("/f/hook")?.name).toBe("hook");
    expect(t.match("/healthz/more")).toBeUndefined();
    expect(t.match("http://evil/healthz")).toBeUndefined();
    expect(t.match(undefined)).toBeUndefined();
  });

  it("refuses a path taken twice and a prefix without its slash", () => {
    const t = new RouteTable().add({ exact: "/zalo/hook", name: "zalo", handler: () => undefined });
    expect(() => t.add({ exact: "/zalo/hook", name: "again", handler: () => undefined })).toThrow(/already taken/);
    expect(() => t.add({ prefix: "/f", name: "bad", handler: () => undefined })).toThrow(/ends with/);
  });
});

describe("the bot's HTTP server", () => {
  it("serves /healthz, 404s the rest, and survives a throwing handler (500, logged by route name, not path)", async () => {
    const cap = captureLogger();
    const routes = new RouteTable()
      .add(healthRoute(new Health({ db: okDb, polling: false })))
      .add({ prefix: "/boom/", name: "boom", handler: () => Promise.reject(new Error("kaputt")) });
    const base = await serve(routes, cap.logger);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", database: "ok" });
    expect((await fetch(`${base}/healthz`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`${base}/nothing-here`)).status).toBe(404);
    expect((await fetch(`${base}/boom/secret-path-part`)).status).toBe(500);
    expect(cap.text()).toContain('"route":"boom"');
    expect(cap.text()).not.toContain("secret-path-part");
    // Still serving after all that.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it("mounts a route after it started listening (a platform's webhook is added once the bot knows itself)", async () => {
    const routes = new RouteTable();
    const base = await serve(routes);
    expect((await fetch(`${base}/zalo/hook`, { method: "POST" })).status).toBe(404);
    routes.add({ exact: "/zalo/hook", name: "zalo-webhook", handler: (_req, res) => void res.writeHead(200).end("ok") });
    const r = await fetch(`${base}/zalo/hook`, { method: "POST" });
    expect([r.status, await r.text()]).toEqual([200, "ok"]);
  });
});
