import { createRequire } from "node:module";
import type { PrismaPg as PrismaPgType } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.js";
import { PrismaClient as PgPrismaClient } from "../generated/prisma-postgresql/client.js";
import { providerOf } from "./provider.js";
import { serialisedSqliteAdapter, type SqliteSynchronous } from "./sqlite-serialised.js";
import { withDirectSql } from "./direct-sql.js";

export type { Db, DbOrTx, Tx } from "./types.js";
import type { Db } from "./types.js";

/** SQLite waits this long for a lock held by another process before failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

export const PG_TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;

/**
 * Opens the database named by DATABASE_URL through Prisma's driver adapters
 * (WebAssembly query compiler, no native engine):
 * - `file:` — better-sqlite3, with plain statements serialised behind open
 *   transactions (src/db/sqlite-serialised.ts). WAL mode is switched on by the
 *   migrations, which run first and persist it in the file.
 * - `postgresql://` / `postgres://` — node-postgres (pure JavaScript) with a pool;
 *   each transaction has its own connection, so plain writes never join one.
 * Either way the factory is wrapped so that the hot raw statements can run on
 * the adapter directly, below the client (src/db/direct-sql.ts).
 */
export interface DbOptions {
  /**
   * SQLite's `synchronous` in WAL mode. `normal` (the default): the WAL is
   * fsynced at checkpoints, not at every commit; a crash of the bot or a kill
   * loses nothing, a power cut or an OS crash may undo the last commits before
   * the checkpoint, and the file stays consistent either way (SQLite's own
   * advice for WAL). `full`: an fsync at every commit, which blocks the bot's
   * one thread (better-sqlite3 is synchronous) for its duration: 0.27 ms per
   * commit on the reference VM against 0.03 ms, so ~0.5 ms of every report
   * (two commits), more on a slow disk. For an agency without a UPS that would
   * rather pay that (docs/architecture.md, "Durability"). No effect on PostgreSQL.
   */
  sqliteSynchronous?: SqliteSynchronous;
  /** Called with every SQL statement sent to the database, Prisma's and direct ones alike (tests count them). */
  onStatement?: (sql: string) => void;
}

export function createDb(databaseUrl: string, options: DbOptions = {}): Db {
  if (providerOf(databaseUrl) === "postgresql") {
    // Required here, not imported at the top: the adapter and node-postgres cost ~0.4 s of every
    // start-up (measured, docs/install.md), and a SQLite bot never uses them. createDb stays synchronous.
    const { PrismaPg } = createRequire(import.meta.url)("@prisma/adapter-pg") as { PrismaPg: typeof PrismaPgType };
    const adapter = new PrismaPg({ connectionString: databaseUrl });
    // Every statement of an interactive transaction is a network round trip
    // here (in-process on SQLite): a batch that enqueues hundreds of messages
    // needs longer than Prisma's 5 s default on a busy server.
    return withDirectSql("postgresql", adapter, (a) => new PgPrismaClient({ adapter: a, transactionOptions: PG_TRANSACTION_OPTIONS }), options.onStatement) as unknown as Db;
  }
  const adapter = serialisedSqliteAdapter(
    { url: sqliteFilePath(databaseUrl), timeout: SQLITE_BUSY_TIMEOUT_MS },
    { synchronous: options.sqliteSynchronous ?? "normal" },
  );
  return withDirectSql("sqlite", adapter, (a) => new PrismaClient({ adapter: a }), options.onStatement);
}

/** `file:./data/qcdc.db` → `./data/qcdc.db` (Prisma's URL form → a path). */
export function sqliteFilePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "");
}
