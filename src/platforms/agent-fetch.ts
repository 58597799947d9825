import { request as httpRequest, type Agent } from "node:http";
import { request as httpsRequest } from "node:https";

export interface AgentFetchInit {
  method: string;
  headers: Record<string, string>;
  body: string;
  signal: AbortSignal;
}

/**
 * The little of `fetch` the Zalo client uses (one POST, the status, the text),
 * over node:http with an agent. Node's global fetch takes no http.Agent (its
 * undici has dispatchers instead), and the proxy agent is the one grammY's
 * Telegram client uses too (src/platforms/proxy.ts): one proxy implementation
 * for both channels.
 */
export function agentFetch(agent: Agent) {
  return (url: string, init: AgentFetchInit): Promise<{ status: number; text(): Promise<string> }> =>
    new Promise((resolve, reject) => {
      const request = url.startsWith("https:") ? httpsRequest : httpRequest;
      const req = request(url, { method: init.method, headers: { ...init.headers, "content-length": String(Buffer.byteLength(init.body)) }, agent, signal: init.signal }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const body = Buffer.concat(chunks).toString("utf8");
          resolve({ status: res.statusCode ?? 0, text: async () => body });
        });
      });
      req.on("error", reject);
      req.end(init.body);
    });
}
