import type { Capabilities } from "./capabilities.js";
import type { ChatFile, ChatPhoto, SayOptions } from "./message.js";

/** How the update being handled reached the bot. */
export type Arrival = "message" | "button" | "typed";

/**
 * What a command may do in reply, on any platform (`ctx.ui`). Commands say what
 * they mean once; each platform's implementation renders it with what the
 * platform has and degrades in one place (see `capabilities.ts`).
 */
export interface ChatUi {
  readonly capabilities: Capabilities;
  /** A pressed button, a choice chosen by typing, or any other message. */
  readonly arrival: Arrival;
  /**
   * Sends a message to the chat the update came from (split to the platform's
   * length, choices on the last part). Resolves to the ids of the messages sent,
   * for a flow that erases its own dialogue where the platform can delete.
   */
  say(text: string, opts?: SayOptions): Promise<number[]>;
  /**
   * Sends a text to the private chat of the person whose update this is: the
   * next step of their own dialogue moved out of a group (on Telegram and Zalo
   * a private chat's id is the person's id). Resolves to false when the
   * platform refuses (they never opened a private chat with the bot), so the
   * caller can say in the group what to do instead.
   */
  sayPrivately(text: string): Promise<boolean>;
  /** Replaces the message a button was pressed on, where the platform can edit; otherwise sends it anew. */
  edit(text: string, opts?: SayOptions): Promise<void>;
  /**
   * New choices for the message a choice was chosen on (a multi-select list
   * ticking what was chosen): its buttons are replaced where the platform can
   * edit; otherwise `text` is sent again with the new choices.
   */
  updateChoices(text: string, opts: SayOptions): Promise<void>;
  /**
   * Answers a chosen choice. On a pressed button, `notice` is the platform's
   * small notice (an alert when `alert`); when the choice was typed, a notice
   * worth reading is said as a message. `openUrl` asks the platform to open a
   * link to the bot itself (Telegram: the private chat with a start payload);
   * it returns false where the platform cannot, and the caller then says where to go.
   */
  ack(notice?: string, opts?: { alert?: boolean; openUrl?: string }): Promise<boolean>;
  /** Takes the choices off the message they were chosen on (where the platform can), so they are not chosen twice. */
  clearChoices(): Promise<void>;
  /** Sends a file: as a document where the platform has them, otherwise as a download link (`FileLinks`). */
  file(file: ChatFile, caption?: string): Promise<void>;
  /** Sends a picture: uploaded where the platform can, otherwise by a link it fetches. */
  photo(photo: ChatPhoto, caption?: string): Promise<void>;
  /** Deletes messages of this chat, where the platform can; says whether it could. */
  deleteMessages(ids: readonly number[]): Promise<boolean>;
  /** A link that opens the private chat with the bot (with `payload`, where the platform carries one). */
  privateChatLink(payload?: string): string | undefined;
  /**
   * The document the person sent with this message (a command in its caption):
   * "none" without one, "too-big" over `maxBytes` (not downloaded), "unsupported"
   * where people cannot send documents to a bot (Zalo).
   */
  receivedFile(maxBytes: number): Promise<ReceivedFile>;
}

export type ReceivedFile = { kind: "file"; name: string; bytes: Uint8Array } | { kind: "none" } | { kind: "too-big" } | { kind: "unsupported" };

/**
 * Turns file bytes into an expiring download link, for platforms without
 * documents. The HTTP server that serves them belongs to the Zalo channel;
 * without one (or without a public address), `publish` returns undefined and
 * the person is told the file cannot be sent here.
 */
export interface FileLinks {
  publish(file: ChatFile): Promise<string | undefined>;
}
