import type { DbOrTx } from "../db/client.js";
import { DEFAULT_ZALO_BUDGET, type ZaloBudgetSettings } from "../config-public.js";
import { OUTBOX_CATEGORIES, type OutboxCategory } from "./outbox.js";

/**
 * The Zalo bot's monthly message budget (docs/zalo-budget.md). The free tier
 * allows about 3,000 messages a month, counting what people send the bot and
 * what it sends (observed by operators, not documented by Zalo). The count
 * lives in the database, one row per month, so that every instance adds to
 * the same figure; the platform's 429 "quota exceeded" is the final word.
 */
export type TrafficDirection = "in" | "out";
export type { ZaloBudgetSettings };

/** The platform's calendar month of `now` ("2026-12"), in Vietnam whatever the server's zone. */
export function zaloMonth(now: Date, timezone = DEFAULT_ZALO_BUDGET.timezone): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: timezone, year: "numeric", month: "2-digit" }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get("year")}-${get("month")}`;
}

/**
 * Counts `count` Zalo messages in one direction: each update received
 * ("in") and each message the platform accepted ("out"; a text split in
 * three parts is three). One INSERT … ON CONFLICT DO UPDATE: an atomic
 * increment on SQLite and PostgreSQL alike, so two instances never lose a count.
 */
export async function recordZaloTraffic(db: DbOrTx, direction: TrafficDirection, now: Date, count = 1, settings: ZaloBudgetSettings = DEFAULT_ZALO_BUDGET): Promise<void> {
  if (count <= 0) return;
  const month = zaloMonth(now, settings.timezone);
  const inbound = direction === "in" ? count : 0;
  const outbound = direction === "out" ? count : 0;
  await db.$executeRaw`
    INSERT INTO "ZaloMonthUsage" ("month", "inbound", "outbound") VALUES (${month}, ${inbound}, ${outbound})
    ON CONFLICT ("month") DO UPDATE SET
      "inbound" = "ZaloMonthUsage"."inbound" + ${inbound},
      "outbound" = "ZaloMonthUsage"."outbound" + ${outbound}`;
}

export interface ZaloUsage {
  month: string;
  inbound: number;
  outbound: number;
  used: number;
  /** 0 = no limit of ours. */
  limit: number;
  /** The platform refused with 429 this month and the limit was not raised since. */
  held: boolean;
}

export async function zaloUsage(db: DbOrTx, now: Date, settings: ZaloBudgetSettings = DEFAULT_ZALO_BUDGET): Promise<ZaloUsage> {
  const month = zaloMonth(now, settings.timezone);
  const row = await db.zaloMonthUsage.findUnique({ where: { month } });
  const inbound = row?.inbound ?? 0;
  const outbound = row?.outbound ?? 0;
  const limit = settings.monthlyLimit;
  // A raised limit (or none) lifts this month's hold: the operator has bought more.
  const raised = limit === 0 || (row?.heldAtLimit !== null && row?.heldAtLimit !== undefined && limit > row.heldAtLimit);
  return { month, inbound, outbound, used: inbound + outbound, limit, held: !!row?.quotaHeldAt && !raised };
}

/**
 * Which categories may be sent now. Replies to people go on as long as the
 * platform takes them (the count is ours, the platform's is the truth, and a
 * person waiting for an answer is never refused on an estimate). Reminders
 * wait once less than `reminderReservePercent` of the limit remains, digests
 * once less than `digestReservePercent`. After a 429 nothing goes until the
 * next month or a raised limit.
 */
export function categoriesAllowed(u: ZaloUsage, settings: ZaloBudgetSettings = DEFAULT_ZALO_BUDGET): OutboxCategory[] {
  if (u.held) return [];
  if (u.limit === 0) return [...OUTBOX_CATEGORIES];
  const remaining = u.limit - u.used;
  const reserve = (percent: number) => Math.ceil((u.limit * percent) / 100);
  const out: OutboxCategory[] = ["reply"];
  if (remaining > reserve(settings.reminderReservePercent) && remaining > 0) out.push("reminder");
  if (remaining > reserve(settings.digestReservePercent) && remaining > 0) out.push("digest");
  return out;
}

export async function allowedZaloCategories(db: DbOrTx, now: Date, settings: ZaloBudgetSettings = DEFAULT_ZALO_BUDGET): Promise<OutboxCategory[]> {
  return categoriesAllowed(await zaloUsage(db, now, settings), settings);
}

/** May a message of this category be sent on Zalo now? (The Zalo UI asks before a reply, the outbox per claim.) */
export async function zaloBudgetAllows(db: DbOrTx, category: OutboxCategory, now: Date, settings: ZaloBudgetSettings = DEFAULT_ZALO_BUDGET): Promise<boolean> {
  return (await allowedZaloCategories(db, now, settings)).includes(category);
}

/** Has this month's use reached the warning share of the limit? */
export function reachedWarning(u: ZaloUsage, settings: ZaloBudgetSettings = DEFAULT_ZALO_BUDGET): boolean {
  return u.limit > 0 && u.used * 100 >= u.limit * settings.warnPercent;
}

/**
 * The platform answered 429 "quota exceeded": Zalo messages are held (they
 * stay PENDING) until the next month or a limit above the current one.
 * Returns true when this call started the hold (the caller tells the secretary).
 */
export async function holdZaloForQuota(db: DbOrTx, now: Date, settings: ZaloBudgetSettings = DEFAULT_ZALO_BUDGET): Promise<boolean> {
  const before = await zaloUsage(db, now, settings);
  const month = before.month;
  const limit = settings.monthlyLimit;
  await db.$executeRaw`
    INSERT INTO "ZaloMonthUsage" ("month", "inbound", "outbound", "quotaHeldAt", "heldAtLimit") VALUES (${month}, 0, 0, ${now}, ${limit})
    ON CONFLICT ("month") DO UPDATE SET "quotaHeldAt" = ${now}, "heldAtLimit" = ${limit}`;
  return !before.held;
}
