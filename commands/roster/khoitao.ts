import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { DomainError } from "../../src/services/errors.js";
import { askName, profileFlow } from "./profile-flow.js";
import { commandArgs, oneLineText } from "../shared/shared.js";

const agencyNameSchema = oneLineText(3, 200);

const composer = new Composer<BotContext>();

composer.command("khoitao", async (ctx) => {
  const name = agencyNameSchema.safeParse(commandArgs(ctx));
  if (!name.success) return void (await ctx.ui.say(ctx.t("khoitao-usage")));
  if (ctx.actor.member) throw new DomainError("already-member", { agency: ctx.actor.member.agency.name });
  await ctx.ui.say(ctx.t("khoitao-start", { agency: name.data }));
  await askName(ctx, { purpose: "found", agencyName: name.data });
});

composer.use(profileFlow);

export const khoitaoFeature: Feature = {
  name: "khoitao",
  commands: [{ command: "khoitao", audience: "admin", chats: "private", help: "admin" }],
  composer,
};
