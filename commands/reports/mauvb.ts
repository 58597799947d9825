import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import type { ProfileUpdate } from "../../src/services/reports.js";
import { commandArgs } from "../shared/shared.js";

/**
 * `/mauvb` — how the agency's documents are headed and signed:
 *   /mauvb noi Tây Ninh · /mauvb kyhieu TTr · /mauvb chucvu CHÁNH THANH TRA
 *   /mauvb nguoiky Trần Văn Hùng · /mauvb kt KT. CHÁNH THANH TRA · /mauvb chuquan UBND TỈNH TÂY NINH
 *   (`xoa` as the value clears an optional field)
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
    const field = FIELDS[(word ?? "").toLowerCase()];
    const value = rest.join(" ").trim();
    if (!field || !value || value.length > 120 || (field.pattern && !field.pattern.test(value))) return void (await ctx.ui.say(ctx.t("mauvb-usage")));
    const clear = field.optional && ["xoa", "xóa"].includes(value.toLowerCase());
    await reports.updateProfile(member, { [field.key]: clear ? null : value });
  }
  const p = await reports.profile(member.agencyId);
  const none = ctx.t("mauvb-none");
  await ctx.ui.say(
    ctx.t("mauvb-show", {
      parent: p.parentAgency ?? none,
      place: p.place,
      suffix: p.symbolSuffix,
      authority: p.authorityLine ?? none,
      title: p.signerTitle,
      signer: p.signerName ?? none,
    }) + (text ? "" : `\n\n${ctx.t("mauvb-usage")}`),
  );
});

export const mauvbFeature: Feature = {
  name: "mauvb",
  commands: [{ command: "mauvb", audience: "managers", chats: "private", help: "manage", menu: false }],
  composer,
};
