import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { commandArgs, roleLabel } from "../shared/shared.js";
import { handleTypedCode } from "./typed-code.js";
import { startReport } from "../plan/baocao.js";

const composer = new Composer<BotContext>();

composer.command("start", async (ctx) => {
  const code = commandArgs(ctx);
  // Deep link from the group's "report" button (commands/baocao.ts).
  if (code === "baocao" && ctx.chat.type === "private") return startReport(ctx);
  // An invitation or link code: from Telegram's link, or typed (Zalo has no start payload).
  if (code && ctx.chat.type === "private") return handleTypedCode(ctx, code);
  if (ctx.chat.type !== "private") {
    // Public, and perhaps another agency's group: say nothing about the person (issue 14, finding 5).
    const link = ctx.ui.privateChatLink();
    await ctx.ui.say(ctx.t("start-in-group"), link ? { choices: [[{ label: ctx.t("guard-open-private"), url: link }]] } : {});
    return;
  }
  const member = ctx.actor.member;
  if (member) {
    await ctx.ui.say(ctx.t("welcome-member", { name: member.fullName, roleKey: member.role, agency: member.agency.name }));
  } else {
    await ctx.ui.say(ctx.t(ctx.actor.isAdmin ? "welcome-admin" : "welcome-guest"));
  }
});

export const startFeature: Feature = {
  name: "start",
  commands: [{ command: "start", audience: "anyone", chats: "both", help: "general", menu: false }],
  composer,
};
