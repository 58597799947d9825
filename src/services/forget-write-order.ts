import type { Db } from "../db/client.js";
import { providerOf } from "../messaging/claim.js";

/**
 * After an anonymous write on SQLite: checkpoint the write-ahead log and cut it
 * to zero bytes, so the order of the last commits (which write came just
 * before the anonymous one, and whose) is no longer on disk (docs/anonymity.md,
 * "Residual, technical"). PostgreSQL's WAL is the server's own and out of reach.
 */
export async function forgetWriteOrder(db: Db): Promise<void> {
  if (providerOf(db) !== "sqlite") return;
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
}
