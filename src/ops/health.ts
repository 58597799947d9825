import type { ServerResponse } from "node:http";
import type { Transformer } from "grammy";
import type { Route } from "../http/routes.js";

/**
 * `/healthz`: is this process doing its job? Answers 200 only when the
 * database answers a query and (in polling mode) Telegram's getUpdates has
 * succeeded recently; otherwise 503. The body is a short JSON object meant for
 * a person reading a monitoring alert, not a metrics feed.
 *
 * "Recently": a long poll returns after at most `pollTimeoutSeconds` (30, the
 * runner's getUpdates timeout) when nothing happens, so a healthy bot completes
 * a poll at least every 30 s. We allow as much again for a slow network and a
 * busy machine: older than 60 s means the bot is not receiving updates.
 */
export const POLL_TIMEOUT_SECONDS = 30;
export const POLL_GRACE_SECONDS = 30;
/** A database that does not answer a trivial query within this is reported as unreachable. */
export const DB_CHECK_TIMEOUT_MS = 2_000;

/** What the check needs of the database: one trivial query (works on SQLite and PostgreSQL). */
export interface Pingable {
  $queryRawUnsafe(query: string): Promise<unknown>;
}

export interface HealthOptions {
  db: Pingable;
  /** Long polling: the last successful getUpdates must be recent. Webhook mode: database only. */
  polling: boolean;
  now?: () => number;
  pollTimeoutSeconds?: number;
}

export interface HealthReport {
  status: 200 | 503;
  body: {
    status: "ok" | "unavailable";
    database: "ok" | "unreachable";
    /** Polling mode only: seconds since the last successful getUpdates, null before the first. */
    lastPollSecondsAgo?: number | null;
    problem?: string;
  };
}

export class Health {
  private lastPollAt: number | undefined;
  private readonly now: () => number;
  readonly staleAfterMs: number;

  constructor(private readonly opts: HealthOptions) {
    this.now = opts.now ?? Date.now;
    this.staleAfterMs = ((opts.pollTimeoutSeconds ?? POLL_TIMEOUT_SECONDS) + POLL_GRACE_SECONDS) * 1000;
  }

  /** A grammY API transformer that notes every successful getUpdates (install on `bot.api`). */
  readonly pollObserver: Transformer = async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (method === "getUpdates" && result.ok) this.lastPollAt = this.now();
    return result;
  };

  /** Notes a successful poll (for transports that do not go through grammY's API). */
  markPoll(): void {
    this.lastPollAt = this.now();
  }

  async check(): Promise<HealthReport> {
    const problems: string[] = [];
    const database = (await this.pingDb()) ? "ok" : "unreachable";
    if (database !== "ok") problems.push("database does not answer");
    const body: HealthReport["body"] = { status: "ok", database };
    if (this.opts.polling) {
      const age = this.lastPollAt === undefined ? null : this.now() - this.lastPollAt;
      body.lastPollSecondsAgo = age === null ? null : Math.floor(age / 1000);
      if (age === null) problems.push("no successful getUpdates yet");
      else if (age > this.staleAfterMs) problems.push(`no successful getUpdates for over ${this.staleAfterMs / 1000} s`);
    }
    if (problems.length) {
      body.status = "unavailable";
      body.problem = problems.join("; ");
    }
    return { status: problems.length ? 503 : 200, body };
  }

  /** Writes the check's answer to an HTTP response (used by both the polling and the webhook server). */
  async respond(res: ServerResponse): Promise<void> {
    const report = await this.check();
    res.writeHead(report.status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
    res.end(JSON.stringify(report.body));
  }

  private async pingDb(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      // A real table, not just `SELECT 1`: it proves the schema is there and the file is readable.
      const query = this.opts.db.$queryRawUnsafe('SELECT 1 FROM "_prisma_migrations" LIMIT 1');
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), DB_CHECK_TIMEOUT_MS);
      });
      await Promise.race([query, timeout]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * `/healthz` on the bot's one HTTP server (src/http/), in every mode. GET or
 * HEAD; anything else 404, as before the server was shared.
 */
export function healthRoute(health: Health): Route {
  return {
    exact: "/healthz",
    name: "healthz",
    handler: (req, res) => {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.statusCode = 404;
        res.end();
        return;
      }
      return health.respond(res);
    },
  };
}
