import pg from "pg";
import { applyMigrations } from "../../src/db/migrate.js";
import { databaseUrl, psql } from "./test-db.js";

/**
 * For `npm run test:pg`: migrates one template database with the app's own
 * applier (src/db/migrate-postgresql.ts); every test database is a copy of it
 * (CREATE DATABASE … TEMPLATE, far cheaper than migrating each time).
 */
export default async function setup(): Promise<() => Promise<void>> {
  const admin = process.env.TEST_POSTGRESQL_URL;
  if (!admin) {
    throw new Error(
      "TEST_POSTGRESQL_URL is not set: start a server with `scripts/postgres-test-server.sh start` and pass the URL it prints",
    );
  }
  const template = `qcdc_template_${process.pid}`;
  psql(admin, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  psql(admin, `CREATE DATABASE "${template}"`);
  await applyMigrations(databaseUrl(admin, template));
  process.env.TEST_DATABASE = "postgresql";
  process.env.TEST_POSTGRESQL_TEMPLATE = template;
  return async () => {
    // The template and every test database copied from it (named after it).
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $1 || '\\_t\\_%'`,
      [template],
    );
    await client.end();
    for (const { datname } of rows) psql(admin, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  };
}
