import { z } from "zod";
import type { ZaloUpdate } from "./types.js";

const id = z.union([z.string(), z.number()]).transform(String).pipe(z.string().min(1).max(128));

const messageSchema = z.object({
  message_id: id,
  from: z.object({ id, display_name: z.string().optional(), name: z.string().optional(), is_bot: z.boolean().optional() }),
  chat: z.object({ id, chat_type: z.string().optional() }),
  date: z.coerce.number().optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  photo_url: z.string().optional(),
  photo: z.string().optional(),
  sticker: z.string().optional(),
  voice_url: z.string().optional(),
});

const EVENTS = [
  "message.text.received",
  "message.image.received",
  "message.sticker.received",
  "message.voice.received",
  "message.unsupported.received",
] as const;

const updateSchema = z.object({ event_name: z.string().optional(), message: messageSchema });

/**
 * One update from a webhook body or a getUpdates result, read defensively:
 * the documented body wraps it (`{ok, result: {event_name, message}}`), a real
 * webhook was seen sending it flat, getUpdates may answer an array, and a copy
 * of the docs shows no `event_name`. Anything unreadable is undefined (never a throw).
 */
export function parseZaloUpdate(body: unknown): ZaloUpdate | undefined {
  let value = body;
  if (Array.isArray(value)) value = value[0];
  if (value && typeof value === "object" && "result" in value && !("message" in value)) value = (value as { result: unknown }).result;
  if (Array.isArray(value)) value = value[0];
  const parsed = updateSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const m = parsed.data.message;
  const text = m.text;
  const photo = m.photo_url ?? m.photo;
  const event = (EVENTS as readonly string[]).includes(parsed.data.event_name ?? "")
    ? (parsed.data.event_name as ZaloUpdate["event_name"])
    : text !== undefined
      ? "message.text.received"
      : photo
        ? "message.image.received"
        : "message.unsupported.received";
  return {
    event_name: event,
    message: {
      message_id: m.message_id,
      from: { id: m.from.id, ...(m.from.display_name ?? m.from.name ? { display_name: (m.from.display_name ?? m.from.name)! } : {}), ...(m.from.is_bot !== undefined ? { is_bot: m.from.is_bot } : {}) },
      chat: { id: m.chat.id, chat_type: m.chat.chat_type?.toUpperCase() === "GROUP" ? "GROUP" : "PRIVATE" },
      date: m.date ?? Date.now(),
      ...(text !== undefined ? { text } : {}),
      ...(m.caption !== undefined ? { caption: m.caption } : {}),
      ...(photo ? { photo_url: photo } : {}),
      ...(m.sticker ? { sticker: m.sticker } : {}),
      ...(m.voice_url ? { voice_url: m.voice_url } : {}),
    },
  };
}
