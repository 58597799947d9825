import { connect, createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

/**
 * A minimal HTTP CONNECT proxy on 127.0.0.1, written here so the proxy tests
 * need no proxy software: it reads the CONNECT line, opens the tunnel and
 * pipes both ways. It keeps what it was asked (`tunnels`: "host:port", and the
 * Proxy-Authorization header) and the local ports of its upstream sockets, so
 * a test can tell a connection that came through it from one that did not.
 */
export class ConnectProxy {
  readonly tunnels: { target: string; auth: string | undefined }[] = [];
  readonly upstreamPorts = new Set<number>();
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  async listen(): Promise<string> {
    this.server = createServer((client) => {
      this.sockets.add(client);
      client.on("close", () => this.sockets.delete(client));
      client.on("error", () => undefined);
      let head = Buffer.alloc(0);
      const onData = (chunk: Buffer) => {
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf("\r\n\r\n");
        if (end < 0) return;
        client.off("data", onData);
        const lines = head.subarray(0, end).toString("latin1").split("\r\n");
        const [method, target] = lines[0]!.split(" ");
        const auth = lines.find((l) => /^proxy-authorization:/i.test(l))?.replace(/^[^:]*:\s*/, "");
        if (method !== "CONNECT" || !target) return void client.end("HTTP/1.1 405 Method Not Allowed\r\n\r\n");
        this.tunnels.push({ target, auth });
        const [host, port] = [target.slice(0, target.lastIndexOf(":")), Number(target.slice(target.lastIndexOf(":") + 1))];
        const upstream = connect(port, host, () => {
          this.upstreamPorts.add(upstream.localPort!);
          client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
          const rest = head.subarray(end + 4);
          if (rest.length) upstream.write(rest);
          upstream.pipe(client);
          client.pipe(upstream);
        });
        this.sockets.add(upstream);
        upstream.on("close", () => (this.sockets.delete(upstream), client.destroy()));
        upstream.on("error", () => client.destroy());
        client.on("close", () => upstream.destroy());
      };
      client.on("data", onData);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** The remote ports of the connections a fake API's HTTP server accepted (its server is private to it). */
export function acceptedPorts(fake: object): number[] {
  const ports: number[] = [];
  const server = (fake as { server?: Server }).server;
  if (!server) throw new Error("listen() the fake first");
  server.on("connection", (s: Socket) => ports.push(s.remotePort!));
  return ports;
}
