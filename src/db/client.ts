import { createRequire } from "node:module";
import type { PrismaPg as PrismaPgType } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.js";
import { PrismaClient as PgPrismaClient } from "../generated/prisma-postgresql/client.js";
import { providerOf } from "./provider.js";
import { serialisedSqliteAdapter } from "./sqlite-serialised.js";

/**
 * The one client type the services use. It is the SQLite client's type; the
 * PostgreSQL client is generated from the same models (prisma/schema-postgresql
 * is a generated copy with only the provider changed), so its model API is the
 * same and it is handed out under this type (docs/architecture.md, "Two databases").
 */
export type Db = PrismaClient;
/** What a service receives inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** Either the client or an open transaction: read helpers accept both. */
export type DbOrTx = Db | Tx;

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
 */
export function createDb(databaseUrl: string): Db {
  if (providerOf(databaseUrl) === "postgresql") {
    // Required here, not imported at the top: the adapter and node-postgres cost ~0.4 s of every
    // start-up (measured, docs/install.md), and a SQLite bot never uses them. createDb stays synchronous.
    const { PrismaPg } = createRequire(import.meta.url)("@prisma/adapter-pg") as { PrismaPg: typeof PrismaPgType };
    const adapter = new PrismaPg({ connectionString: databaseUrl });
    // Every statement of an interactive transaction is a network round trip
    // here (in-process on SQLite): a batch that enqueues hundreds of messages
    // needs longer than Prisma's 5 s default on a busy server.
    return new PgPrismaClient({ adapter, transactionOptions: PG_TRANSACTION_OPTIONS }) as unknown as Db;
  }
  const adapter = serialisedSqliteAdapter({
    url: sqliteFilePath(databaseUrl),
    timeout: SQLITE_BUSY_TIMEOUT_MS,
  });
  return new PrismaClient({ adapter });
}

/** `file:./data/qcdc.db` → `./data/qcdc.db` (Prisma's URL form → a path). */
export function sqliteFilePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "");
}
