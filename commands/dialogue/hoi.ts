import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { commandArgs } from "../shared/shared.js";

/**
 * `/hoi <số> <câu hỏi>`: a named question to dialogue N (docs/dialogue.md),
 * typed in one message with the command. The asker is told of the answer.
 * Anonymous questions are `/hoi_an` (hoi-an.ts, before the session).
 */
const composer = new Composer<BotContext>();

composer.command("hoi", async (ctx) => {
  const m = /^#?(\d{1,6})(?:\s+([\s\S]+))?$/.exec(commandArgs(ctx));
  if (!m) return void (await ctx.ui.say(ctx.t("hoi-usage")));
  if (!m[2]?.trim()) return void (await ctx.ui.say(ctx.t("err-dialogue-question-empty")));
  const d = await ctx.app.services.dialogues.ask(ctx.actor.member!, Number(m[1]), m[2]);
  await ctx.ui.say(ctx.t("hoi-recorded", { number: String(d.number), topic: d.topic }));
});

export const hoiFeature: Feature = {
  name: "hoi",
  commands: [{ command: "hoi", audience: "member", chats: "private", help: "general" }],
  composer,
};
