import type { Logger } from "../logger.js";

/**
 * Last-resort handlers for errors that escaped every other handler. Node's
 * default prints the raw error, which can hold the bot object and its token;
 * here it goes to the logger as `err`, whose serializer censors it.
 *
 * Decision (docs/architecture.md, "Failures"):
 * - an unhandled promise rejection is logged (censored) and the process goes
 *   on: it comes from a detached piece of async work that already ended, and
 *   the rest of the process is intact;
 * - an uncaught exception is logged (censored) and the process exits with
 *   code 1: a synchronous throw that unwound the whole stack may have left
 *   state half-changed (Node's own guidance), so a clean restart by the
 *   supervisor is safer. Updates are confirmed to Telegram only once handled,
 *   so none is lost by that restart.
 */
export function installProcessGuards(logger: Logger, exit: (code: number) => void = (c) => process.exit(c)): void {
  process.on("unhandledRejection", (reason) => {
    logger.error({ err: reason }, "unhandled promise rejection (kept running)");
  });
  process.on("uncaughtException", (err) => {
    logger.fatal({ err }, "uncaught exception: exiting for a clean restart");
    exit(1);
  });
}
