import { Composer } from "grammy";
import { z } from "zod";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { formatDate } from "../../src/format/date.js";
import { DEFAULT_INVITE_DAYS } from "../../src/services/roster.js";
import { parseRole, type Role } from "../../src/services/roles.js";
import { commandArgs, roleChoices, roleLabel, roleWord, wordsOf } from "../shared/shared.js";

/** `/moi <vai trò> [số ngày]`: a role word and an optional number of days. */
const argsSchema = wordsOf(
  z.union([
    z.tuple([roleWord]),
    z.tuple([roleWord, z.string().regex(/^\d{1,3}$/).transform(Number)]),
  ]),
);

const composer = new Composer<BotContext>();

composer.command("moi", async (ctx) => {
  const text = commandArgs(ctx);
  if (!text) return void (await ctx.reply(ctx.t("moi-choose-role"), { reply_markup: roleChoices(ctx, "moi") }));
  const args = argsSchema.safeParse(text);
  if (!args.success) return void (await ctx.reply(ctx.t("moi-usage")));
  const [role, days] = args.data;
  await createInvite(ctx, role, days ?? DEFAULT_INVITE_DAYS);
});

composer.callbackQuery(/^moi:([A-Z]+)$/, async (ctx) => {
  const role = parseRole(ctx.match[1]!);
  if (!role) return void (await ctx.answerCallbackQuery({ text: ctx.t("stale-button"), show_alert: true }));
  await createInvite(ctx, role, DEFAULT_INVITE_DAYS);
  await ctx.answerCallbackQuery();
  await ctx.ui.clearChoices();
});

async function createInvite(ctx: BotContext, role: Role, days: number): Promise<void> {
  const actor = ctx.actor.member;
  // Buttons bypass the command guard; the service checks the role again.
  if (!actor) return void (await ctx.reply(ctx.t("guard-not-member")));
  const invite = await ctx.app.services.roster.createInvite(actor, role, days);
  await ctx.reply(
    ctx.t("moi-done", {
      role: roleLabel(ctx, role),
      expires: formatDate(invite.expiresAt, ctx.app.timezone),
      link: `https://t.me/${ctx.me.username}?start=${invite.code}`,
      code: invite.code,
    }),
    { link_preview_options: { is_disabled: true } },
  );
}

export const moiFeature: Feature = {
  name: "moi",
  commands: [{ command: "moi", audience: "managers", chats: "private", help: "manage" }],
  composer,
};
