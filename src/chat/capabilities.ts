/**
 * What each chat platform can do. The chat layer degrades in one place from
 * these flags (`render` of each platform, `ChatUi`): no editing → a new message;
 * no buttons → the choices written out with their typed forms; no documents →
 * a download link; photos by URL only → a link the platform fetches.
 */
export type PlatformName = "telegram" | "zalo";

export interface Capabilities {
  platform: PlatformName;
  /** Inline buttons under a message, with callbacks. */
  buttons: boolean;
  /** A sent message can be edited (text or buttons). */
  editing: boolean;
  /** A sent message can be deleted by the bot. */
  deleting: boolean;
  /** Files (.docx) can be sent as attachments. */
  documents: boolean;
  /** How a picture is sent: uploaded bytes, or a URL the platform fetches. */
  photos: "upload" | "url";
  /** Longest text of one message, in UTF-16 code units. */
  maxMessageLength: number;
  /** A link can open the bot with a payload (`t.me/<bot>?start=<payload>`). */
  deepLinkPayload: boolean;
  /** What the bot sees in a group. */
  groupPrivacy: "commands-and-replies" | "mentions";
}

export const TELEGRAM_CAPABILITIES: Capabilities = {
  platform: "telegram",
  buttons: true,
  editing: true,
  deleting: true,
  documents: true,
  photos: "upload",
  maxMessageLength: 4096,
  deepLinkPayload: true,
  groupPrivacy: "commands-and-replies",
};

/**
 * Telegram with buttons switched off: the profile the end-to-end suite runs a
 * second time with, to prove that every flow can be finished by typing alone.
 */
export const TELEGRAM_TYPING_CAPABILITIES: Capabilities = { ...TELEGRAM_CAPABILITIES, buttons: false };

/** The Zalo Bot Platform (no buttons, no editing or deleting, no documents, 2,000 characters, photos by URL). */
export const ZALO_CAPABILITIES: Capabilities = {
  platform: "zalo",
  buttons: false,
  editing: false,
  deleting: false,
  documents: false,
  photos: "url",
  maxMessageLength: 2000,
  deepLinkPayload: false,
  groupPrivacy: "mentions",
};
