import type { Message, Update } from "grammy/types";
import type { AppDeps } from "../../src/app.js";
import type { Feature } from "../../src/bot/command-spec.js";
import type { FileLinks } from "../../src/chat/ui.js";
import { ZaloClient } from "../../src/platforms/zalo/client.js";
import { createZaloChannel, type ZaloChannel } from "../../src/platforms/zalo/bot.js";
import type { ZaloUpdate } from "../../src/platforms/zalo/types.js";
import { DbFileLinks } from "../../src/files/links.js";
import { FakeZalo, TEST_ZALO_LINK, TEST_ZALO_TOKEN, zaloId } from "./fake-zalo.js";
import { TEST_PUBLIC_URL } from "./sent-files.js";

/**
 * The end-to-end suite runs on Zalo too (`QCDC_TEST_PLATFORM=zalo`, `npm run
 * test:zalo`): the same tests, the people's numeric ids mapped to Zalo's hex
 * ids (`zaloId`), their messages turned into Zalo events and fed through the
 * production intake (adaptation, duplicate and own-message filters).
 */
export const TEST_PLATFORM: "telegram" | "zalo" = process.env.QCDC_TEST_PLATFORM === "zalo" ? "zalo" : "telegram";

export interface ZaloTestChannel extends ZaloChannel {
  fake: FakeZalo;
  client: ZaloClient;
  fileLinks: FileLinks;
}

export function createZaloTestChannel(deps: AppDeps, features?: Feature[], fake = new FakeZalo(), fileLinks?: FileLinks): ZaloTestChannel {
  const client = new ZaloClient(TEST_ZALO_TOKEN, { fetch: fake.fetch });
  const links = fileLinks ?? new DbFileLinks({ db: deps.db, clock: deps.clock, publicUrl: TEST_PUBLIC_URL });
  const channel = createZaloChannel(TEST_ZALO_TOKEN, deps, {
    client,
    botInfo: fake.botInfo,
    botNames: ["Bot QCDC"],
    shareLink: TEST_ZALO_LINK,
    // PUBLIC_URL is set, as it must be in production for Zalo: files go as download links (sentFile reads them back).
    fileLinks: links,
    ...(features ? { features } : {}),
  });
  return { ...channel, fake, client, fileLinks: links };
}

/**
 * A Telegram-shaped test update as Zalo would deliver it: a text, a picture
 * (with its caption), a sticker, or "unsupported" for anything else. A callback
 * query cannot exist on Zalo: undefined (the caller says so).
 */
export function toZaloUpdate(update: Omit<Update, "update_id">): ZaloUpdate | undefined {
  const m = (update.message ?? update.edited_message) as Message | undefined;
  if (!m) return undefined;
  const group = m.chat.type !== "private";
  const from = m.from!;
  const base = {
    message_id: `m${m.message_id.toString(16).padStart(19, "0")}`,
    from: { id: zaloId(from.id), display_name: [from.first_name, from.last_name].filter(Boolean).join(" "), is_bot: from.is_bot },
    chat: { id: zaloId(m.chat.id), chat_type: group ? ("GROUP" as const) : ("PRIVATE" as const) },
    date: m.date * 1000,
  };
  if (m.text !== undefined) return { event_name: "message.text.received", message: { ...base, text: mention(m.text, group) } };
  if (m.photo) {
    return {
      event_name: "message.image.received",
      message: { ...base, photo_url: "https://zalo.example/p.jpg", ...(m.caption !== undefined ? { caption: mention(m.caption, group) } : {}) },
    };
  }
  if (m.sticker) return { event_name: "message.sticker.received", message: { ...base, sticker: "0e078a2fb66a5f34067b" } };
  return { event_name: "message.unsupported.received", message: base };
}

/** In a Zalo group the bot only sees messages that @mention it: the test's group messages carry the mention. */
function mention(text: string, group: boolean): string {
  return group ? `@Bot QCDC ${text}` : text;
}
