import { pino, type Logger, type DestinationStream } from "pino";

export type { Logger };

/**
 * Structured JSON logs (pino). Paths that could carry chat content or
 * identities of people are redacted everywhere; the update logger and the
 * error boundary additionally skip anonymous-feedback updates entirely
 * (see docs/anonymity.md).
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
    },
    destination,
  );
}
