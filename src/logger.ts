import { pino, type Logger, type DestinationStream } from "pino";
import { describeError, redactSecrets } from "./security/redact.js";

export type { Logger };

/**
 * Structured JSON logs (pino). Paths that could carry chat content or
 * identities of people are redacted everywhere; the update logger and the
 * error boundary additionally skip anonymous-feedback updates entirely
 * (see docs/anonymity.md).
 *
 * Secrets are censored twice: errors are serialised to plain censored fields
 * (never the object, which may hold the bot), and every finished line, at
 * every level, passes through `redactSecrets` before it is written.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: "qcdc-bot" },
      redact: {
        paths: ["token", "botToken", "*.token", "payload.text", "*.text", "update.message.text"],
        censor: "[ẩn]",
      },
      serializers: { err: describeError },
      hooks: { streamWrite: redactSecrets },
    },
    destination,
  );
}
