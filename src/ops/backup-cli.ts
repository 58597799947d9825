import "dotenv/config";
import path from "node:path";
import { ConfigError, loadBackupConfig } from "../config.js";
import { backupDatabase, backupFileName, databaseKind } from "./backup.js";

/**
 * `npm run backup [file]`: a consistent copy of the database, safe while the
 * bot runs. Without a file: `<BACKUP_DIR>/qcdc-<UTC time>.db` (`.dump` for
 * PostgreSQL). Manual backups are never deleted by the nightly retention.
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length > 1 || args.some((a) => a.startsWith("-"))) {
    console.error("Cách dùng (usage): npm run backup [tệp đích / target file]");
    return 2;
  }
  let cfg;
  try {
    cfg = loadBackupConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
  const file = args[0] ?? path.join(cfg.backup.dir, backupFileName(databaseKind(cfg.databaseUrl), new Date()));
  const r = await backupDatabase(cfg.databaseUrl, file);
  console.log(`Đã sao lưu (backup written): ${r.file} — ${(r.bytes / 1_048_576).toFixed(1)} MB, ${Math.round(r.ms)} ms`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error("Sao lưu thất bại (backup failed):", err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
