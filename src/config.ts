import { z } from "zod";

/**
 * All settings come from environment variables (and `.env`, loaded in main.ts).
 * `loadConfig` never throws a zod stack: it throws a `ConfigError` whose message
 * is one line naming the variable, which main.ts prints before exiting.
 */
const BOTFATHER_HINT =
  "tạo bot với @BotFather trên Telegram (lệnh /newbot) rồi đặt BOT_TOKEN=<token> trong tệp .env — create a bot with @BotFather (/newbot) and put BOT_TOKEN=<token> in .env";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const configSchema = z
  .object({
    BOT_TOKEN: z
      .string({ error: `thiếu BOT_TOKEN (missing): ${BOTFATHER_HINT}` })
      .trim()
      .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, {
        error: `BOT_TOKEN không đúng dạng <số>:<chuỗi> (malformed): ${BOTFATHER_HINT}`,
      }),
    DATABASE_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^(file:.+|postgres(ql)?:\/\/.+)/, {
          error:
            "DATABASE_URL phải có dạng file:<đường dẫn> (SQLite) hoặc postgresql://<người dùng>:<mật khẩu>@<máy chủ>:<cổng>/<tên CSDL> (must be file:<path> for SQLite or postgresql://… for PostgreSQL)",
        })
        .default("file:./data/qcdc.db"),
    ),
    TELEGRAM_API_ROOT: z.preprocess(
      emptyToUndefined,
      z.url({ error: "TELEGRAM_API_ROOT phải là một URL, ví dụ http://127.0.0.1:8081 (must be a URL)" }).optional(),
    ),
    BOT_ADMIN_IDS: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .default("")
        .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean))
        .pipe(
          z.array(
            z.string().regex(/^\d+$/, {
              error: "BOT_ADMIN_IDS phải là các số Telegram user id cách nhau bởi dấu phẩy (comma-separated numeric ids)",
            }),
          ),
        ),
    ),
    APP_TIMEZONE: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .default("Asia/Ho_Chi_Minh")
        .refine(isValidTimeZone, { error: "APP_TIMEZONE không phải múi giờ IANA hợp lệ, ví dụ Asia/Ho_Chi_Minh (invalid time zone)" }),
    ),
    LOG_LEVEL: z.preprocess(
      emptyToUndefined,
      z
        .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
          error: "LOG_LEVEL phải là một trong fatal, error, warn, info, debug, trace, silent",
        })
        .default("info"),
    ),
    WEBHOOK_URL: z.preprocess(
      emptyToUndefined,
      z.url({ protocol: /^https$/, error: "WEBHOOK_URL phải là một URL https (must be an https URL)" }).optional(),
    ),
    WEBHOOK_SECRET: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,256}$/, {
          error: "WEBHOOK_SECRET phải dài 16–256 ký tự A-Z a-z 0-9 _ - (Telegram's secret_token rules, at least 16 for safety)",
        })
        .optional(),
    ),
    PORT: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ error: "PORT phải là số cổng 1–65535 (must be a port number)" })
        .int({ error: "PORT phải là số cổng 1–65535 (must be a port number)" })
        .min(1, { error: "PORT phải là số cổng 1–65535 (must be a port number)" })
        .max(65535, { error: "PORT phải là số cổng 1–65535 (must be a port number)" })
        .default(8080),
    ),
  })
  .superRefine((c, ctx) => {
    if (c.WEBHOOK_URL && !c.WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["WEBHOOK_SECRET"],
        message: "thiếu WEBHOOK_SECRET: chế độ webhook cần một chuỗi bí mật để kiểm tra yêu cầu đến từ Telegram (webhook mode needs a secret)",
      });
    }
  });

export interface Config {
  botToken: string;
  databaseUrl: string;
  telegramApiRoot: string | undefined;
  botAdminIds: ReadonlySet<string>;
  timezone: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  webhook: { url: string; secret: string } | undefined;
  port: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Cấu hình sai — ${variable}: ${detail}`);
    this.name = "ConfigError";
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? "?");
    throw new ConfigError(variable, issue.message);
  }
  const c = parsed.data;
  return {
    botToken: c.BOT_TOKEN,
    databaseUrl: c.DATABASE_URL,
    telegramApiRoot: c.TELEGRAM_API_ROOT,
    botAdminIds: new Set(c.BOT_ADMIN_IDS),
    timezone: c.APP_TIMEZONE,
    logLevel: c.LOG_LEVEL,
    webhook: c.WEBHOOK_URL ? { url: c.WEBHOOK_URL, secret: c.WEBHOOK_SECRET! } : undefined,
    port: c.PORT,
  };
}

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
