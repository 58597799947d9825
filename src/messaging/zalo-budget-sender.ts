import type { Db } from "../db/client.js";
import type { Logger } from "../logger.js";
import type { SenderOptions } from "./sender.js";
import { allowedZaloCategories, holdZaloForQuota, zaloMonth, type ZaloBudgetSettings } from "./zalo-budget.js";
import { tellQuotaHeld } from "./zalo-budget-notices.js";

/**
 * What the Zalo outbox sender adds for the budget (docs/zalo-budget.md):
 * `new OutboxSender({ platform: "zalo", ...zaloBudgetSenderHooks(db, settings, logger), … })`.
 * The Zalo transport throws `DeliveryError("quota-exceeded")` on error_code 429.
 */
export function zaloBudgetSenderHooks(db: Db, settings: ZaloBudgetSettings, logger: Logger): Pick<SenderOptions, "categories" | "onQuotaExceeded"> {
  return {
    categories: (now) => allowedZaloCategories(db, now, settings),
    onQuotaExceeded: (now) => onZaloQuotaExceeded(db, now, settings, logger),
  };
}

/** Holds Zalo messages for the month; the first time, tells each Zalo agency's secretary and the administrator. */
export async function onZaloQuotaExceeded(db: Db, now: Date, settings: ZaloBudgetSettings, logger: Logger): Promise<void> {
  if (!(await holdZaloForQuota(db, now, settings))) return;
  const month = zaloMonth(now, settings.timezone);
  // Two instances may both start the hold: the dedupe keys keep the notice single, and the loser's conflict is only logged.
  const told = await tellQuotaHeld(db, month, now).catch((err: unknown) => {
    logger.warn({ err: String(err) }, "zalo quota notice: queued by another instance");
    return 0;
  });
  logger.warn(
    { month, limit: settings.monthlyLimit, secretariesTold: told },
    "Zalo quota exceeded (429): Zalo messages are held until next month; raise ZALO_MONTHLY_MESSAGE_LIMIT after upgrading the Zalo plan to release them",
  );
}
