import type { Database, Statement } from "better-sqlite3";

/**
 * A cache of prepared statements under Prisma's better-sqlite3 adapter
 * (issue 15, the cost of one update).
 *
 * Why: the adapter calls `client.prepare(sql).bind(args)` for every statement
 * (and `client.prepare("BEGIN").run()` for every transaction), so SQLite
 * compiles the same few hundred SQL texts again and again; a CPU profile of
 * /baocao put the Statement constructor at 6–7 % of all CPU. A better-sqlite3
 * Statement can be bound only once, so the real statements cannot be handed
 * to the adapter as they are: `prepare` returns a facade instead, and the
 * parameters travel with each call (`stmt.run(args)`, `stmt.raw(true).all(args)`:
 * an array is bound as the anonymous `?` parameters).
 *
 * What the adapter uses, and so what the facade offers (its dist/index.mjs,
 * every use of `this.client`): `prepare(sql).bind(args)` then `reader`,
 * `columns()`, `run()` and `raw().all()`; `prepare("BEGIN").run()`; `exec`
 * and `close`, which are not touched. Statements inherit
 * `defaultSafeIntegers(true)` when prepared, as before.
 *
 * Errors: a failing prepare (bad SQL) throws from `prepare` as before and
 * nothing is cached; a statement whose execution throws (a constraint
 * violation) is dropped from the cache and the error is rethrown unchanged,
 * so the adapter converts it into Prisma's error exactly as without the cache.
 */

/**
 * 256 entries: the bot's whole statement set fits with room to spare (Prisma's
 * SQL text depends only on the query's shape; an `IN (?, …)` list of another
 * length is another text, which is what the headroom is for), and a compiled
 * statement costs a few KB of SQLite memory, so the bound keeps the cache near
 * a megabyte however many shapes a long run produces.
 */
export const STATEMENT_CACHE_SIZE = 256;

type Params = unknown[];

/** What `bind(args)` returns: one execution of the cached statement with these parameters. */
class BoundStatement {
  private rawMode = false;

  constructor(
    private readonly cache: StatementCache,
    private readonly sql: string,
    private readonly stmt: Statement,
    private readonly args: Params,
  ) {}

  get reader(): boolean {
    return this.stmt.reader;
  }

  columns(): ReturnType<Statement["columns"]> {
    return this.cache.columnsOf(this.stmt);
  }

  raw(toggle = true): this {
    this.rawMode = toggle;
    return this;
  }

  run(): ReturnType<Statement["run"]> {
    return this.cache.guard(this.sql, this.stmt, () => this.stmt.run(this.args));
  }

  all(): unknown[] {
    // The cached statement keeps its raw mode from the previous call: set it every time.
    return this.cache.guard(this.sql, this.stmt, () => this.stmt.raw(this.rawMode).all(this.args));
  }
}

/** What `prepare(sql)` returns: bind once, or run without parameters ("BEGIN"). */
class CachedStatement {
  constructor(
    private readonly cache: StatementCache,
    private readonly sql: string,
    private readonly stmt: Statement,
  ) {}

  get reader(): boolean {
    return this.stmt.reader;
  }

  bind(args: Params): BoundStatement {
    return new BoundStatement(this.cache, this.sql, this.stmt, args);
  }

  run(): ReturnType<Statement["run"]> {
    return this.cache.guard(this.sql, this.stmt, () => this.stmt.run());
  }
}

class StatementCache {
  /** Insertion order is recency: a hit moves its entry to the end, the first entry is the oldest. */
  private readonly statements = new Map<string, Statement>();
  private readonly columns = new WeakMap<Statement, ReturnType<Statement["columns"]>>();

  constructor(
    private readonly realPrepare: (sql: string) => Statement,
    private readonly capacity: number,
  ) {}

  prepare(sql: string): CachedStatement {
    let stmt = this.statements.get(sql);
    if (stmt) {
      this.statements.delete(sql);
    } else {
      stmt = this.realPrepare(sql);
      if (this.statements.size >= this.capacity) this.statements.delete(this.statements.keys().next().value!);
    }
    this.statements.set(sql, stmt);
    return new CachedStatement(this, sql, stmt);
  }

  /**
   * A statement's result columns, asked of SQLite once: `columns()` builds a
   * fresh array of objects on every call (2 % of a busy bot's CPU). The columns
   * of a prepared statement change only with the schema, which the migrations
   * settle before the first statement; the adapter reads names and declared
   * types from them and never changes them.
   */
  columnsOf(stmt: Statement): ReturnType<Statement["columns"]> {
    let columns = this.columns.get(stmt);
    if (!columns) this.columns.set(stmt, (columns = stmt.columns()));
    return columns;
  }

  /** Runs `fn`; if it throws, the statement leaves the cache (the next use prepares afresh). */
  guard<T>(sql: string, stmt: Statement, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      if (this.statements.get(sql) === stmt) this.statements.delete(sql);
      throw err;
    }
  }

  get size(): number {
    return this.statements.size;
  }
}

/** A better-sqlite3 connection whose `prepare` goes through the cache (the handle the tests read). */
export interface CachedConnection {
  /** How many statements are cached now. */
  readonly cachedStatements: number;
}

/**
 * Replaces `db.prepare` (on this connection only) with the caching one.
 * Only the adapter may use the connection afterwards: its `prepare` no longer
 * returns real Statements.
 */
export function installStatementCache(db: Database, capacity = STATEMENT_CACHE_SIZE): CachedConnection {
  // Looked up on each miss rather than captured: the prototype's is the real one.
  const proto = Object.getPrototypeOf(db) as Database;
  const realPrepare = (sql: string) => proto.prepare.call(db, sql) as Statement;
  const cache = new StatementCache(realPrepare, capacity);
  Object.defineProperty(db, "prepare", { value: (sql: string) => cache.prepare(sql), configurable: true, writable: true });
  return {
    get cachedStatements() {
      return cache.size;
    },
  };
}
