import { translate } from "../i18n/translator.js";
import type { Logger } from "../logger.js";

/**
 * Without PUBLIC_URL there are no download links (`FileLinks` is absent). On
 * a platform without documents (Zalo) the UI then calls
 * `fileLinksUnavailable`: the person gets a clear answer, and the
 * administrator reads in the log what to set, at the moment it matters (a
 * Telegram-only bot never needs PUBLIC_URL and is not nagged for it).
 */
export const MISSING_PUBLIC_URL_HINT =
  "PUBLIC_URL is not set: a file could not be sent to a platform without documents (Zalo). " +
  "Set PUBLIC_URL=https://<public address of this bot> and route it through an https reverse proxy to PORT (docs/files.md, docs/deploy.md)";

/** Logs what the administrator must set and returns the Vietnamese answer for the person who asked. */
export function fileLinksUnavailable(logger: Logger, fileName: string): string {
  logger.warn({ setting: "PUBLIC_URL" }, MISSING_PUBLIC_URL_HINT);
  return fileLinksUnavailableText(fileName);
}

export function fileLinksUnavailableText(fileName: string): string {
  return translate("files-link-unavailable", { name: fileName });
}
