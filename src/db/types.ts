import type { PrismaClient } from "../generated/prisma/client.js";

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
