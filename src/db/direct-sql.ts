import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, SqlQueryable, Transaction } from "@prisma/driver-adapter-utils";
import { Prisma } from "../generated/prisma/client.js";
import type { Db, Tx } from "./types.js";
import { dbProviderOf, type DbProvider } from "./provider.js";
import { decodeRows, toArgTypes } from "./direct-sql-values.js";

/**
 * Raw SQL run on Prisma's driver adapter itself, below the Prisma client
 * (issue 15, the cost of one update).
 *
 * Why: a `$queryRaw` is cheap for the database (~15 µs in better-sqlite3) but
 * not for the client: it is serialised, compiled by the WebAssembly query
 * compiler, interpreted and deserialised, ~100 µs of CPU apiece on the 2-core
 * reference machine. The handful of statements every update runs (its start,
 * the duplicate filter, the period roll, a one-line report, the plan views)
 * take this path instead: the same adapter, the same connection(s), the same
 * argument and value conversions (direct-sql-values.ts mirrors the client's),
 * so a row reads back exactly as through `$queryRaw`
 * (tests/db/direct-sql.test.ts compares them on both databases).
 *
 * - Plain statements go to the adapter Prisma connected. On SQLite that is the
 *   serialised adapter (sqlite-serialised.ts), so a plain statement still waits
 *   for an open transaction instead of joining it.
 * - Inside `transactionWithSql(db, (tx, sql) => …)` on SQLite, `sql` runs on
 *   the adapter transaction Prisma opened for `tx`: SQLite has one connection
 *   and one transaction open at a time (the serialised adapter's lock), so the
 *   transaction open while the callback runs is that one. Model-API statements
 *   on `tx` and direct ones on `sql` are one transaction, committed or rolled
 *   back together.
 * - On PostgreSQL several transactions are open at once, each on its own pool
 *   connection, and nothing public ties Prisma's `tx` to its adapter
 *   transaction (an AsyncLocalStorage around `$transaction` would, but on
 *   Node 20 it switches on promise hooks for every promise of the process:
 *   measured at +5 % CPU and more garbage collection). There `sql` inside a
 *   transaction is `$queryRaw` on `tx`; plain statements are direct. A round
 *   trip to the server costs more than the client's work anyway.
 * - `rawTransaction(db, (sql) => …)`, for a transaction of direct statements
 *   only: on SQLite BEGIN … COMMIT straight on the adapter, without Prisma's
 *   transaction manager; elsewhere `transactionWithSql`.
 * - Where no adapter is known (a client not made by createDb, or an open
 *   transaction passed as `db`), everything falls back to `$queryRaw` on what
 *   was given: slower, never wrong.
 *
 * Errors are the adapter's (`DriverAdapterError`), not Prisma's coded errors:
 * only statements whose failures nobody handles by code belong here.
 */

export interface Sql {
  readonly provider: DbProvider;
  /** Runs on the adapter, below the client (false: the `$queryRaw` fallback). */
  readonly direct: boolean;
  query<T = Record<string, unknown>>(q: Prisma.Sql): Promise<T[]>;
  execute(q: Prisma.Sql): Promise<number>;
}

type Queryable = Pick<SqlQueryable, "queryRaw" | "executeRaw">;
interface RawClient {
  $queryRaw<T>(q: Prisma.Sql): Promise<T>;
  $executeRaw(q: Prisma.Sql): Promise<number>;
  $connect(): Promise<void>;
}

type TransactionOptions = Parameters<Db["$transaction"]>[1];

class AdapterSql implements Sql {
  readonly direct = true;

  constructor(
    readonly provider: DbProvider,
    private readonly on: () => Queryable | Promise<Queryable>,
  ) {}

  async query<T>(q: Prisma.Sql): Promise<T[]> {
    return decodeRows(await (await this.on()).queryRaw(this.toQuery(q))) as T[];
  }

  async execute(q: Prisma.Sql): Promise<number> {
    return (await this.on()).executeRaw(this.toQuery(q));
  }

  private toQuery(q: Prisma.Sql): SqlQuery {
    return { sql: this.provider === "postgresql" ? q.text : q.sql, args: q.values, argTypes: toArgTypes(q.values) };
  }
}

/** The fallback: the same interface over `$queryRaw` on a client or an open transaction. */
class ClientSql implements Sql {
  readonly direct = false;

  constructor(
    readonly provider: DbProvider,
    private readonly client: Pick<RawClient, "$queryRaw" | "$executeRaw">,
  ) {}

  query<T>(q: Prisma.Sql): Promise<T[]> {
    return this.client.$queryRaw<T[]>(q);
  }

  execute(q: Prisma.Sql): Promise<number> {
    return this.client.$executeRaw(q);
  }
}

/** The adapter Prisma connected for one client, and the direct runner over it. */
class DirectConnection {
  private adapter: SqlDriverAdapter | undefined;
  /** SQLite: the one transaction open now (the serialised adapter's lock allows no other). */
  openTransaction: Transaction | undefined;
  readonly plain: Sql;
  client: RawClient | undefined;

  constructor(
    readonly provider: DbProvider,
    private readonly onStatement?: (sql: string) => void,
  ) {
    this.plain = new AdapterSql(provider, () => this.adapter ?? this.connect());
  }

  async startTransaction(): Promise<Transaction> {
    return (this.adapter ?? (await this.connect())).startTransaction();
  }

  private async connect(): Promise<SqlDriverAdapter> {
    await this.client!.$connect();
    if (!this.adapter) throw new Error("direct SQL: Prisma connected without the adapter factory createDb gave it");
    return this.adapter;
  }

