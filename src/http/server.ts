import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Logger } from "../logger.js";
import type { RouteTable } from "./routes.js";

/**
 * The bot's one HTTP server (Node's own `http`: four routes need no framework,
 * and every dependency is one more thing to keep patched). It serves the route
 * table and nothing else; what a client sends can never stop the process:
 * - no route → 404; a handler that throws → 500, logged by route name only;
 * - a malformed request line or headers → 400 and the socket closed;
 * - a body trickled in byte by byte or headers that never end → cut off by the timeouts.
 * Nothing here logs a URL: a download path carries its token (docs/files.md).
 */
export function createHttpServer(routes: RouteTable, logger: Logger): Server {
  const server = createServer((req, res) => {
    req.on("error", () => undefined); // an aborted upload: the handler's read ends, nothing to log
    res.on("error", () => undefined);
    const route = routes.match(req.url);
    if (!route) return notFound(res);
    void Promise.resolve()
      .then(() => route.handler(req, res))
      .catch((err: unknown) => {
        logger.error({ route: route.name, err: err instanceof Error ? err.message : String(err) }, "http: request failed");
        if (!res.headersSent && !res.destroyed) {
          res.statusCode = 500;
          res.end();
        }
      });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.on("clientError", (_err, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });
  return server;
}

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.end();
}

/** Listens on `port`; rejects when it cannot (the caller decides whether that is fatal). */
export async function listen(server: Server, port: number, host?: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    const done = () => {
      server.off("error", reject);
      resolve();
    };
    if (host) server.listen(port, host, done);
    else server.listen(port, done);
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

/** The port a listening server got (for `port: 0` in tests). */
export function boundPort(server: Server): number {
  const a = server.address();
  return typeof a === "object" && a ? a.port : 0;
}

export type { IncomingMessage, ServerResponse };
