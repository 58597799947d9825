import type { AppDeps } from "../../app.js";
import type { Agency } from "../../generated/prisma/client.js";
import { translate } from "../../i18n/translator.js";
import { reachedWarning, zaloUsage } from "../../messaging/zalo-budget.js";
import { agencyUsesZalo, tellSecretaries } from "../../messaging/zalo-budget-notices.js";
import type { Occurrence, ScheduledJob } from "../job.js";

/**
 * The 80 % warning of the Zalo budget (ZALO_BUDGET_WARN_PERCENT,
 * docs/zalo-budget.md): once a month per agency that uses Zalo, to its
 * secretary. Once across re-runs and instances: the JobRun key is the agency
 * and the month, and each message has its own dedupe key as well.
 */
export const zaloBudgetWarningJob: ScheduledJob = {
  kind: "zalo-budget-warning",

  async occurrences(deps: AppDeps, agency: Agency, _from: Date, to: Date): Promise<Occurrence[]> {
    const settings = deps.zaloBudget;
    if (!settings || settings.monthlyLimit === 0) return [];
    const usage = await zaloUsage(deps.db, to, settings);
    if (!reachedWarning(usage, settings)) return [];
    if (!(await agencyUsesZalo(deps.db, agency.id))) return [];
    // Due when it was noticed: the crossing itself is not recorded, and it need not be.
    return [{ key: `zalo-budget-warning:agency=${agency.id}:${usage.month}`, dueAt: to, data: { month: usage.month } }];
  },

  stillUseful(occ: Occurrence, now: Date): boolean {
    return now.getTime() - occ.dueAt.getTime() < 86_400_000;
  },

  async run(tx, deps, agency, occ): Promise<void> {
    const settings = deps.zaloBudget!;
    const usage = await zaloUsage(tx, deps.clock.now(), settings);
    const [y, m] = usage.month.split("-");
    const text = translate("zalo-budget-warning", {
      used: String(usage.used),
      limit: String(usage.limit),
      month: `${m}/${y}`,
      percent: String(Math.floor((usage.used * 100) / usage.limit)),
    });
    await tellSecretaries(tx, agency.id, `zalo-budget-warning:${occ.data!.month as string}`, text, deps.clock.now());
  },
};
