import type { Clock } from "./clock.js";
import type { BackupSettings } from "./config.js";
import type { ZaloBudgetSettings } from "./config-public.js";
import type { Db } from "./db/client.js";
import type { Logger } from "./logger.js";
import type { Services } from "./services/index.js";

/** What the bot and the scheduler are built from; tests build it with a temp database and a fake clock. */
export interface AppDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  services: Services;
  /** Who may found an agency, as `<platform>:<user id>` (`telegram:123`, `zalo:abc`). */
  adminIds: ReadonlySet<string>;
  timezone: string;
  /** The bot's Zalo share link (ZALO_BOT_LINK), shown in invitations and link codes when set. */
  zaloBotLink?: string;
  /** Nightly backups (src/scheduler/jobs/nightly-backup.ts); absent in tests and tools = no nightly backup. */
  backup?: BackupSettings;
  /** The Zalo channel's monthly budget (docs/zalo-budget.md); absent = no budget warnings. */
  zaloBudget?: ZaloBudgetSettings;
}
