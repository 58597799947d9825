import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import type { ChatFile } from "../chat/message.js";
import type { FileLinks } from "../chat/ui.js";
import { hashToken, newToken } from "./tokens.js";

export const DOWNLOAD_PREFIX = "/f/";
export const DEFAULT_LINK_DAYS = 7;
const DAY_MS = 86_400_000;

export interface FileLinkOptions {
  db: Db;
  clock: Clock;
  /** https address of the bot's HTTP server, no trailing slash (PUBLIC_URL). */
  publicUrl: string;
  /** Lifetime of a link (FILE_LINK_DAYS, default 7). */
  linkDays?: number;
}

/**
 * `FileLinks` backed by the database (docs/files.md): every published file
 * gets its own unguessable link `${PUBLIC_URL}/f/<token>/<file name>`, valid
 * for `linkDays` and readable any number of times (Zalo fetches a picture URL
 * several times; one deleted after the first read shows as a black box).
 * The link is returned to the caller and written nowhere else: not in a log,
 * not in the database (which holds only the token's hash).
 */
export class DbFileLinks implements FileLinks {
  constructor(private readonly o: FileLinkOptions) {}

  async publish(file: ChatFile): Promise<string> {
    const token = newToken();
    const expiresAt = new Date(this.o.clock.now().getTime() + (this.o.linkDays ?? DEFAULT_LINK_DAYS) * DAY_MS);
    await this.o.db.downloadLink.create({
      data: { tokenHash: hashToken(token), name: file.name, mime: file.mime, bytes: Buffer.from(file.bytes), expiresAt },
    });
    return `${this.o.publicUrl}${DOWNLOAD_PREFIX}${token}/${encodeURIComponent(file.name)}`;
  }
}

/** Deletes the expired links (the purge job); returns how many. */
export async function purgeExpiredLinks(db: Pick<Db, "downloadLink">, now: Date): Promise<number> {
  const { count } = await db.downloadLink.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
