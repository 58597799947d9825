import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { Database } from "better-sqlite3";
import { installStatementCache } from "./sqlite-statement-cache.js";

/**
 * The better-sqlite3 adapter with every statement serialised behind an open
 * transaction (issue 14, finding 10).
 *
 * Why: the adapter runs everything on ONE connection, and its mutex only orders
 * transactions against each other. A plain statement from another update that
 * arrives while an interactive transaction is open (the duplicate-filter row, a
 * session write, the sender marking a message sent) ran inside that
 * transaction and was undone by its rollback; a plain read saw its uncommitted
 * rows. Here a plain statement waits until no transaction is open, so it is
 * its own (autocommitted) transaction.
 *
 * Why not a second connection for transactions (WAL + busy timeout):
 * better-sqlite3 is synchronous, so a write on the other connection waiting for
 * the lock would block the only thread — the one that must finish the open
 * transaction — until the busy timeout. Serialising in JavaScript costs one
 * promise per statement (docs/architecture.md, "Two databases").
 *
 * Consequence for code: inside `db.$transaction(async (tx) => …)` use `tx`, never
 * `db` — a statement on `db` there would wait for its own transaction (it
 * fails with the transaction's timeout instead of silently escaping it).
 */
type Factory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** A FIFO lock: `run(fn)` starts `fn` once every earlier holder has finished. */
class FifoLock {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves with a release function once the lock is held. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const turn = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return turn;
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

function serialise(inner: Adapter): Adapter {
  const lock = new FifoLock();
  const wrapped: Adapter = Object.create(inner) as Adapter;
  Object.assign(wrapped, {
    queryRaw: (q: Parameters<Adapter["queryRaw"]>[0]) => lock.run(() => inner.queryRaw(q)),
    executeRaw: (q: Parameters<Adapter["executeRaw"]>[0]) => lock.run(() => inner.executeRaw(q)),
    executeScript: (s: string) => lock.run(() => inner.executeScript(s)),
    dispose: () => inner.dispose(),
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    async startTransaction(isolationLevel?: Parameters<Adapter["startTransaction"]>[0]): Promise<Transaction> {
      const release = await lock.acquire();
      let tx: Transaction;
      try {
        tx = await inner.startTransaction(isolationLevel);
      } catch (err) {
        release();
        throw err;
      }
      const done = (end: () => Promise<void>) => async () => {
        try {
          await end();
        } finally {
          release();
        }
      };
      const txWrapped: Transaction = Object.create(tx) as Transaction;
      Object.assign(txWrapped, {
        queryRaw: tx.queryRaw.bind(tx),
        executeRaw: tx.executeRaw.bind(tx),
        commit: done(() => tx.commit()),
        rollback: done(() => tx.rollback()),
      });
      return txWrapped;
    },
  });
  return wrapped;
}

/**
 * The adapter keeps its better-sqlite3 connection as `client` (not in its
 * types): the durability setting is applied to it and the statement cache goes
 * under it (src/db/sqlite-statement-cache.ts).
 * Were a new adapter version to keep it elsewhere, the connection would work
 * as before, only uncached (tests/db/sqlite-statement-cache.test.ts notices).
 */
function prepareConnection(inner: Adapter, settings: ConnectionSettings): Adapter {
  const client = (inner as unknown as { client?: Database }).client;
  if (typeof client?.prepare === "function") {
    // Per connection, not stored in the file: set on every connect, before the cache takes over `prepare`.
    client.pragma(`synchronous = ${settings.synchronous === "full" ? "FULL" : "NORMAL"}`);
    installStatementCache(client);
  }
  return inner;
}

/** PRAGMA synchronous in WAL mode (src/db/client.ts, DbOptions; SQLITE_SYNCHRONOUS). */
export type SqliteSynchronous = "normal" | "full";

export interface ConnectionSettings {
  synchronous: SqliteSynchronous;
}

/** PrismaBetterSQLite3 whose connection serialises plain statements behind transactions and caches them. */
export function serialisedSqliteAdapter(config: ConstructorParameters<typeof PrismaBetterSQLite3>[0], settings: ConnectionSettings = { synchronous: "normal" }): Factory {
  const factory = new PrismaBetterSQLite3(config);
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  return Object.assign(Object.create(factory) as Factory, {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => serialise(prepareConnection(await connect(), settings)),
    connectToShadowDb: async () => serialise(prepareConnection(await connectToShadowDb(), settings)),
  });
}
