import type { IncomingMessage, ServerResponse } from "node:http";

/** What a route does with a request it matched. It answers itself; a throw becomes a 500. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface Route {
  /**
   * The path matched, without the query string: `exact` must equal it;
   * `prefix` (ending in "/") matches everything below it (`/f/` for downloads).
   */
  exact?: string;
  prefix?: string;
  /** A short name for the log ("healthz", "telegram-webhook", "download"), never the path itself: a path may hold a token. */
  name: string;
  handler: RouteHandler;
}

/**
 * The bot's route table: one HTTP server, many owners. The health check, the
 * download links and each platform's webhook register here; the server
 * (`server.ts`) only dispatches. Exact paths win over prefixes, and the longest
 * prefix wins, so a webhook path under `/f/` could never be shadowed by the
 * download route (the config refuses it anyway).
 */
export class RouteTable {
  private readonly routes: Route[] = [];

  add(route: Route): this {
    const key = route.exact ?? route.prefix;
    if (!key || !key.startsWith("/")) throw new Error(`route ${route.name}: a path starting with / is required`);
    if (route.prefix !== undefined && !route.prefix.endsWith("/")) throw new Error(`route ${route.name}: a prefix ends with /`);
    if (this.routes.some((r) => (r.exact ?? r.prefix) === key)) throw new Error(`route ${route.name}: ${key} is already taken`);
    this.routes.push(route);
    return this;
  }

  /** The route for a request URL (query ignored), or undefined (404). */
  match(url: string | undefined): Route | undefined {
    const path = pathOf(url);
    if (path === undefined) return undefined;
    const exact = this.routes.find((r) => r.exact === path);
    if (exact) return exact;
    let best: Route | undefined;
    for (const r of this.routes) {
      if (r.prefix !== undefined && path.startsWith(r.prefix) && (!best || r.prefix.length > best.prefix!.length)) best = r;
    }
    return best;
  }

  get size(): number {
    return this.routes.length;
  }
}

/** The path part of a request URL; undefined for anything that is not an absolute path. */
export function pathOf(url: string | undefined): string | undefined {
  if (!url || !url.startsWith("/")) return undefined;
  const q = url.indexOf("?");
  return q === -1 ? url : url.slice(0, q);
}
