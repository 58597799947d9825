import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeTelegram } from "../harness/fake-telegram.js";

/** One sendMessage as the fake Bot API received it, in real time. */
export interface Delivery {
  text: string;
  chatId: string;
  /** `performance.timeOrigin + performance.now()` when the whole request had arrived. */
  at: number;
  /** Which sender process made it: the worker's name, taken from its bot token. */
  worker: string;
}

/**
 * The fake Bot API over HTTP on 127.0.0.1, recording every accepted send with
 * the real instant it arrived and the process that made it (each worker uses
 * its own token `<id>:<worker name>`). A message counts as delivered as soon
 * as the fake has read the request, before the sender hears back: exactly
 * what a process killed at that moment leaves behind at Telegram.
 */
export class DeliveryRecorder {
  readonly fake = new FakeTelegram();
  readonly deliveries: Delivery[] = [];
  private server: Server | undefined;

  async listen(): Promise<string> {
    this.server = createServer(async (req, res) => {
      const match = /^\/bot\d+:([^/]+)\/(\w+)/.exec(req.url ?? "");
      if (!match) return void res.writeHead(404).end();
      const payload = await readJson(req);
      const at = performance.timeOrigin + performance.now();
      const body = this.fake.handle(match[2]!, payload);
      if (body.ok && match[2] === "sendMessage") {
        this.deliveries.push({ text: String(payload.text), chatId: String(payload.chat_id), at, worker: match[1]! });
      }
      res.writeHead(body.ok ? 200 : body.error_code, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
}

/** The largest number of instants in any window [t, t + spanMs). */
export function maxInWindow(times: number[], spanMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi]! - sorted[lo]! >= spanMs) lo++;
    max = Math.max(max, hi - lo + 1);
  }
  return max;
}

/** A small seeded PRNG (mulberry32): the kill moments are random but reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
