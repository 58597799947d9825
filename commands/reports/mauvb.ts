import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import type { ProfileUpdate } from "../../src/services/reports.js";
import { commandArgs } from "../shared/shared.js";
import { foldTyped } from "../../src/format/typed-word.js";
import { replyOnDomainError } from "../shared/domain-reply.js";

/**
 * `/mauvb` — how the agency's documents are headed and signed:
 *   /mauvb noi Tây Ninh · /mauvb kyhieu TTr · /mauvb chucvu CHÁNH THANH TRA
 *   /mauvb nguoiky Trần Văn Hùng · /mauvb kt KT. CHÁNH THANH TRA · /mauvb chuquan UBND TỈNH TÂY NINH
 *   /mauvb noinhan Ban Tuyên giáo và Dân vận Tỉnh ủy; Sở Nội vụ; Lưu: VT (the agency's default Nơi nhận)
 *   (`xoa` as the value clears an optional field; `/mauvb noinhan xoa` returns to the bot's default)
 */
const FIELDS: Record<string, { key: keyof ProfileUpdate; optional: boolean; pattern?: RegExp }> = {
  noi: { key: "place", optional: false },
  kyhieu: { key: "symbolSuffix", optional: false, pattern: /^[\p{L}0-9]{1,20}$/u },
  chucvu: { key: "signerTitle", optional: false },
  nguoiky: { key: "signerName", optional: true },
  kt: { key: "authorityLine", optional: true },
  chuquan: { key: "parentAgency", optional: true },
};

const composer = new Composer<BotContext>();

composer.command("mauvb", async (ctx) => {
  const member = ctx.actor.member!;
  const reports = ctx.app.services.reports;
  const text = commandArgs(ctx).normalize("NFC");
  if (text) {
    const [word, ...rest] = text.split(/\s+/);
    if (foldTyped(word ?? "", { squash: true }) === "noinhan") return setRecipients(ctx, rest.join(" "));
    const field = FIELDS[(word ?? "").toLowerCase()];
    const value = rest.join(" ").trim();
    if (!field || !value || value.length > 120 || (field.pattern && !field.pattern.test(value))) return void (await ctx.ui.say(ctx.t("mauvb-usage")));
    const clear = field.optional && ["xoa", "xóa"].includes(value.toLowerCase());
    await reports.updateProfile(member, { [field.key]: clear ? null : value });
  }
  await showProfile(ctx, !text);
});

/** `/mauvb noinhan A; B; C`: one Nơi nhận per `;` or line; `xoa` goes back to the bot's default. */
async function setRecipients(ctx: BotContext, list: string): Promise<void> {
  const items = list.split(/[;\n]/).map((s) => s.normalize("NFC").replace(/\s+/g, " ").trim()).filter(Boolean);
  if (items.length === 0) return void (await ctx.ui.say(ctx.t("mauvb-noinhan-usage")));
  const clear = items.length === 1 && ["xoa", "xóa"].includes(items[0]!.toLowerCase());
  await replyOnDomainError(ctx, async () => {
    await ctx.app.services.reports.updateProfile(ctx.actor.member!, { recipients: clear ? null : items });
    await showProfile(ctx, false);
  });
}

async function showProfile(ctx: BotContext, withUsage: boolean): Promise<void> {
  const member = ctx.actor.member!;
  const p = await ctx.app.services.reports.profile(member.agencyId);
  const recipients = await ctx.app.services.reports.agencyDefaultRecipients(member.agency);
  const none = ctx.t("mauvb-none");
  await ctx.ui.say(
    ctx.t("mauvb-show", {
      parent: p.parentAgency ?? none,
      place: p.place,
      suffix: p.symbolSuffix,
      authority: p.authorityLine ?? none,
      title: p.signerTitle,
      signer: p.signerName ?? none,
      recipients: recipients.map((r) => `    + ${r}`).join("\n"),
      own: p.recipients ? "yes" : "no",
    }) + (withUsage ? `\n\n${ctx.t("mauvb-usage")}` : ""),
  );
}

export const mauvbFeature: Feature = {
  name: "mauvb",
  commands: [{ command: "mauvb", audience: "managers", chats: "private", help: "manage", menu: false }],
  composer,
};
