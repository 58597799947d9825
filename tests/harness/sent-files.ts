import type { InputFile } from "grammy";
import type { Db } from "../../src/db/client.js";
import { hashToken } from "../../src/files/tokens.js";
import type { SentMessage } from "./fake-telegram.js";

/** The public address the Zalo test channel publishes download links under (docs/files.md). */
export const TEST_PUBLIC_URL = "https://qcdc.test";

export interface SentFile {
  name: string;
  bytes: Uint8Array;
  /** The text that came with the file: the document's caption, or the message carrying the link. */
  caption: string;
}

const LINK = new RegExp(`${TEST_PUBLIC_URL.replace(/\./g, "\\.")}/f/([A-Za-z0-9_-]{43})/(\\S+)`);

/**
 * The file the bot sent among `sent`, on either platform: a Telegram document
 * (its upload), or on Zalo, which has no documents, the download link in a
 * message, read back from the database as the download route would serve it.
 */
export async function sentFiles(db: Db, sent: SentMessage[]): Promise<SentFile[]> {
  const files: SentFile[] = [];
  for (const m of sent) {
    if (m.method === "sendDocument") {
      const file = m.payload.document as InputFile;
      files.push({ name: file.filename ?? "", bytes: (await file.toRaw()) as Uint8Array, caption: m.text });
      continue;
    }
    const link = LINK.exec(m.text);
    const row = link ? await db.downloadLink.findUnique({ where: { tokenHash: hashToken(link[1]!) } }) : null;
    if (row) files.push({ name: row.name, bytes: new Uint8Array(row.bytes), caption: m.text });
  }
  return files;
}
