import type { BotContext } from "../../src/bot/context.js";
import { platformUser } from "../../src/bot/platform.js";
import { Choices } from "../../src/chat/message.js";
import { foldTyped } from "../../src/format/typed-word.js";
import { erasableOf } from "./erasable.js";
import { draftKey } from "./gopy-drafts.js";

/** The action of the "delete this message" choice (Telegram: the button's callback data). */
export const DELETE_ACTION = "gopy:del";

/** The in-memory key of this person (platform and id): never stored (docs/anonymity.md). */
export function userId(ctx: BotContext): string {
  return draftKey(platformUser(ctx)!);
}

/** The platform's name as people know it, for the texts that say what it keeps ("Zalo vẫn biết…"). */
export function platformName(ctx: BotContext): string {
  return ctx.ui.capabilities.platform === "zalo" ? "Zalo" : "Telegram";
}

/** "xóa" (also "xoa", "Xóa."): the typed form of "delete this message". */
export function isEraseWord(text: string | undefined): boolean {
  return text !== undefined && foldTyped(text).replace(/[.!]+$/, "") === "xoa";
}

/**
 * A receipt or a status answer: on a platform that can delete, with the
 * "delete this message" choice (typed: "xóa"), and remembered in memory so
 * that typing "xóa" finds it.
 */
export async function sayErasable(ctx: BotContext, text: string, buttonKey: string): Promise<void> {
  if (!ctx.ui.capabilities.deleting) return void (await ctx.ui.say(text));
  const choices = new Choices().text(ctx.t(buttonKey), DELETE_ACTION, "xóa");
  erasableOf(ctx.app).add(userId(ctx), await ctx.ui.say(text, { choices }));
}

/** Typed "xóa": the receipts and status answers still shown, and the "xóa" itself. */
export async function eraseShown(ctx: BotContext): Promise<void> {
  const ids = erasableOf(ctx.app).take(userId(ctx));
  await ctx.ui.deleteMessages([...ids, ctx.msg!.message_id]);
}

