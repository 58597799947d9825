import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../../logger.js";
import { describeError } from "../../security/redact.js";

/** A Zalo event is a few hundred bytes; anything near this is not one. */
export const ZALO_WEBHOOK_MAX_BYTES = 256 * 1024;

export interface ZaloWebhookOptions {
  /** The `secret_token` given to setWebhook, echoed in `X-Bot-Api-Secret-Token`. */
  secret: string;
  /** Handles one body (wrapped or flat), after the answer has gone. Must not throw. */
  onUpdate: (body: unknown) => Promise<void>;
  logger: Logger;
  maxBytes?: number;
  /** Told of each update being handled, so a shutdown can wait for it. */
  track?: (work: Promise<void>) => void;
}

/**
 * The Zalo webhook, as a route handler for an HTTP server (mounted by the
 * bot's server at the path of ZALO_WEBHOOK_URL). Only POST; the secret header
 * compared in constant time (403 otherwise, before the body is read); a body
 * size limit (413); then the answer at once (`{"message":"Success"}`, as the
 * platform's sample) and the update handled after, so a slow handler never
 * makes Zalo wait or retry. An empty or unreadable body (a health probe,
 * garbage) is answered 200 and dropped: nothing here can crash the bot.
 */
export function createZaloWebhookHandler(opts: ZaloWebhookOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const expected = digest(opts.secret);
  const maxBytes = opts.maxBytes ?? ZALO_WEBHOOK_MAX_BYTES;
  return (req, res) => {
    if (req.method !== "POST") {
      res.writeHead(405, { allow: "POST" }).end();
      return;
    }
    const header = req.headers["x-bot-api-secret-token"];
    if (typeof header !== "string" || !timingSafeEqual(digest(header), expected)) {
      res.writeHead(403).end();
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on("data", (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > maxBytes) {
        refused = true;
        res.writeHead(413, { connection: "close" }).end();
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("error", () => undefined);
    req.on("end", () => {
      if (refused) return;
      res.writeHead(200, { "content-type": "application/json" }).end('{"message":"Success"}');
      const raw = Buffer.concat(chunks).toString("utf8").trim();
      if (!raw) return;
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        opts.logger.warn("zalo webhook: body is not JSON, dropped");
        return;
      }
      const work = opts.onUpdate(body).catch((err: unknown) => opts.logger.error({ err: describeError(err) }, "zalo webhook: update failed"));
      opts.track?.(work);
    });
  };
}

/** Hashing first makes both sides the same length, so the comparison leaks nothing, not even the length. */
function digest(s: string): Buffer {
  return createHash("sha256").update(s, "utf8").digest();
}
