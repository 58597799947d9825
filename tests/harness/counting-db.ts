import type { Db } from "../../src/db/client.js";

/** The same client, counting every Prisma operation it runs (a constant count means no N+1). */
export function countingDb(db: Db): { db: Db; count: () => number; reset: () => void } {
  let n = 0;
  const extended = db.$extends({
    query: {
      $allOperations({ args, query }) {
        n++;
        return query(args);
      },
    },
  });
  return { db: extended as unknown as Db, count: () => n, reset: () => void (n = 0) };
}
