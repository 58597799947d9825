import type { MiddlewareFn } from "grammy";
import type { Message, MessageEntity } from "grammy/types";
import type { BotContext } from "./context.js";
import { repairStrings } from "../format/unicode.js";

/**
 * The first middleware: every update is made regular before anything reads
 * it (docs/architecture.md, "Untrusted text").
 *
 * 1. Every string in the update is repaired to well-formed UTF-16 (see
 *    `format/unicode.ts`), so no lone surrogate reaches the database.
 * 2. A leading command is put in the one form grammY's `command()` matches
 *    (it compares case-sensitively and wants the command token to end where
 *    the entity ends): `/Tiendo`, `/TIENDO` → `/tiendo`;
 *    `/kehoach@<this bot>@x` → `/kehoach` (the glued `@x` dropped); a photo captioned `/trogiup` is
 *    read as the command `/trogiup`. A command addressed to another bot is
 *    left alone. The command guard reads the same normalised text.
 */
export function normalizeInput(): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    repairStrings(ctx.update);
    const msg = ctx.update.message ?? ctx.update.edited_message ?? ctx.update.channel_post;
    if (msg) {
      if (msg === ctx.update.message) captionCommandAsText(msg);
      normalizeCommand(msg, ctx.me.username);
    }
    return next();
  };
}

/** A photo or document whose caption starts with a command is that command. */
function captionCommandAsText(msg: Message): void {
  const first = msg.caption_entities?.[0];
  if (msg.text !== undefined || !msg.caption || first?.type !== "bot_command" || first.offset !== 0) return;
  const m = msg as { text?: string; entities?: MessageEntity[]; caption?: string; caption_entities?: MessageEntity[] };
  m.text = msg.caption;
  m.entities = msg.caption_entities;
  delete m.caption;
  delete m.caption_entities;
}

function normalizeCommand(msg: Message, botUsername: string): void {
  const text = msg.text;
  const entities = msg.entities;
  const first = entities?.[0];
  if (text === undefined || !entities || first?.type !== "bot_command" || first.offset !== 0 || first.length < 2) return;
  const token = text.slice(1, first.length);
  const [name = "", target] = token.split("@");
  if (target !== undefined && target.toLowerCase() !== botUsername.toLowerCase()) return; // another bot's command
  const head = `/${name.toLowerCase()}`;
  // A malformed address glued to the token (`@x`, inside the entity or right after it) is part of
  // the one word the person typed, not an argument: dropped with it.
  const rest = text.slice(first.length).replace(/^@\S*/, "");
  const replaced = head + rest;
  if (replaced === text) return;
  const shift = replaced.length - text.length;
  const oldEnd = first.length;
  const kept = entities.slice(1).filter((e) => e.offset >= oldEnd).map((e) => ({ ...e, offset: e.offset + shift }));
  const m = msg as { text: string; entities: MessageEntity[] };
  m.text = replaced;
  m.entities = [{ ...first, length: head.length }, ...kept];
}
