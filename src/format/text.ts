/** Cleans free text typed in chat: NFC, trimmed lines, no runs of blank lines. */
export function tidyText(text: string): string {
  return text
    .normalize("NFC")
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Telegram's limit for one message; Zalo's is 2,000 (design §8), so long texts are split on line breaks. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

/** Splits text into chunks of at most `limit` characters, breaking between lines where possible. */
export function splitMessage(text: string, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  if (text.length <= limit) return [text];
  const chunks: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    if (current) chunks.push(current);
    let rest = line;
    while (rest.length > limit) {
      chunks.push(rest.slice(0, limit));
      rest = rest.slice(limit);
    }
    current = rest;
  }
  if (current) chunks.push(current);
  return chunks;
}
