import { ConfigError, loadConfig } from "../../src/config.js";

/**
 * The ConfigError that `loadConfig(env)` throws, for the tests that read its
 * message (which variable, which value). A configuration that loads, or any
 * other error, fails the test.
 */
export function configErrorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error("expected a ConfigError");
}
