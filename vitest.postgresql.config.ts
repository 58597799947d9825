import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

/**
 * `npm run test:pg`: the service, scheduler and messaging tests (and the
 * PostgreSQL-only ones in tests/db) on PostgreSQL. Needs TEST_POSTGRESQL_URL,
 * an admin URL of a server (scripts/postgres-test-server.sh start prints one);
 * each test gets its own database copied from a migrated template.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ["tests/services/**/*.test.ts", "tests/scheduler/**/*.test.ts", "tests/messaging/**/*.test.ts", "tests/db/**/*.test.ts"],
      globalSetup: ["tests/harness/postgres-global-setup.ts"],
      env: { TEST_DATABASE: "postgresql" },
    },
  }),
);
