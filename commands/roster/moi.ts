import { Composer } from "grammy";
import { z } from "zod";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { formatDate } from "../../src/format/date.js";
import { DEFAULT_INVITE_DAYS } from "../../src/services/roster.js";
import { parseRole, type Role } from "../../src/services/roles.js";
import { commandArgs, roleChoices, roleLabel, roleWord, wordsOf } from "../shared/shared.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { refuseStale } from "../shared/stale.js";

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
  if (!text) return void (await ctx.ui.say(ctx.t("moi-choose-role"), { choices: roleChoices(ctx, "moi") }));
  const args = argsSchema.safeParse(text);
  if (!args.success) return void (await ctx.ui.say(ctx.t("moi-usage")));
  const [role, days] = args.data;
  await createInvite(ctx, role, days ?? DEFAULT_INVITE_DAYS);
});

onChoice(composer, /^moi:([A-Z]+)$/, async (ctx) => {
  const role = parseRole(ctx.match[1]!);
  if (!role) return refuseStale(ctx);
  await createInvite(ctx, role, DEFAULT_INVITE_DAYS);
  await ctx.ui.ack();
  await ctx.ui.clearChoices();
});

async function createInvite(ctx: BotContext, role: Role, days: number): Promise<void> {
  const actor = ctx.actor.member;
  // Buttons bypass the command guard; the service checks the role again.
  if (!actor) return void (await ctx.ui.say(ctx.t("guard-not-member")));
  const invite = await ctx.app.services.roster.createInvite(actor, role, days);
  // Both platforms are explained: the newcomer may be on either (Zalo has no start payload: they type the code).
  const link = ctx.ui.privateChatLink(invite.code);
  const code = invite.code;
  const zaloLink = ctx.app.zaloBotLink;
  await ctx.ui.say(
    ctx.t("moi-invite", {
      role: roleLabel(ctx, role),
      expires: formatDate(invite.expiresAt, ctx.app.timezone),
      code,
      telegram: link ? ctx.t("moi-telegram-link", { link, code }) : ctx.t("moi-telegram-typed", { code }),
      zalo: zaloLink ? ctx.t("moi-zalo-link", { link: zaloLink, code }) : ctx.t("moi-zalo-typed", { code }),
    }),
    { noLinkPreview: true },
  );
}

export const moiFeature: Feature = {
  name: "moi",
  commands: [{ command: "moi", audience: "managers", chats: "private", help: "manage" }],
  composer,
};
