/**
 * The Zalo Bot Platform's objects, as far as the bot reads them
 * (docs/zalo.md). Ids are strings (20 hex characters for people; the bot's id
 * is a long numeric string); `date` is epoch milliseconds.
 */
export type ZaloChatType = "PRIVATE" | "GROUP";

export type ZaloEventName =
  | "message.text.received"
  | "message.image.received"
  | "message.sticker.received"
  | "message.voice.received"
  | "message.unsupported.received";

export interface ZaloMessage {
  message_id: string;
  from: { id: string; display_name?: string; is_bot?: boolean };
  chat: { id: string; chat_type: ZaloChatType };
  date: number;
  text?: string;
  caption?: string;
  photo_url?: string;
  sticker?: string;
  voice_url?: string;
}

export interface ZaloUpdate {
  event_name: ZaloEventName;
  message: ZaloMessage;
}

export interface ZaloBotInfo {
  id: string;
  account_name: string;
  account_type?: string;
  can_join_groups?: boolean;
}

/** What sendMessage / sendPhoto / sendSticker answer. */
export interface ZaloSent {
  message_id: string;
  date: number;
}

/** The envelope of every answer, errors included (they come with HTTP 200). */
export interface ZaloEnvelope<T> {
  ok: boolean;
  result?: T;
  error_code?: number;
  description?: string;
}
