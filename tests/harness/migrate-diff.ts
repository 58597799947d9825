import { execFileSync } from "node:child_process";

/** The SQL `prisma migrate diff` writes to build the models of `schemaDir` from nothing (no database needed). */
export function migrateDiffFromEmpty(schemaDir: string): string {
  return execFileSync("npx", ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", schemaDir, "--script"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}
