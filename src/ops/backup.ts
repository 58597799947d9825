import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { SQLITE_BUSY_TIMEOUT_MS, sqliteFilePath } from "../db/client.js";
import { pgDump } from "./postgres-tools.js";

/**
 * Consistent copies of the database while the bot runs (docs/deploy.md, "Backups").
 *
 * SQLite: the online backup API (better-sqlite3's `db.backup()`), which copies
 * every page in one step under one read transaction; in WAL mode that never
 * blocks the bot's writes and the copy is a single point in time. The copy is
 * then switched out of WAL mode and VACUUMed: a backup is one self-contained
 * file, and it holds only live rows — no free pages with remnants of deleted
 * rows, no write-ahead log recording the order of writes (docs/anonymity.md).
 *
 * PostgreSQL (`DATABASE_URL=postgresql://…`): `pg_dump --format=custom`, which
 * reads one snapshot; restore with `pg_restore` (src/ops/restore.ts).
 */
export type DbKind = "sqlite" | "postgresql";

export function databaseKind(databaseUrl: string): DbKind {
  if (databaseUrl.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return "postgresql";
  throw new Error(`unsupported DATABASE_URL scheme: ${databaseUrl.split(":")[0]}`);
}

/** Nightly backups carry this prefix; only they are deleted by retention. */
export const NIGHTLY_PREFIX = "qcdc-nightly-";
export const MANUAL_PREFIX = "qcdc-";
const STAMP = /(\d{8}T\d{6}Z)/;

/** `qcdc-20261201T193000Z.db` (UTC: unambiguous, sorts by time, safe in every file system). */
export function backupFileName(kind: DbKind, at: Date, prefix: string = MANUAL_PREFIX): string {
  const stamp = at.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  return `${prefix}${stamp}${kind === "sqlite" ? ".db" : ".dump"}`;
}

export interface BackupResult {
  file: string;
  bytes: number;
  ms: number;
}

/** Writes a consistent copy of the database to `file` (created atomically: a `.partial` is renamed when complete). */
export async function backupDatabase(databaseUrl: string, file: string): Promise<BackupResult> {
  const started = performance.now();
  const target = path.resolve(file);
  mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    if (databaseKind(databaseUrl) === "sqlite") await backupSqlite(sqliteFilePath(databaseUrl), partial);
    else await pgDump(databaseUrl, partial);
    renameSync(partial, target);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
  return { file: target, bytes: statSync(target).size, ms: performance.now() - started };
}

async function backupSqlite(source: string, partial: string): Promise<void> {
  const src = new Database(source, { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    // The first step copies all pages at once (better-sqlite3's default): one
    // read transaction, so concurrent writes neither restart nor tear the copy.
    await src.backup(partial);
  } finally {
    src.close();
  }
  const copy = new Database(partial);
  try {
    copy.pragma("journal_mode = DELETE");
    copy.exec("VACUUM");
    const check = copy.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new Error(`the copy failed its integrity check: ${String(check)}`);
  } finally {
    copy.close();
  }
}

/** Backup files the bot made in `dir`, newest first (unfinished `.partial` files are not backups). */
export function listBackups(dir: string, prefix: string = MANUAL_PREFIX): { file: string; at: Date }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(prefix) && /\.(db|dump)$/.test(n))
    .flatMap((n) => {
      const m = STAMP.exec(n);
      if (!m) return [];
      const s = m[1]!;
      const at = new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`);
      return [{ file: path.join(dir, n), at }];
    })
    .sort((a, b) => b.at.getTime() - a.at.getTime());
}

/**
 * Deletes nightly backups older than `keepDays` (by the time in their name,
 * not the file's mtime, which a copy changes). The newest one is always kept,
 * so a wrong clock or a long outage never leaves the folder empty. Manual
 * backups (`npm run backup`) are the operator's and are never deleted.
 */
export function pruneNightlyBackups(dir: string, keepDays: number, now: Date): string[] {
  const cutoff = now.getTime() - keepDays * 24 * 3_600_000;
  const [, ...older] = listBackups(dir, NIGHTLY_PREFIX);
  const removed = older.filter((b) => b.at.getTime() < cutoff).map((b) => b.file);
  // A copy interrupted by a crash leaves a `.partial`; nightly copies run one at a time, so any left now is dead.
  const partials = (existsSync(dir) ? readdirSync(dir) : []).filter((n) => n.startsWith(NIGHTLY_PREFIX) && n.endsWith(".partial"));
  for (const n of partials) removed.push(path.join(dir, n));
  for (const f of removed) rmSync(f, { force: true });
  return removed;
}

