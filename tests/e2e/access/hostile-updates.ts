import type { Chat, MessageEntity, Update, User } from "grammy/types";

/** mulberry32: a small seeded generator, so a failing run is replayed by its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface HostileCase {
  update: Omit<Update, "update_id">;
  /** What the bot owes: an answer in the chat, a button answer, silence allowed. */
  due: "answer" | "callback" | "none";
  label: string;
}

export interface Cast {
  users: User[];
  privateOf: (u: User) => Chat;
  groups: Chat[];
  commands: string[];
  callbackData: string[];
  botName: string;
}

const ODD = ["\udfff", "\ud800x", "🙂", "\u0000", "\n", "  ", "ạ̀", "‮", "'; DROP TABLE Member; --", "%s%n", "9".repeat(40), "-1", "0", "1e9"];

/**
 * One random or hostile update of a shape the bot accepts (text, command,
 * caption, media, edit, button, membership change), in private or in a
 * group, from a member or a stranger, with what the bot owes for it.
 */
export function hostileCase(rnd: () => number, cast: Cast, messageId: number, date: number): HostileCase {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const from = pick(cast.users);
  const inGroup = rnd() < 0.45;
  const chat = inGroup ? pick(cast.groups) : cast.privateOf(from);
  const kind = rnd();
  if (kind < 0.12) {
    const data = rnd() < 0.7 ? pick(cast.callbackData) : pick([...ODD, "gopy:x", "gopy:", "bcky:v:1", "kl:task:1", "a".repeat(64)]);
    const withMessage = rnd() < 0.85;
    return {
      label: `button ${JSON.stringify(data)} in ${chat.type}`,
      due: "callback",
      update: {
        callback_query: {
          id: `cb${messageId}`,
          from,
          chat_instance: `ci${chat.id}`,
          data,
          ...(withMessage ? { message: { message_id: 1, date, chat, text: "" } } : {}),
        },
      } as Update,
    };
  }
  if (kind < 0.16) {
    return {
      label: `membership change in ${chat.type}`,
      due: "none",
      update: {
        my_chat_member: {
          chat,
          from,
          date,
          old_chat_member: { status: "left", user: from },
          new_chat_member: { status: "member", user: from },
        },
      } as Update,
    };
  }
  const { text, entities, commandToUs } = messageText(rnd, pick, cast);
  const media = rnd();
  const base = { message_id: messageId, date, chat, from };
  let message: Record<string, unknown>;
  if (media < 0.12) message = { ...base, photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }], ...(text ? { caption: text, caption_entities: entities } : {}) };
  else if (media < 0.16) message = { ...base, sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } };
  else message = { ...base, text, ...(entities.length ? { entities } : {}) };
  const hasCaptionOrText = "text" in message || "caption" in message;
  const edited = rnd() < 0.06;
  // Private: everything gets an answer. Group: a known command addressed to this bot does.
  const due = edited ? "none" : inGroup ? (commandToUs && hasCaptionOrText ? "answer" : "none") : "answer";
  return {
    label: `${edited ? "edited " : ""}${"photo" in message ? "photo " : "sticker" in message ? "sticker " : ""}${JSON.stringify(text).slice(0, 80)} in ${chat.type}`,
    due,
    update: (edited ? { edited_message: { ...message, edit_date: date } } : { message }) as Update,
  };
}

function messageText(rnd: () => number, pick: <T>(xs: readonly T[]) => T, cast: Cast): { text: string; entities: MessageEntity[]; commandToUs: boolean } {
  const r = rnd();
  if (r < 0.3) {
    const words = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick([...ODD, "có", "đồng ý", "1", "2", "gửi", "xóa", "hủy", "Nguyễn Văn A"]));
    return { text: words.join(" "), entities: [], commandToUs: false };
  }
  const known = rnd() < 0.85;
  let name = known ? pick(cast.commands) : pick(["foo", "trogiupp", "start_", "x".repeat(40)]);
  const casing = rnd();
  if (casing < 0.25) name = name.toUpperCase();
  else if (casing < 0.4) name = name[0]!.toUpperCase() + name.slice(1);
  const suffixes = ["", "", `@${cast.botName}`, `@${cast.botName.toUpperCase()}`, `@${cast.botName}@x`, "@otherbot"];
  const suffix = pick(suffixes);
  const head = `/${name}${suffix}`;
  const args = pick(["", "", " 00", " 1", " 9999999", ` ${pick(ODD)}`, "\n1 50% xong", " tatca", " giao 1"]);
  const text = head + args;
  // Telegram's bot_command entity: the slash, the name and one @username.
  const length = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text)![0].length;
  const toUs = suffix === "" || suffix.toLowerCase().startsWith(`@${cast.botName.toLowerCase()}`);
  return { text, entities: [{ type: "bot_command", offset: 0, length }], commandToUs: known && toUs };
}
