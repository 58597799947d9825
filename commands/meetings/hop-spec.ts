import type { CommandSpec } from "../../src/bot/command-spec.js";
import type { AccessRule } from "../../src/bot/access.js";

/** /hop: the committee, in private or in its group (the attendance buttons are pressed in both). */
export const HOP: CommandSpec = { command: "hop", audience: "committee", chats: "both", help: "work" };

/** The scheduling dialogue and the attendance list: private only. */
export const HOP_PRIVATE: AccessRule = { ...HOP, chats: "private" };
