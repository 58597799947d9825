import { Composer } from "grammy";
import { z } from "zod";
import type { BotContext } from "../../src/bot/context.js";
import type { CommandSpec, Feature } from "../../src/bot/command-spec.js";
import { formatDate } from "../../src/format/date.js";
import { DEFAULT_INVITE_DAYS } from "../../src/services/roster.js";
import { parseRole, type Role } from "../../src/services/roles.js";
import { commandArgs, roleChoices, roleLabel, roleWord, wordsOf } from "../shared/shared.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { refuseStale } from "../shared/stale.js";

export const MOI: CommandSpec = { command: "moi", audience: "managers", chats: "private", help: "manage" };

/** `/moi <vai trò> [số ngày]`: a role word and an optional number of days. */
const argsSchema = wordsOf(
  z.union([
    z.tuple([roleWord]),
    z.tuple([roleWord, z.string().regex(/^\d{1,3}$/).transform(Number)]),
  ]),
);

const composer = new Composer<BotContext>();

/** `… phòng <tên phòng>` at the end names the department the newcomer joins (docs/documents.md). */
const DEPARTMENT_TAIL = /^(.*?)\s+phòng\s+(.+)$/iu;

composer.command("moi", async (ctx) => {
  const text = commandArgs(ctx).normalize("NFC");
  if (!text) return void (await ctx.ui.say(ctx.t("moi-choose-role"), { choices: roleChoices(ctx, "moi") }));
  const tail = DEPARTMENT_TAIL.exec(text.replace(/\bphong\b/iu, "phòng"));
  const args = argsSchema.safeParse(tail ? tail[1]! : text);
  if (!args.success) return void (await ctx.ui.say(ctx.t("moi-usage")));
  const [role, days] = args.data;
  const department = tail ? await ctx.app.services.departments.find(ctx.actor.member!.agencyId, tail[2]!) : null;
  await createInvite(ctx, role, days ?? DEFAULT_INVITE_DAYS, department);
});

onChoice(composer, /^moi:([A-Z]+)$/, MOI, async (ctx) => {
  const role = parseRole(ctx.match[1]!);
  if (!role) return refuseStale(ctx);
  await createInvite(ctx, role, DEFAULT_INVITE_DAYS);
  await ctx.ui.ack();
  await ctx.ui.clearChoices();
});

async function createInvite(ctx: BotContext, role: Role, days: number, department: { id: number; name: string } | null = null): Promise<void> {
  const actor = ctx.actor.member;
  // The choice guard checked the audience (MOI); the service checks the role again.
  if (!actor) return void (await ctx.ui.say(ctx.t("guard-not-member")));
  const invite = await ctx.app.services.roster.createInvite(actor, role, days, department?.id ?? null);
  // Both platforms are explained: the newcomer may be on either (Zalo has no start payload: they type the code).
  // The link of the platform written from: a Telegram start link only on Telegram; on Zalo its share link,
  // which must never be printed as the Telegram one (the Telegram bot's address is unknown there: typed).
  const onTelegram = ctx.ui.capabilities.platform === "telegram";
  const link = onTelegram ? ctx.ui.privateChatLink(invite.code) : undefined;
  const code = invite.code;
  const zaloLink = ctx.app.zaloBotLink ?? (onTelegram ? undefined : ctx.ui.privateChatLink());
  const invitation = ctx.t("moi-invite", {
      role: roleLabel(ctx, role),
      expires: formatDate(invite.expiresAt, ctx.app.timezone),
      code,
      telegram: link ? ctx.t("moi-telegram-link", { link, code }) : ctx.t("moi-telegram-typed", { code }),
      zalo: zaloLink ? ctx.t("moi-zalo-link", { link: zaloLink, code }) : ctx.t("moi-zalo-typed", { code }),
  });
  await ctx.ui.say(department ? `${invitation}\n${ctx.t("moi-department", { department: department.name })}` : invitation, { noLinkPreview: true });
}

export const moiFeature: Feature = {
  name: "moi",
  commands: [MOI],
  composer,
};
