import type { Logger } from "../logger.js";
import type { RouteTable } from "./routes.js";
import { closeServer, createHttpServer, listen } from "./server.js";

export interface StartHttpOptions {
  port: number;
  logger: Logger;
  /**
   * A webhook lives on this server: failing to listen must stop the start-up
   * (the bot would receive nothing). Without one the server only carries
   * `/healthz` and download links, and a taken port is logged and survived:
   * the health check observes the bot, it must never be why the bot stops.
   */
  required: boolean;
}

/** Starts the bot's one HTTP server on `port` with the given routes; resolves to its stop function. */
export async function startHttp(routes: RouteTable, o: StartHttpOptions): Promise<() => Promise<void>> {
  const server = createHttpServer(routes, o.logger);
  try {
    await listen(server, o.port);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (o.required) throw new Error(`HTTP server could not listen on port ${o.port} (${code ?? String(err)}): set PORT to a free port`);
    o.logger.error({ port: o.port, code }, "http server could not listen: /healthz and download links are unavailable (set PORT to a free port)");
    return async () => {};
  }
  // "health server listening": the words operators and the tests have watched for since before the server was shared.
  o.logger.info({ port: o.port, routes: routes.size }, "http server listening (health server listening: /healthz)");
  return () => closeServer(server);
}
