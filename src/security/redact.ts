/**
 * Secrets never leave the process (docs/architecture.md, "Secrets").
 *
 * Known secrets (the bot token, its secret part after the colon, the webhook
 * secret) are registered once at start-up; `redactSecrets` replaces them, and
 * anything shaped like a Telegram bot token or a `/bot<token>/` URL path, in
 * any text about to be logged, stored or printed (and the token of a download link). The logger runs every line
 * through it, the API client rewrites its errors with it, and the outbox
 * stores error texts only through it.
 */
const CENSOR = "[ẩn]";
const secrets = new Set<string>();
let ordered: string[] = [];

/** Any Telegram bot token (`<digits>:<35 url-safe chars>`), even one not registered. */
const TOKEN_SHAPE = /\d{5,}(?::|%3A)[A-Za-z0-9_-]{20,}/gi;
/** The token part of a Bot API URL (`…/bot<TOKEN>/sendMessage`). */
const BOT_PATH = /\/bot[^/\s"'`?#]+/g;
/** The token of a download link (`…/f/<token>/<name>`, docs/files.md): whoever reads a log must not open the file. */
const DOWNLOAD_PATH = /\/f\/[A-Za-z0-9_-]{20,}/g;

/** Registers a secret to be censored everywhere (ignored when too short to be one). */
export function registerSecret(secret: string | undefined): void {
  if (!secret || secret.length < 8) return;
  for (const form of [secret, encodeURIComponent(secret)]) secrets.add(form);
  // Longest first, so that the token is censored whole before its secret part.
  ordered = [...secrets].sort((a, b) => b.length - a.length);
}

/** Registers the bot token and its secret part (after the colon): either one lets someone act as the bot. */
export function registerBotToken(token: string): void {
  registerSecret(token);
  const colon = token.indexOf(":");
  if (colon > 0) registerSecret(token.slice(colon + 1));
}

export function redactSecrets(text: string): string {
  let out = text;
  for (const s of ordered) if (out.includes(s)) out = out.split(s).join(CENSOR);
  return out.replace(TOKEN_SHAPE, CENSOR).replace(BOT_PATH, `/bot${CENSOR}`).replace(DOWNLOAD_PATH, `/f/${CENSOR}`);
}

/** A plain, censored description of anything thrown: never the object itself (an error may hold a `ctx` with the bot's token). */
export function describeError(err: unknown): { name: string; message: string; stack?: string; code?: string } {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    const cause = (err as { error?: unknown }).error ?? err.cause;
    const message = cause instanceof Error && cause !== err ? `${err.message} (${cause.message})` : err.message;
    return {
      name: err.name,
      message: redactSecrets(message),
      ...(err.stack ? { stack: redactSecrets(err.stack) } : {}),
      ...(typeof code === "string" || typeof code === "number" ? { code: String(code) } : {}),
    };
  }
  return { name: typeof err, message: redactSecrets(safeString(err)) };
}

function safeString(v: unknown): string {
  try {
    return typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}
