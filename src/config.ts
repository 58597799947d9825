import path from "node:path";
import type { SqliteSynchronous } from "./db/sqlite-serialised.js";
import { z } from "zod";
import { publicSettings, publicShape, type PublicSettings } from "./config-public.js";
import { ZALO_TOKEN_HINT, zaloConfig, zaloIssue, zaloShape, type ZaloConfig } from "./zalo-config.js";

/**
 * All settings come from environment variables (and `.env`, loaded in main.ts).
 * `loadConfig` never throws a zod stack: it throws a `ConfigError` whose message
 * is one line naming the variable, which main.ts prints before exiting.
 */
const BOTFATHER_HINT =
  "tạo bot với @BotFather trên Telegram (lệnh /newbot) rồi đặt BOT_TOKEN=<token> trong tệp .env — create a bot with @BotFather (/newbot) and put BOT_TOKEN=<token> in .env";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const HHMM_OR_OFF = /^(off|([01]\d|2[0-3]):[0-5]\d)$/;
const KEEP_DAYS_ERROR = "BACKUP_KEEP_DAYS phải là số ngày nguyên 1–3650 (whole number of days, 1–3650)";

/** Backups (docs/deploy.md): also read by `npm run backup` / `npm run restore`, which need no BOT_TOKEN. */
const backupShape = {
  BACKUP_DIR: z.preprocess(emptyToUndefined, z.string().trim().optional()),
  BACKUP_TIME: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(HHMM_OR_OFF, { error: "BACKUP_TIME phải là giờ HH:mm, ví dụ 02:30, hoặc off để tắt sao lưu hằng đêm (HH:mm or off)" })
      .default("02:30"),
  ),
  BACKUP_KEEP_DAYS: z.preprocess(
    emptyToUndefined,
    z.coerce.number({ error: KEEP_DAYS_ERROR }).int({ error: KEEP_DAYS_ERROR }).min(1, { error: KEEP_DAYS_ERROR }).max(3650, { error: KEEP_DAYS_ERROR }).default(14),
  ),
};

const configSchema = z
  .object({
    ...backupShape,
    ...publicShape,
    ...zaloShape,
    // Optional since the Zalo channel: at least one of BOT_TOKEN and ZALO_BOT_TOKEN (superRefine below).
    BOT_TOKEN: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, {
          error: `BOT_TOKEN không đúng dạng <số>:<chuỗi> (malformed): ${BOTFATHER_HINT}`,
        })
        .optional(),
    ),
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
    // SQLite's fsync policy in WAL mode (src/db/client.ts, docs/architecture.md "Durability").
    SQLITE_SYNCHRONOUS: z.preprocess(
      (v) => (typeof v === "string" && v.trim() ? v.trim().toLowerCase() : undefined),
      z.enum(["normal", "full"] as const satisfies readonly SqliteSynchronous[], { error: "SQLITE_SYNCHRONOUS phải là normal hoặc full (must be normal or full)" }).default("normal"),
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
            z
              .string()
              .regex(/^(?:\d+|telegram:\d+|zalo:[0-9a-zA-Z_-]{1,64})$/, {
                error:
                  "BOT_ADMIN_IDS phải là các id cách nhau bởi dấu phẩy: số Telegram (123 hoặc telegram:123) hoặc zalo:<id> (comma-separated ids)",
              })
              // A bare number keeps meaning a Telegram id, as before there was a second platform.
              .transform((id) => (/^\d+$/.test(id) ? `telegram:${id}` : id)),
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
    /** The bot's Zalo share link (Zalo Bot Creator → "Chia sẻ"), shown in invitations; optional (docs/linking.md). */
    ZALO_BOT_LINK: z.preprocess(
      emptyToUndefined,
      z.url({ protocol: /^https$/, error: "ZALO_BOT_LINK phải là một URL https, ví dụ https://zalo.me/1234567890 (must be an https URL)" }).optional(),
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
    if (!c.BOT_TOKEN && !c.ZALO_BOT_TOKEN) {
      ctx.addIssue({ code: "custom", path: ["BOT_TOKEN"], message: `thiếu BOT_TOKEN (Telegram) và ZALO_BOT_TOKEN (Zalo), cần ít nhất một (missing both): Telegram — ${BOTFATHER_HINT}; Zalo — ${ZALO_TOKEN_HINT}` });
    }
    const zalo = zaloIssue(c);
    if (zalo) ctx.addIssue({ code: "custom", path: [zalo.path], message: zalo.message });
    if (c.WEBHOOK_URL && !c.WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["WEBHOOK_SECRET"],
        message: "thiếu WEBHOOK_SECRET: chế độ webhook cần một chuỗi bí mật để kiểm tra yêu cầu đến từ Telegram (webhook mode needs a secret)",
      });
    }
  });

