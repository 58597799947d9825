import "dotenv/config";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// The CLI reads DATABASE_URL for the SQLite adapter below; give it
// the same default as the app (src/config.ts) so a fresh clone generates offline.
process.env.DATABASE_URL ??= "file:./data/qcdc.db";
// No update check / telemetry call to checkpoint.prisma.io from the CLI (at
// install, `prisma generate` runs twice): the install reaches only the npm
// registry (docs/install.md).
process.env.CHECKPOINT_DISABLE ??= "1";
// The CLI opens the SQLite database through the adapter; make sure its folder
// exists. With a postgresql:// URL (PostgreSQL is migrated by the app itself,
// src/db/migrate-postgresql.ts) the CLI's SQLite commands get the default file.
const sqliteUrl = process.env.DATABASE_URL.startsWith("file:") ? process.env.DATABASE_URL : "file:./data/qcdc.db";
mkdirSync(path.dirname(sqliteUrl.replace(/^file:/, "")), { recursive: true });

// `engine: "js"` makes the CLI use its bundled WebAssembly schema engine, so
// nothing is downloaded at install or run time (see docs/architecture.md).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () =>
    new PrismaBetterSQLite3({ url: sqliteUrl }),
});
