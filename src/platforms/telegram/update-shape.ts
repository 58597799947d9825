import { z } from "zod";
import type { Update } from "grammy/types";

/**
 * The basic shape of a Telegram update, checked before grammY sees it: the
 * fields the bot's middleware reads without asking (`update_id`, a message's
 * `chat`, a callback's `from`) must be there with the right types. Everything
 * else passes through untouched (loose objects), so a field Telegram adds
 * later is no reason to refuse an update.
 */
const user = z.looseObject({ id: z.number().int(), is_bot: z.boolean(), first_name: z.string() });
const chat = z.looseObject({ id: z.number().int(), type: z.enum(["private", "group", "supergroup", "channel"]) });
const entity = z.looseObject({ type: z.string(), offset: z.number().int().min(0), length: z.number().int().min(0) });
const message = z.looseObject({
  message_id: z.number().int(),
  date: z.number().int(),
  chat,
  from: user.optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  entities: z.array(entity).optional(),
  caption_entities: z.array(entity).optional(),
});
const callbackQuery = z.looseObject({
  id: z.string(),
  from: user,
  data: z.string().optional(),
  message: z.looseObject({ message_id: z.number().int(), chat, date: z.number().int() }).optional(),
});
const chatMemberUpdated = z.looseObject({ chat, from: user, date: z.number().int() });

/** Just the id: enough to tell a malformed request (400) from a well-formed update of a shape we refuse (dropped). */
export const updateEnvelope = z.looseObject({ update_id: z.number().int().min(0) });

export const updateShape = z.looseObject({
  update_id: z.number().int().min(0),
  message: message.optional(),
  edited_message: message.optional(),
  channel_post: message.optional(),
  edited_channel_post: message.optional(),
  callback_query: callbackQuery.optional(),
  my_chat_member: chatMemberUpdated.optional(),
  chat_member: chatMemberUpdated.optional(),
});

export type CheckedUpdate =
  | { ok: true; update: Update }
  | { ok: false; reason: "not-an-update" }
  | { ok: false; reason: "bad-shape"; updateId: number; issues: string[] };

export function checkUpdate(body: unknown): CheckedUpdate {
  const envelope = updateEnvelope.safeParse(body);
  if (!envelope.success) return { ok: false, reason: "not-an-update" };
  const parsed = updateShape.safeParse(body);
  if (!parsed.success) {
    return { ok: false, reason: "bad-shape", updateId: envelope.data.update_id, issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.code}`) };
  }
  return { ok: true, update: parsed.data as unknown as Update };
}