export interface Config {
  /** The Telegram channel runs when set. */
  botToken: string | undefined;
  /** The Zalo channel runs when set (ZALO_BOT_TOKEN). */
  zalo: ZaloConfig | undefined;
  /** Where the bot's own HTTP server is reachable from outside (download links); parsed here, used by the file links. */
  publicUrl: string | undefined;
  databaseUrl: string;
  /** SQLite in WAL mode: fsync at checkpoints only (normal, the default) or at every commit (full). */
  sqliteSynchronous: SqliteSynchronous;
  telegramApiRoot: string | undefined;
  botAdminIds: ReadonlySet<string>;
  timezone: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  webhook: { url: string; secret: string } | undefined;
  port: number;
  zaloBotLink: string | undefined;
  backup: BackupSettings;
  /** PUBLIC_URL, download links and the Zalo budget (config-public.ts). */
  public: PublicSettings;
}

export interface BackupSettings {
  /** The database to back up (DATABASE_URL). */
  databaseUrl: string;
  /** Absolute folder of backups: BACKUP_DIR, or `backups/` next to the SQLite file. */
  dir: string;
  /** Local "HH:mm" of the nightly backup (agency time zone), undefined when BACKUP_TIME=off. */
  nightlyAt: string | undefined;
  /** Nightly backups older than this many days are deleted after each nightly backup. */
  keepDays: number;
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
    zalo: zaloConfig(c),
    publicUrl: c.PUBLIC_URL,
    databaseUrl: c.DATABASE_URL,
    sqliteSynchronous: c.SQLITE_SYNCHRONOUS,
    telegramApiRoot: c.TELEGRAM_API_ROOT,
    botAdminIds: new Set(c.BOT_ADMIN_IDS),
    timezone: c.APP_TIMEZONE,
    logLevel: c.LOG_LEVEL,
    webhook: c.WEBHOOK_URL ? { url: c.WEBHOOK_URL, secret: c.WEBHOOK_SECRET! } : undefined,
    port: c.PORT,
    zaloBotLink: c.ZALO_BOT_LINK,
    backup: backupSettings(c.DATABASE_URL, c),
    public: publicSettings(c),
  };
}

/** What `npm run backup` / `npm run restore` need: the database and the backup settings, no token. */
export function loadBackupConfig(env: NodeJS.ProcessEnv = process.env): { databaseUrl: string; backup: BackupSettings } {
  const parsed = z.object({ DATABASE_URL: configSchema.shape.DATABASE_URL, ...backupShape }).safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? "?"), issue.message);
  }
  return { databaseUrl: parsed.data.DATABASE_URL, backup: backupSettings(parsed.data.DATABASE_URL, parsed.data) };
}

function backupSettings(databaseUrl: string, c: { BACKUP_DIR?: string | undefined; BACKUP_TIME: string; BACKUP_KEEP_DAYS: number }): BackupSettings {
  // Next to the SQLite file by default, so the data volume (Docker) or the data
  // folder (systemd's ReadWritePaths) holds them without further settings.
  const fallback = databaseUrl.startsWith("file:") ? path.join(path.dirname(databaseUrl.slice("file:".length)), "backups") : "backups";
  return {
    databaseUrl,
    dir: path.resolve(c.BACKUP_DIR ?? fallback),
    nightlyAt: c.BACKUP_TIME === "off" ? undefined : c.BACKUP_TIME,
    keepDays: c.BACKUP_KEEP_DAYS,
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
