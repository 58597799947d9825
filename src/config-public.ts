import { z } from "zod";

/**
 * Settings of the bot's public HTTP address (download links, docs/files.md)
 * and of the Zalo monthly budget (docs/zalo-budget.md). Kept apart from
 * config.ts so the Zalo channel's own settings merge next to them untouched.
 */
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const wholeNumber = (name: string, min: number, max: number, fallback: number) => {
  const error = `${name} phải là số nguyên ${min}–${max} (whole number, ${min}–${max})`;
  return z.preprocess(emptyToUndefined, z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).default(fallback));
};

export const publicShape = {
  PUBLIC_URL: z.preprocess(
    emptyToUndefined,
    z
      .url({ protocol: /^https$/, error: "PUBLIC_URL phải là một URL https, ví dụ https://bot.example.gov.vn (must be an https URL)" })
      .refine((u) => !/[?#]/.test(u), { error: "PUBLIC_URL không được có ? hoặc # (no query or fragment)" })
      // Links are built as `${PUBLIC_URL}/f/…`: one form, whatever the operator typed.
      .transform((u) => u.replace(/\/+$/, ""))
      .optional(),
  ),
  FILE_LINK_DAYS: wholeNumber("FILE_LINK_DAYS", 1, 90, 7),
  ZALO_MONTHLY_MESSAGE_LIMIT: wholeNumber("ZALO_MONTHLY_MESSAGE_LIMIT", 0, 10_000_000, 3000),
  ZALO_BUDGET_WARN_PERCENT: wholeNumber("ZALO_BUDGET_WARN_PERCENT", 1, 100, 80),
  ZALO_BUDGET_DIGEST_RESERVE_PERCENT: wholeNumber("ZALO_BUDGET_DIGEST_RESERVE_PERCENT", 0, 100, 10),
  ZALO_BUDGET_REMINDER_RESERVE_PERCENT: wholeNumber("ZALO_BUDGET_REMINDER_RESERVE_PERCENT", 0, 100, 3),
};

export interface PublicSettings {
  /** https address of the bot's HTTP server as the world sees it (no trailing slash), or undefined. */
  publicUrl: string | undefined;
  /** Download links expire after this many days. */
  fileLinkDays: number;
  zaloBudget: ZaloBudgetSettings;
}

export interface ZaloBudgetSettings {
  /** Messages a month, both directions; 0 = no limit of ours (the platform's 429 still holds). */
  monthlyLimit: number;
  /** The secretary is warned once a month when this share of the limit is used. */
  warnPercent: number;
  /** Digests wait while less than this share of the limit remains. */
  digestReservePercent: number;
  /** Reminders wait while less than this share remains (replies go on until the platform refuses). */
  reminderReservePercent: number;
  /** The calendar month is the platform's, taken in this zone. */
  timezone: string;
}

export const DEFAULT_ZALO_BUDGET: ZaloBudgetSettings = {
  monthlyLimit: 3000,
  warnPercent: 80,
  digestReservePercent: 10,
  reminderReservePercent: 3,
  timezone: "Asia/Ho_Chi_Minh",
};

type Parsed = z.output<z.ZodObject<typeof publicShape>>;

export function publicSettings(c: Parsed): PublicSettings {
  return {
    publicUrl: c.PUBLIC_URL,
    fileLinkDays: c.FILE_LINK_DAYS,
    zaloBudget: {
      monthlyLimit: c.ZALO_MONTHLY_MESSAGE_LIMIT,
      warnPercent: c.ZALO_BUDGET_WARN_PERCENT,
      digestReservePercent: c.ZALO_BUDGET_DIGEST_RESERVE_PERCENT,
      reminderReservePercent: c.ZALO_BUDGET_REMINDER_RESERVE_PERCENT,
      // The platform counts in Vietnam's calendar whatever APP_TIMEZONE says.
      timezone: "Asia/Ho_Chi_Minh",
    },
  };
}
