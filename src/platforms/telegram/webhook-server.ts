import type { IncomingMessage, ServerResponse } from "node:http";
import { timingSafeEqual } from "node:crypto";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../../logger.js";
import { checkUpdate } from "./update-shape.js";
import type { RouteHandler } from "../../http/routes.js";

/**
 * Largest webhook body read: 1 MiB. A Telegram update is JSON text (files
 * come as ids, never as bytes); the largest realistic one, a 4,096-character
 * message with entities, a replied-to message and a keyboard, stays well
 * under 64 KiB, so 1 MiB leaves a wide margin while capping the memory one
 * request can take (times Telegram's at most 100 parallel connections).
 */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Answer Telegram before its own timeout even if a handler is slow; the handler goes on. */
const ANSWER_WITHIN_MS = 8_000;

export interface WebhookHandlerOptions {
  secret: string;
  logger: Logger;
  maxBodyBytes?: number;
}

/**
 * Telegram's webhook route (mounted on the bot's one HTTP server, src/http/,
 * at the path of WEBHOOK_URL). Nothing a client sends can stop the process:
 * - not a POST → 404; wrong or missing secret → 401;
 * - a body over the limit → 413 at once; the rest is read and thrown away, never buffered (refuseTooLarge);
 * - a body that is not JSON, or JSON without a numeric `update_id` → 400
 *   (Telegram never sends one, so no retry is wanted);
 * - an update with an `update_id` but an impossible shape (a message without
 *   `chat`…) → logged and dropped with 200, so Telegram does not retry it;
 * - a client that aborts half-way → ignored.
 * Telegram is answered 200 once the update is handled (so a crash before
 * that means a redelivery, not a loss) or after 8 s, whichever comes first.
 */
export function createTelegramWebhookHandler(bot: Pick<Bot, "handleUpdate">, o: WebhookHandlerOptions): RouteHandler {
  const limit = o.maxBodyBytes ?? MAX_BODY_BYTES;
  const secret = Buffer.from(o.secret);
  return (req, res) => {
    void serve(req, res).catch((err: unknown) => {
      o.logger.error({ err }, "webhook: request failed");
      answer(res, 500);
    });
  };

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "POST") return answer(res, 404);
    if (!secretMatches(req.headers["x-telegram-bot-api-secret-token"], secret)) return answer(res, 401);
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limit) return refuseTooLarge(req, res);
    const body = await readBody(req, limit);
    if (body === "aborted") return;
    if (body === "too-large") return refuseTooLarge(req, res);
    let json: unknown;
    try {
      json = JSON.parse(body.toString("utf8"));
    } catch {
      return answer(res, 400);
    }
    const checked = checkUpdate(json);
    if (!checked.ok) {
      if (checked.reason === "not-an-update") return answer(res, 400);
      o.logger.warn({ update_id: checked.updateId, issues: checked.issues.slice(0, 5) }, "webhook: update of an impossible shape dropped");
      return answer(res, 200);
    }
    await handleWithin(checked.update);
    answer(res, 200);
  }

  async function handleWithin(update: Update): Promise<void> {
    const handled = bot.handleUpdate(update).catch((err: unknown) => {
      // The error boundary answers users; what reaches here is logged and the update dropped (a retry would fail the same way).
      o.logger.error({ err, update_id: update.update_id }, "webhook: update failed");
    });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, ANSWER_WITHIN_MS)));
    await Promise.race([handled, late]);
    clearTimeout(timer);
  }
}

/** Reads at most `limit` bytes; stops reading at once past it. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | "too-large" | "aborted"> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (v: Buffer | "too-large" | "aborted") => {
      if (settled) return;
      settled = true;
      resolve(v);
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        chunks.length = 0;
        return settle("too-large");
      }
      chunks.push(chunk);
    });
    req.on("end", () => settle(Buffer.concat(chunks)));
    req.on("aborted", () => settle("aborted"));
    req.on("error", () => settle("aborted"));
    req.on("close", () => settle(req.complete ? Buffer.concat(chunks) : "aborted"));
  });
}

function secretMatches(header: string | string[] | undefined, secret: Buffer): boolean {
  if (typeof header !== "string") return false;
  const given = Buffer.from(header);
  return given.length === secret.length && timingSafeEqual(given, secret);
}

function answer(res: ServerResponse, status: number): void {
  if (res.headersSent || res.destroyed) return;
  res.statusCode = status;
  res.end();
}

/** How long the rest of a refused body is read and thrown away before the socket is cut. */
const DRAIN_WITHIN_MS = 10_000;

/**
 * 413, so that a well-behaved client always reads it. Closing a socket with
 * unread bytes makes the kernel send a reset, and a reset that arrives before
 * the client has read the answer wipes it out ("socket hang up" instead of
 * 413). So the answer goes out at once, complete (no body) and with
 * `Connection: close`, while the request stays open: what follows is read
 * and thrown away (never kept), however long it is, until the client has
 * sent it all; only then is the socket closed, cleanly. A client still
 * sending after DRAIN_WITHIN_MS has had the answer for that long and is cut
 * off. (Ending the response at once would not do: Node closes a
 * `Connection: close` socket as soon as the response is written, unread body
 * or not.)
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(413, { connection: "close", "content-length": "0" });
  res.flushHeaders();
  const timer = setTimeout(() => req.socket.destroy(), DRAIN_WITHIN_MS).unref();
  const finish = () => {
    clearTimeout(timer);
    res.end();
  };
  req.removeAllListeners("data");
  req.on("data", () => {});
  req.once("end", finish);
  req.once("close", () => clearTimeout(timer));
  req.resume();
}
