import type { Context } from "grammy";
import type { PlatformChat, PlatformUser } from "../services/roster.js";

/** Telegram's platform name in the database. */
export const TELEGRAM = "telegram";
/** The Zalo Bot Platform's name in the database (ids are its hex strings). */
export const ZALO = "zalo";

/** The platform this update came from: set by createBot's first middleware (Telegram when absent). */
export function platformOf(ctx: Context): string {
  return (ctx as { platform?: string }).platform ?? TELEGRAM;
}

/**
 * What identifies the update for the duplicate filter: Telegram's update id,
 * or the Zalo message id (Zalo has no update id; see platforms/zalo/adapt.ts).
 */
export function updateKey(ctx: Context): string {
  const zalo = (ctx.update as { zalo?: { messageId: string } }).zalo;
  return zalo ? zalo.messageId : String(ctx.update.update_id);
}

export function platformUser(ctx: Context): PlatformUser | undefined {
  return ctx.from ? { platform: platformOf(ctx), userId: String(ctx.from.id) } : undefined;
}

export function platformChat(ctx: Context): PlatformChat | undefined {
  const chat = ctx.chat;
  if (!chat) return undefined;
  const title = "title" in chat && chat.title ? chat.title : "";
  return { platform: platformOf(ctx), chatId: String(chat.id), title };
}

export function isPrivate(ctx: Context): boolean {
  return ctx.chat?.type === "private";
}

export function isGroup(ctx: Context): boolean {
  return ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
}
