import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * PostgreSQL's own tools (Debian: `apt-get install postgresql-client`): a
 * `pg_dump --format=custom` copy is one consistent snapshot, compressed, and
 * restorable table by table. We call them rather than reimplement them.
 *
 * Prisma's URL carries parameters libpq rejects (`schema`, `connection_limit`…),
 * and a password on a command line is visible to every local user in `ps`:
 * the password goes in PGPASSWORD, `schema` becomes `--schema`, and only the
 * parameters libpq knows are passed on.
 */
const LIBPQ_PARAMS = new Set(["sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout", "application_name", "options", "target_session_attrs", "host", "port"]);

export interface PgTarget {
  /** The URL without password and without Prisma-only parameters. */
  url: string;
  env: NodeJS.ProcessEnv;
  schema: string | undefined;
}

export function pgTarget(databaseUrl: string): PgTarget {
  const u = new URL(databaseUrl);
  const password = decodeURIComponent(u.password);
  u.password = "";
  const schema = u.searchParams.get("schema") ?? undefined;
  for (const key of [...u.searchParams.keys()]) if (!LIBPQ_PARAMS.has(key)) u.searchParams.delete(key);
  return { url: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) }, schema };
}

export async function pgDump(databaseUrl: string, file: string): Promise<void> {
  const t = pgTarget(databaseUrl);
  const args = ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, ...(t.schema ? [`--schema=${t.schema}`] : []), `--dbname=${t.url}`];
  await run("pg_dump", args, { env: t.env, maxBuffer: 16 * 1024 * 1024 });
}

/** Replaces the database's objects with the dump's, in one transaction (all or nothing). */
export async function pgRestore(databaseUrl: string, file: string): Promise<void> {
  const t = pgTarget(databaseUrl);
  const args = ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${t.url}`, file];
  await run("pg_restore", args, { env: t.env, maxBuffer: 16 * 1024 * 1024 });
}

/** Other sessions on the same database (a running bot holds at least one). */
export async function pgOtherSessions(databaseUrl: string): Promise<number> {
  const t = pgTarget(databaseUrl);
  const sql = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()";
  const { stdout } = await run("psql", ["--no-psqlrc", "--tuples-only", "--no-align", `--command=${sql}`, `--dbname=${t.url}`], { env: t.env });
  return Number(stdout.trim());
}
