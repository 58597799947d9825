import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import type { Route } from "../http/routes.js";
import { pathOf } from "../http/routes.js";
import { DOWNLOAD_PREFIX } from "./links.js";
import { hashToken, TOKEN_PATTERN } from "./tokens.js";

/**
 * `GET /f/<token>/<name>`: the file of a live link, as often as asked.
 * Unknown, malformed and expired tokens all get the same bare 404, so an
 * answer tells nothing about which tokens exist. Nothing is logged here: the
 * path is the secret (the HTTP server logs route names only).
 *
 * The name in the path is only for the person (and Zalo's preview): the file
 * is found by the token, and the name it is saved under is the stored one.
 */
export function downloadRoute(db: Pick<Db, "downloadLink">, clock: Clock): Route {
  return {
    prefix: DOWNLOAD_PREFIX,
    name: "download",
    handler: async (req, res) => {
      if (req.method !== "GET" && req.method !== "HEAD") return void end(res, 404);
      const token = pathOf(req.url)!.slice(DOWNLOAD_PREFIX.length).split("/")[0]!;
      if (!TOKEN_PATTERN.test(token)) return void end(res, 404);
      const link = await db.downloadLink.findUnique({ where: { tokenHash: hashToken(token) } });
      if (!link || link.expiresAt <= clock.now()) return void end(res, 404);
      const bytes = Buffer.from(link.bytes);
      res.writeHead(200, {
        "content-type": link.mime,
        "content-length": String(bytes.length),
        "content-disposition": contentDisposition(link.mime, link.name),
        // A link is for the person it was sent to: no shared cache keeps a copy.
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "content-security-policy": "default-src 'none'; sandbox",
      });
      res.end(req.method === "HEAD" ? undefined : bytes);
    },
  };
}

/**
 * Pictures are shown where they are opened (Zalo displays them), everything
 * else is saved. The name is given twice (RFC 6266): an ASCII form for old
 * clients, and the exact UTF-8 name ("Báo cáo 6 tháng.docx") for the rest.
 */
export function contentDisposition(mime: string, name: string): string {
  const kind = mime.startsWith("image/") ? "inline" : "attachment";
  const ascii = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function end(res: Parameters<Route["handler"]>[1], status: number): void {
  res.statusCode = status;
  res.end();
}
