import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { sqliteFilePath } from "../db/client.js";
import { backupDatabase, backupFileName, databaseKind } from "./backup.js";
import { pgOtherSessions, pgRestore } from "./postgres-tools.js";

/**
 * `npm run restore <file>`: puts a backup back as the bot's database.
 *
 * - It refuses while another process has the database open (a running bot),
 *   unless `force` is given: restoring under a live bot would mix its memory
 *   (drafts, pacing) with older data. SQLite: a running bot's connection holds
 *   a shared lock on the file (WAL mode), so an exclusive lock attempt fails at
 *   once. PostgreSQL: any other session on the database counts.
 * - An existing database is first copied to `before-restore-<time>` in the
 *   backups folder: a restore can be undone.
 * - The copy goes through SQLite's backup API into the target, so even with
 *   `force` the target file is written under SQLite's locks, never torn.
 * - Migrations newer than the backup are applied by the bot at its next start.
 */
export class RestoreRefused extends Error {
  override name = "RestoreRefused";
}

export interface RestoreOptions {
  force?: boolean;
  /** Where the safety copy of the current database goes. */
  backupDir: string;
}

export interface RestoreResult {
  target: string;
  safetyCopy: string | undefined;
}

export async function restoreDatabase(backupFile: string, databaseUrl: string, opts: RestoreOptions): Promise<RestoreResult> {
  const file = path.resolve(backupFile);
  if (!existsSync(file) || !statSync(file).isFile()) throw new RestoreRefused(`backup file not found: ${file}`);
  const kind = databaseKind(databaseUrl);
  if (kind === "postgresql") {
    if (!opts.force && (await pgOtherSessions(databaseUrl)) > 0) throw new RestoreRefused(IN_USE);
    const safetyCopy = await safetyBackup(databaseUrl, opts.backupDir);
    await pgRestore(databaseUrl, file);
    return { target: redact(databaseUrl), safetyCopy };
  }
  checkSqliteBackup(file);
  const target = path.resolve(sqliteFilePath(databaseUrl));
  let safetyCopy: string | undefined;
  if (existsSync(target)) {
    if (!opts.force && sqliteInUse(target)) throw new RestoreRefused(IN_USE);
    safetyCopy = await safetyBackup(databaseUrl, opts.backupDir);
  }
  mkdirSync(path.dirname(target), { recursive: true });
  const src = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await src.backup(target);
  } finally {
    src.close();
  }
  // The bot works in WAL mode (src/db/migrate.ts); set it now so the file is ready as is.
  const db = new Database(target);
  db.pragma("journal_mode = WAL");
  db.close();
  return { target, safetyCopy };
}

const IN_USE =
  "cơ sở dữ liệu đang được một tiến trình khác (bot đang chạy) sử dụng; hãy dừng bot trước, hoặc thêm --force nếu chắc chắn — the database is open in another process (a running bot): stop the bot first, or pass --force";

/** Is another connection holding the SQLite file open? (An idle WAL connection keeps a shared lock.) */
export function sqliteInUse(file: string): boolean {
  const db = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("COMMIT");
    return false;
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith("SQLITE_BUSY")) return true;
    throw err;
  } finally {
    db.close();
  }
}

/** A backup file must be an intact SQLite database made from this project's schema. */
function checkSqliteBackup(file: string): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const ok = db.pragma("quick_check", { simple: true });
    if (ok !== "ok") throw new RestoreRefused(`the backup failed its integrity check: ${String(ok)}`);
    const migrations = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
    if (!migrations) throw new RestoreRefused(`not a qcdc-bot database (no _prisma_migrations table): ${file}`);
  } catch (err) {
    if (err instanceof RestoreRefused) throw err;
    throw new RestoreRefused(`not a readable SQLite backup (${(err as Error).message}): ${file}`);
  } finally {
    db?.close();
  }
}

async function safetyBackup(databaseUrl: string, dir: string): Promise<string | undefined> {
  const name = backupFileName(databaseKind(databaseUrl), new Date(), "qcdc-before-restore-");
  return (await backupDatabase(databaseUrl, path.join(dir, name))).file;
}

function redact(url: string): string {
  const u = new URL(url);
  u.password = u.password ? "***" : "";
  return u.toString();
}
