import { Composer } from "grammy";
import { z } from "zod";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { platformUser } from "../../src/bot/platform.js";
import { formatDate, formatDateTime } from "../../src/format/date.js";
import { foldTyped } from "../../src/format/typed-word.js";
import { LINKABLE_PLATFORMS, platformLabel, type MemberWithIdentities } from "../../src/services/identities.js";
import { commandArgs, wordsOf } from "../shared/shared.js";
import { codeShape, handleTypedCode } from "./typed-code.js";

const platformWord = z.string().transform((w) => foldTyped(w)).pipe(z.enum(LINKABLE_PLATFORMS));

/** `/lienket`, `/lienket <mã>`, `/lienket go <nền tảng>`, `/lienket uutien <nền tảng | gannhat>`. */
const argsSchema = wordsOf(
  z.union([
    z.tuple([z.literal("go"), platformWord]).transform(([, p]) => ({ kind: "remove" as const, platform: p })),
    z.tuple([z.literal("uutien"), z.union([platformWord, z.literal("gannhat")])]).transform(([, p]) => ({ kind: "prefer" as const, platform: p === "gannhat" ? null : p })),
    z.tuple([z.string().transform((w, c) => codeShape(w) ?? (c.addIssue({ code: "custom", message: "code" }), z.NEVER))]).transform(([code]) => ({ kind: "code" as const, code })),
  ]),
);

const composer = new Composer<BotContext>();

composer.command("lienket", async (ctx) => {
  const text = commandArgs(ctx);
  const member = ctx.actor.member;
  if (!text) return member ? showStatus(ctx, member) : void (await ctx.ui.say(ctx.t("lienket-not-member")));
  const parsed = argsSchema.safeParse(foldTyped(text));
  if (!parsed.success) return void (await ctx.ui.say([ctx.t("lienket-usage"), ctx.t("lienket-how")].join("\n")));
  const args = parsed.data;
  // Sent from the account being linked, which is not a member yet.
  if (args.kind === "code") return handleTypedCode(ctx, args.code);
  if (!member) return void (await ctx.ui.say(ctx.t("lienket-not-member")));
  const identities = ctx.app.services.identities;
  if (args.kind === "remove") {
    await identities.removeIdentity(member, args.platform, platformUser(ctx)!);
    return void (await ctx.ui.say(ctx.t("lienket-removed", { platform: platformLabel(args.platform) })));
  }
  await identities.setPreferredPlatform(member, args.platform);
  await ctx.ui.say(args.platform ? ctx.t("lienket-preferred", { platform: platformLabel(args.platform) }) : ctx.t("lienket-preferred-last"));
});

/** The member's accounts, where notices go, and — while a platform is missing — a fresh code for it. */
async function showStatus(ctx: BotContext, member: MemberWithIdentities): Promise<void> {
  const tz = ctx.app.timezone;
  const user = platformUser(ctx)!;
  const lines = [ctx.t("lienket-status-title", { name: member.fullName })];
  for (const i of member.identities) {
    lines.push(
      ctx.t("lienket-identity-line", {
        platform: platformLabel(i.platform),
        current: i.platform === user.platform && i.platformUserId === user.userId ? "yes" : "no",
        linked: formatDate(i.linkedAt, tz),
        seen: i.lastSeenAt ? formatDateTime(i.lastSeenAt, tz) : "—",
      }),
    );
  }
  const why = ctx.t(member.preferredPlatform ? "lienket-why-chosen" : "lienket-why-last");
  lines.push(ctx.t("lienket-notices", { platform: platformLabel(member.platform), why }), "");
  const missing = LINKABLE_PLATFORMS.filter((p) => !member.identities.some((i) => i.platform === p));
  if (missing.length) {
    const { code, expiresAt } = await ctx.app.services.identities.issueLinkCode(member, user);
    const other = missing.map(platformLabel).join(", ");
    lines.push(ctx.t("lienket-code", { code, expires: formatDateTime(expiresAt, tz), other }));
    if (missing.includes("zalo")) lines.push(ctx.app.zaloBotLink ? ctx.t("lienket-zalo-link", { link: ctx.app.zaloBotLink }) : ctx.t("lienket-zalo-typed"));
    lines.push("");
  } else {
    lines.push(ctx.t("lienket-all-linked"), "");
  }
  lines.push(ctx.t("lienket-how"));
  await ctx.ui.say(lines.join("\n"), { noLinkPreview: true });
}

export const lienketFeature: Feature = {
  name: "lienket",
  commands: [{ command: "lienket", audience: "anyone", chats: "private", help: "general" }],
  composer,
};