  /** The factory Prisma receives: it records the adapter it connects and, on SQLite, which transaction is open. */
  wrap<F extends SqlDriverAdapterFactory>(factory: F): F {
    const connect = factory.connect.bind(factory);
    return Object.assign(Object.create(factory) as F, {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => {
        const adapter = this.recording(await connect());
        this.adapter = adapter;
        return adapter;
      },
    });
  }

  private recording(inner: SqlDriverAdapter): SqlDriverAdapter {
    const adapter = Object.create(inner) as SqlDriverAdapter;
    return Object.assign(adapter, {
      provider: inner.provider,
      adapterName: inner.adapterName,
      ...this.counted(inner),
      executeScript: inner.executeScript.bind(inner),
      getConnectionInfo: inner.getConnectionInfo?.bind(inner),
      startTransaction: async (isolationLevel?: Parameters<SqlDriverAdapter["startTransaction"]>[0]) => {
        const tx = this.withCounting(await inner.startTransaction(isolationLevel));
        return this.provider === "sqlite" ? this.tracked(tx) : tx;
      },
      dispose: async () => {
        if (this.adapter === adapter) this.adapter = undefined;
        await inner.dispose();
      },
    });
  }

  /** `tx`, known as the open transaction until it commits or rolls back. */
  private tracked(tx: Transaction): Transaction {
    const end = (finish: () => Promise<void>) => async () => {
      if (this.openTransaction === wrapped) this.openTransaction = undefined;
      await finish();
    };
    const wrapped: Transaction = Object.assign(Object.create(tx) as Transaction, {
      queryRaw: tx.queryRaw.bind(tx),
      executeRaw: tx.executeRaw.bind(tx),
      commit: end(() => tx.commit()),
      rollback: end(() => tx.rollback()),
    });
    this.openTransaction = wrapped;
    return wrapped;
  }

  /** queryRaw and executeRaw of `q`, reporting each statement to `onStatement` when there is one (tests count them). */
  private counted(q: Queryable): Queryable {
    const report = this.onStatement;
    if (!report) return { queryRaw: q.queryRaw.bind(q), executeRaw: q.executeRaw.bind(q) };
    return {
      queryRaw: (query) => (report(query.sql), q.queryRaw(query)),
      executeRaw: (query) => (report(query.sql), q.executeRaw(query)),
    };
  }

  private withCounting(tx: Transaction): Transaction {
    if (!this.onStatement) return tx;
    return Object.assign(Object.create(tx) as Transaction, this.counted(tx), { commit: tx.commit.bind(tx), rollback: tx.rollback.bind(tx) });
  }
}

const connections = new WeakMap<object, DirectConnection>();

/**
 * Builds a Prisma client (`make`) on the adapter factory wrapped so that
 * `sqlOf(client)` and `transactionWithSql(client, …)` reach the adapter it connects.
 */
export function withDirectSql<C extends RawClient, F extends SqlDriverAdapterFactory>(
  provider: DbProvider,
  factory: F,
  make: (factory: F) => C,
  onStatement?: (sql: string) => void,
): C {
  const connection = new DirectConnection(provider, onStatement);
  const client = make(connection.wrap(factory));
  connection.client = client;
  connections.set(client, connection);
  return client;
}

/** Plain statements on `db` (each autocommitted), direct on the adapter when it is known. */
export function sqlOf(db: object): Sql {
  return connections.get(db)?.plain ?? new ClientSql(dbProviderOf(db), db as RawClient);
}

/**
 * `db.$transaction(fn)` whose callback also gets `sql`: raw statements in the
 * same transaction, direct on the adapter (see the file's comment).
 */
export function transactionWithSql<T>(db: Db, fn: (tx: Tx, sql: Sql) => Promise<T>, options?: TransactionOptions): Promise<T> {
  const connection = connections.get(db);
  const provider = connection?.provider ?? dbProviderOf(db);
  return db.$transaction((tx) => {
    const open = provider === "sqlite" ? connection?.openTransaction : undefined;
    if (!open) return fn(tx, new ClientSql(provider, tx as unknown as RawClient));
    // Once Prisma has ended it (its timeout), a statement must fail, not run outside any transaction.
    const still = () => {
      if (connection!.openTransaction !== open) throw new Error("direct SQL: the transaction has already ended");
      return open;
    };
    return fn(tx, new AdapterSql(provider, still));
  }, options);
}

const statement = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

/**
 * A transaction of direct statements only. On SQLite it skips Prisma's
 * interactive-transaction machinery (its manager, timers and the client's
 * COMMIT, ~0.2 ms a transaction): BEGIN through the serialised adapter (which
 * takes its lock, as Prisma's would), the statements, then COMMIT as Prisma
 * sends it, or ROLLBACK when `fn` or the COMMIT fails, so the lock is never
 * released with a transaction open. No timeout: `fn` is a few statements of
 * our own, never a wait on anything else. Elsewhere it is `transactionWithSql`.
 */
export async function rawTransaction<T>(db: Db, fn: (sql: Sql) => Promise<T>): Promise<T> {
  const connection = connections.get(db);
  if (connection?.provider !== "sqlite") return transactionWithSql(db, (_tx, sql) => fn(sql));
  const tx = await connection.startTransaction();
  let result: T;
  try {
    result = await fn(new AdapterSql("sqlite", () => tx));
    await tx.executeRaw(statement("COMMIT"));
  } catch (err) {
    // The original error is the one to report; a failing ROLLBACK (a closed connection) says less.
    await tx.executeRaw(statement("ROLLBACK")).catch(() => undefined);
    await tx.rollback();
    throw err;
  }
  await tx.commit();
  return result;
}
