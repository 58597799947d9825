import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.js";

export type Db = PrismaClient;
/** What a service receives inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** Either the client or an open transaction: read helpers accept both. */
export type DbOrTx = Db | Tx;

/** SQLite waits this long for a lock held by another process before failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens the database through the better-sqlite3 driver adapter (Prisma's
 * WebAssembly query compiler, no native engine). WAL mode is switched on by
 * `migrateDatabase`, which runs first and persists it in the file.
 */
export function createDb(databaseUrl: string): Db {
  const adapter = new PrismaBetterSQLite3({
    url: sqliteFilePath(databaseUrl),
    timeout: SQLITE_BUSY_TIMEOUT_MS,
  });
  return new PrismaClient({ adapter });
}

/** `file:./data/qcdc.db` → `./data/qcdc.db` (Prisma's URL form → a path). */
export function sqliteFilePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "");
}
