import "dotenv/config";
import { ConfigError, loadBackupConfig } from "../config.js";
import { restoreDatabase, RestoreRefused } from "./restore.js";

/**
 * `npm run restore <file>` (and `npm run restore -- --force <file>` to restore
 * under a running bot: npm would swallow a bare `--force` as its own flag).
 * Restores into DATABASE_URL; the current database is kept as a
 * `qcdc-before-restore-…` copy in BACKUP_DIR first.
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const rest = args.filter((a) => a !== "--force");
  if (rest.length !== 1 || rest[0]!.startsWith("-")) {
    console.error("Cách dùng (usage): npm run restore <tệp sao lưu / backup file>   |   npm run restore -- --force <tệp>");
    return 2;
  }
  try {
    const cfg = loadBackupConfig();
    const r = await restoreDatabase(rest[0]!, cfg.databaseUrl, { force, backupDir: cfg.backup.dir });
    if (r.safetyCopy) console.log(`Bản cũ được giữ lại (previous database kept): ${r.safetyCopy}`);
    console.log(`Đã khôi phục (restored): ${r.target} — khởi động lại bot để dùng (start the bot to use it; newer migrations are applied at start)`);
    return 0;
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 1;
    }
    if (err instanceof RestoreRefused) {
      console.error(`Không khôi phục (refused): ${err.message}`);
      return 1;
    }
    throw err;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error("Khôi phục thất bại (restore failed):", err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
