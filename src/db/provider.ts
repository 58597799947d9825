/**
 * Which database a DATABASE_URL names. SQLite (`file:`) is the embedded
 * default; PostgreSQL (`postgresql://`, `postgres://`) is for a province that
 * runs one managed server for many agencies or several bot instances.
 */
export type DbProvider = "sqlite" | "postgresql";

export function providerOf(databaseUrl: string): DbProvider {
  if (/^file:/.test(databaseUrl)) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return "postgresql";
  throw new Error(`unsupported DATABASE_URL scheme: ${databaseUrl.split(":")[0]}`);
}

/** Which database a generated client (or an open transaction of one) talks to: its own provider field. */
export function dbProviderOf(client: object): DbProvider {
  const p = (client as { _activeProvider?: string })._activeProvider;
  return p === "postgresql" || p === "postgres" ? "postgresql" : "sqlite";
}
