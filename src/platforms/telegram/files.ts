/**
 * Downloads a file a person sent to the bot (Bot API `getFile` gives its path;
 * the bytes are at `<api root>/file/bot<token>/<path>`). Injected into
 * TelegramUi so that tests serve the bytes from the fake Bot API instead of the
 * network. The URL holds the token: it is never logged, and a failed download
 * throws an error without it.
 */
export type FileDownload = (filePath: string) => Promise<Uint8Array>;

export function telegramFileDownload(token: string, apiRoot = "https://api.telegram.org"): FileDownload {
  return async (filePath) => {
    const res = await fetch(`${apiRoot}/file/bot${token}/${filePath}`);
    if (!res.ok) throw new Error(`Telegram file download failed: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  };
}
