import type { StorageAdapter } from "grammy";
import type { Db } from "../db/client.js";

/**
 * The session of a person's private chat with the bot. Groups have no session
 * (nothing personal happens there). One function, because a group button may
 * prepare the presser's private session (commands/hop-attendance.ts).
 */
export function privateSessionKey(platform: string, userId: string): string {
  return `${platform}:${userId}`;
}

/**
 * grammY session storage in our own database, so a half-finished dialogue
 * survives a restart without another service to run. (The official
 * @grammyjs/storage-prisma expects the classic Prisma client; this is the same
 * idea in ten lines over our generated client.)
 */
export function prismaSessionStorage<T>(db: Db): StorageAdapter<T> {
  return {
    async read(key) {
      const row = await db.sessionEntry.findUnique({ where: { key } });
      return row ? (JSON.parse(row.value) as T) : undefined;
    },
    async write(key, value) {
      const json = JSON.stringify(value);
      await db.sessionEntry.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
    },
    async delete(key) {
      await db.sessionEntry.deleteMany({ where: { key } });
    },
  };
}
