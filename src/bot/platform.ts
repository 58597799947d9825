import type { Context } from "grammy";
import type { PlatformChat, PlatformUser } from "../services/roster.js";

/** Telegram's platform name in the database; Zalo will use "zalo". */
export const TELEGRAM = "telegram";

export function platformUser(ctx: Context): PlatformUser | undefined {
  return ctx.from ? { platform: TELEGRAM, userId: String(ctx.from.id) } : undefined;
}

export function platformChat(ctx: Context): PlatformChat | undefined {
  const chat = ctx.chat;
  if (!chat) return undefined;
  const title = "title" in chat && chat.title ? chat.title : "";
  return { platform: TELEGRAM, chatId: String(chat.id), title };
}

export function isPrivate(ctx: Context): boolean {
  return ctx.chat?.type === "private";
}

export function isGroup(ctx: Context): boolean {
  return ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
}
