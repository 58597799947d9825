import { describe, expect, it } from "vitest";
import { bypassesProxy, checkProxyEnv, proxyAgentFor, proxyUrlFor, shownProxy } from "../../src/platforms/proxy.js";
import { unreachableLine } from "../../src/platforms/reachability.js";

const TG = "https://api.telegram.org";
const ZALO = "https://bot-api.zaloplatforms.com";

describe("the proxy of the environment", () => {
  it("reads HTTPS_PROXY for https, HTTP_PROXY for http (and as the https fallback), lower case first", () => {
    expect(proxyUrlFor(TG, {})).toBeUndefined();
    expect(proxyUrlFor(TG, { HTTPS_PROXY: "http://proxy.cq.vn:3128" })).toBe("http://proxy.cq.vn:3128");
    expect(proxyUrlFor(TG, { HTTP_PROXY: "http://p:8080" })).toBe("http://p:8080");
    expect(proxyUrlFor(TG, { https_proxy: "http://lower:1", HTTPS_PROXY: "http://upper:2" })).toBe("http://lower:1");
    expect(proxyUrlFor("http://127.0.0.1:8081", { HTTPS_PROXY: "http://p:1" })).toBeUndefined();
    expect(proxyUrlFor("http://127.0.0.1:8081", { HTTP_PROXY: "http://p:1" })).toBe("http://p:1");
    // "host:port" without a scheme, as often written, means an http proxy.
    expect(proxyUrlFor(ZALO, { HTTPS_PROXY: "10.0.0.1:3128" })).toBe("http://10.0.0.1:3128");
    expect(proxyUrlFor(ZALO, { HTTPS_PROXY: "  " })).toBeUndefined();
  });

  it("honours NO_PROXY: names, suffixes, *, IP addresses, ports", () => {
    const no = (target: string, list: string) => bypassesProxy(new URL(target), list);
    expect(no(TG, "*")).toBe(true);
    expect(no(TG, "api.telegram.org")).toBe(true);
    expect(no(TG, "telegram.org")).toBe(true);
    expect(no(TG, ".telegram.org")).toBe(true);
    expect(no(TG, "*.telegram.org")).toBe(true);
    expect(no(TG, "legram.org")).toBe(false);
    expect(no(TG, "localhost,127.0.0.1 zaloplatforms.com")).toBe(false);
    expect(no(ZALO, "localhost,127.0.0.1 zaloplatforms.com")).toBe(true);
    expect(no(TG, "api.telegram.org:443")).toBe(true);
    expect(no(TG, "api.telegram.org:8443")).toBe(false);
    expect(no("http://127.0.0.1:8081", "127.0.0.1")).toBe(true);
    expect(no("http://127.0.0.1:8081", "127.0.0.1:9999")).toBe(false);
    expect(no("http://[::1]:8081", "::1")).toBe(true);
    expect(no("http://[::1]:8081", "[::1]:8081")).toBe(true);
    expect(proxyUrlFor(TG, { HTTPS_PROXY: "http://p:1", no_proxy: "API.TELEGRAM.ORG" })).toBeUndefined();
    expect(proxyAgentFor(TG, { HTTPS_PROXY: "http://p:1", NO_PROXY: "*" })).toBeUndefined();
  });

  it("gives one agent per proxy and shows a proxy without its password", () => {
    const a = proxyAgentFor(TG, { HTTPS_PROXY: "http://u:pw@p:1" });
    expect(a).toBeDefined();
    expect(proxyAgentFor(ZALO, { HTTPS_PROXY: "http://u:pw@p:1" })).toBe(a);
    expect(shownProxy("http://u:pw@p:1")).toBe("http://p:1");
  });

  it("puts the proxy into the 'cannot reach' line only when one is set", () => {
    const o = { name: "Telegram", apiRoot: TG, setting: "TELEGRAM_API_ROOT" };
    expect(unreachableLine(o, "ECONNREFUSED", 60_000)).not.toContain("qua proxy");
    const line = unreachableLine({ ...o, proxy: "http://u:pw@proxy.cq.vn:3128" }, "ECONNREFUSED", 60_000);
    expect(line).toContain("tại https://api.telegram.org qua proxy http://proxy.cq.vn:3128");
    expect(line).toContain("NO_PROXY");
    expect(line).not.toContain("pw");
  });
});

describe("checkProxyEnv", () => {
  it("names a variable that is no proxy address and collects the passwords to censor", () => {
    expect(checkProxyEnv({})).toEqual({ passwords: [] });
    expect(checkProxyEnv({ HTTPS_PROXY: "http://qcdc:m%E1%BA%ADt-kh%E1%BA%A9u@p:3128", http_proxy: "p:8080" })).toEqual({ passwords: ["mật-khẩu"] });
    expect(checkProxyEnv({ HTTP_PROXY: "socks5://p:1080" }).invalid).toBe("HTTP_PROXY");
    expect(checkProxyEnv({ https_proxy: "http://[bad" }).invalid).toBe("https_proxy");
  });
});
