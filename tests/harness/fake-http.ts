import type { IncomingMessage, Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * What the fake chat APIs (fake-telegram.ts, fake-zalo.ts) share when they
 * serve over HTTP on 127.0.0.1: listening on a free port, holding a long
 * poll until an update arrives, and closing without waiting for held polls.
 */
export class LongPolls {
  private waiters: (() => void)[] = [];

  /** Holds a getUpdates request until `wake`, its connection closing, or `seconds` passing. */
  hold(req: IncomingMessage, seconds: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, seconds * 1000);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push(done);
      req.on("close", done);
    });
  }

  /** An update arrived (or the server closes): every held poll answers now. */
  wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

/** Listens on 127.0.0.1 (`port` 0: a free one) and gives the server's base URL. */
export async function listenLocal(server: Server, port: number): Promise<string> {
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Answers the held polls and closes the server with its open connections. */
export async function closeLocal(server: Server | undefined, polls: LongPolls): Promise<void> {
  if (!server) return;
  polls.wake();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
