import { createLogger, type Logger } from "../../src/logger.js";

/** A real logger (the app's, with its redaction) whose every line is kept for the test to read. */
export function captureLogger(): { logger: Logger; lines: string[]; text: () => string } {
  const lines: string[] = [];
  const logger = createLogger("trace", { write: (s: string) => void lines.push(s) });
  return { logger, lines, text: () => lines.join("") };
}
