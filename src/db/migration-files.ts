import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/** Migration folder names (`<timestamp>_<name>` holding migration.sql), oldest first. */
export function listMigrations(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
}
