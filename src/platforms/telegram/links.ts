/** A link that opens the private chat with a Telegram bot, with an optional start payload. */
export function telegramPrivateLink(botUsername: string, payload?: string): string {
  return `https://t.me/${botUsername}${payload ? `?start=${payload}` : ""}`;
}
