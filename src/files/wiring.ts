import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import type { FileLinks } from "../chat/ui.js";
import type { Logger } from "../logger.js";
import type { RouteTable } from "../http/routes.js";
import { downloadRoute } from "./download-route.js";
import { DbFileLinks } from "./links.js";

export interface FileLinksWiring {
  db: Db;
  clock: Clock;
  logger: Logger;
  publicUrl: string | undefined;
  linkDays: number;
}

/**
 * With PUBLIC_URL: mounts `/f/` on the bot's HTTP server and returns the
 * `FileLinks` that publish to it. Without: no route, no links (undefined);
 * whoever asks for a file on a platform without documents gets
 * `fileLinksUnavailable` (unavailable.ts), which also tells the administrator.
 */
export function mountFileLinks(routes: RouteTable, o: FileLinksWiring): FileLinks | undefined {
  if (!o.publicUrl) {
    o.logger.info("PUBLIC_URL not set: no download links (only needed for Zalo; docs/files.md)");
    return undefined;
  }
  routes.add(downloadRoute(o.db, o.clock));
  return new DbFileLinks({ db: o.db, clock: o.clock, publicUrl: o.publicUrl, linkDays: o.linkDays });
}
