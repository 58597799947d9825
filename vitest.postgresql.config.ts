import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

/**
 * `npm run test:pg`: the service, scheduler and messaging tests (and the
 * PostgreSQL-only ones in tests/db) on PostgreSQL. Needs TEST_POSTGRESQL_URL,
 * an admin URL of a server (scripts/postgres-test-server.sh start prints one);
 * each test file gets its own database copied from a migrated template.
 * (Not mergeConfig: it would append to the base `include` instead of replacing it.)
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tests/services/**/*.test.ts", "tests/scheduler/**/*.test.ts", "tests/messaging/**/*.test.ts", "tests/db/**/*.test.ts"],
    globalSetup: ["tests/harness/postgres-global-setup.ts"],
    env: { TEST_DATABASE: "postgresql" },
    // Each statement is a round trip to a server (in-process on SQLite).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
