import { z } from "zod";

/**
 * The Zalo channel's settings (docs/zalo.md), part of `loadConfig`. Kept apart
 * from config.ts so each file stays small; the messages are one line each,
 * Vietnamese then English, like every configuration error.
 */
export const ZALO_TOKEN_HINT =
  "tạo bot trong ứng dụng Zalo: OA “Zalo Bot Manager” → “Tạo bot” (mini app Zalo Bot Creator), token được gửi qua tin nhắn Zalo, rồi đặt ZALO_BOT_TOKEN=<token> — create the bot in Zalo Bot Manager → Zalo Bot Creator and put ZALO_BOT_TOKEN=<token> in .env";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const positiveInt = (name: string, what: string, max: number, dflt: number) => {
  const error = `${name} phải là số nguyên 1–${max} (${what})`;
  return z.preprocess(emptyToUndefined, z.coerce.number({ error }).int({ error }).min(1, { error }).max(max, { error }).default(dflt));
};

export const zaloShape = {
  ZALO_BOT_TOKEN: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d+:[A-Za-z0-9_-]{3,}$/, { error: `ZALO_BOT_TOKEN không đúng dạng <id bot>:<chuỗi> (malformed): ${ZALO_TOKEN_HINT}` })
      .optional(),
  ),
  ZALO_API_ROOT: z.preprocess(
    emptyToUndefined,
    z.url({ error: "ZALO_API_ROOT phải là một URL, ví dụ https://bot-api.zaloplatforms.com (must be a URL)" }).default("https://bot-api.zaloplatforms.com"),
  ),
  ZALO_WEBHOOK_URL: z.preprocess(
    emptyToUndefined,
    z.url({ protocol: /^https$/, error: "ZALO_WEBHOOK_URL phải là một URL https (Zalo only calls https webhooks)" }).optional(),
  ),
  ZALO_WEBHOOK_SECRET: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .min(8, { error: "ZALO_WEBHOOK_SECRET phải dài 8–256 ký tự (Zalo's secret_token rule: 8–256 characters)" })
      .max(256, { error: "ZALO_WEBHOOK_SECRET phải dài 8–256 ký tự (Zalo's secret_token rule: 8–256 characters)" })
      .optional(),
  ),
  ZALO_BOT_LINK: z.preprocess(emptyToUndefined, z.url({ error: "ZALO_BOT_LINK phải là liên kết chia sẻ của bot, ví dụ https://zalo.me/… (must be a URL)" }).optional()),
  ZALO_BOT_NAME: z.preprocess(emptyToUndefined, z.string().trim().max(100).optional()),
  // ZALO_MONTHLY_MESSAGE_LIMIT and PUBLIC_URL are read by config-public.ts (the budget, the download links).
  ZALO_RATE_PER_SECOND: positiveInt("ZALO_RATE_PER_SECOND", "messages per second for the bot", 30, 5),
  ZALO_RATE_GROUP_PER_MINUTE: positiveInt("ZALO_RATE_GROUP_PER_MINUTE", "messages per minute into one group", 60, 10),
  ZALO_RATE_PRIVATE_GAP_MS: positiveInt("ZALO_RATE_PRIVATE_GAP_MS", "least milliseconds between two messages to one person", 60_000, 1500),
};

type ZaloEnv = z.output<z.ZodObject<typeof zaloShape>>;

export interface ZaloConfig {
  token: string;
  apiRoot: string;
  /** Webhook mode when set; otherwise long polling. */
  /** Served as a route of the bot's one HTTP server (PORT), at the path of the URL. */
  webhook: { url: string; secret: string } | undefined;
  /** The share link from Zalo Bot Creator ("Chia sẻ"), shown where a person must open the private chat. */
  botLink: string | undefined;
  /** The bot's display name, as it appears in @mentions in a group. */
  botName: string | undefined;
  pacing: { perSecond: number; groupPerMinute: number; privateGapMs: number };
}

/**
 * The webhook needs its secret, and a path of its own on the one HTTP server
 * (not Telegram's webhook path, not /healthz, not under the download links' /f/):
 * one issue, for the superRefine of config.ts.
 */
export function zaloIssue(c: ZaloEnv & { WEBHOOK_URL?: string | undefined }): { path: string; message: string } | undefined {
  if (c.ZALO_WEBHOOK_URL && !c.ZALO_WEBHOOK_SECRET) {
    return { path: "ZALO_WEBHOOK_SECRET", message: "thiếu ZALO_WEBHOOK_SECRET: chế độ webhook của Zalo cần một chuỗi bí mật 8–256 ký tự (the Zalo webhook needs a secret)" };
  }
  if (c.ZALO_WEBHOOK_URL) {
    const path = new URL(c.ZALO_WEBHOOK_URL).pathname;
    const telegram = c.WEBHOOK_URL ? new URL(c.WEBHOOK_URL).pathname : undefined;
    if (path === telegram || path === "/healthz" || path.startsWith("/f/")) {
      return { path: "ZALO_WEBHOOK_URL", message: `ZALO_WEBHOOK_URL cần một đường dẫn riêng trên máy chủ của bot, khác WEBHOOK_URL, /healthz và /f/ (the path ${path} is taken)` };
    }
  }
  return undefined;
}

export function zaloConfig(c: ZaloEnv): ZaloConfig | undefined {
  if (!c.ZALO_BOT_TOKEN) return undefined;
  return {
    token: c.ZALO_BOT_TOKEN,
    apiRoot: c.ZALO_API_ROOT,
    webhook: c.ZALO_WEBHOOK_URL ? { url: c.ZALO_WEBHOOK_URL, secret: c.ZALO_WEBHOOK_SECRET! } : undefined,
    botLink: c.ZALO_BOT_LINK,
    botName: c.ZALO_BOT_NAME,
    pacing: { perSecond: c.ZALO_RATE_PER_SECOND, groupPerMinute: c.ZALO_RATE_GROUP_PER_MINUTE, privateGapMs: c.ZALO_RATE_PRIVATE_GAP_MS },
  };
}
