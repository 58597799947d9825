import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { platformChat } from "../../src/bot/platform.js";

const composer = new Composer<BotContext>();

composer.command("ketnoi", async (ctx) => {
  const me = ctx.actor.member!;
  const { agency, previousChatId } = await ctx.app.services.groups.bindGroup(me, platformChat(ctx)!);
  const lines = [ctx.t("ketnoi-done", { agency: agency.name })];
  // The old group is told by the outbox (queued by bindGroup with the move).
  if (previousChatId) lines.push(ctx.t("ketnoi-moved"));
  await ctx.ui.say(lines.join("\n\n"));
});

// Privacy mode still delivers membership changes: greet the group with the next step.
composer.on("my_chat_member", async (ctx) => {
  const update = ctx.myChatMember;
  const wasOut = ["left", "kicked"].includes(update.old_chat_member.status);
  const isIn = ["member", "administrator"].includes(update.new_chat_member.status);
  if (update.chat.type !== "private" && wasOut && isIn) await ctx.ui.say(ctx.t("bot-added-to-group"));
});

export const ketnoiFeature: Feature = {
  name: "ketnoi",
  commands: [{ command: "ketnoi", audience: "managers", chats: "group", help: "manage", needsBoundGroup: false }],
  composer,
};
