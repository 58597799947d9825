import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { foldTyped } from "../../src/format/typed-word.js";
import { parseDisclosureForm } from "../../src/services/documents-disclosures.js";
import { showDay, typedDay } from "../../src/services/documents-input.js";
import { MANAGER_ROLES } from "../../src/services/roles.js";
import { commandArgs } from "../shared/shared.js";

/**
 * `/congkhai`: the public register (plan §2.3, docs/documents.md). Any member
 * reads it; the secretary or the head adds an entry in one typed line:
 *   /congkhai them <hình thức> | <ngày dd/mm/yyyy> | <nội dung>
 */
const composer = new Composer<BotContext>();

composer.command("congkhai", async (ctx) => {
  const me = ctx.actor.member!;
  const text = commandArgs(ctx).normalize("NFC");
  const [verbWord = ""] = text.split(/\s+/);
  const manager = MANAGER_ROLES.includes(me.role);
  if (!text) return list(ctx, manager);
  if (foldTyped(verbWord, { squash: true }) !== "them") return void (await ctx.ui.say(ctx.t("congkhai-usage")));
  if (!manager) return void (await ctx.ui.say(ctx.t("guard-need-managers", { command: "congkhai them" })));
  const parts = text.slice(verbWord.length).split("|").map((p) => p.trim());
  if (parts.length !== 3) return void (await ctx.ui.say(ctx.t("congkhai-usage")));
  const [formWord, dateText, content] = parts as [string, string, string];
  const form = parseDisclosureForm(formWord);
  if (!form) return void (await ctx.ui.say(ctx.t("err-disclosure-bad-form")));
  const day = typedDay(dateText);
  if (!day) return void (await ctx.ui.say(ctx.t("err-document-bad-date")));
  const row = await ctx.app.services.disclosures.add(me, { content, form, disclosedOn: day });
  await ctx.ui.say(ctx.t("congkhai-added", { content: row.content, form: ctx.t(`disclosure-form-${row.form}`), date: showDay(row.disclosedOn) }));
});

async function list(ctx: BotContext, manager: boolean): Promise<void> {
  const me = ctx.actor.member!;
  const { rows, total } = await ctx.app.services.disclosures.list(me.agencyId);
  const lines = total ? [ctx.t("congkhai-title", { agency: me.agency.name, total })] : [ctx.t("congkhai-empty", { agency: me.agency.name })];
  for (const r of rows) lines.push(ctx.t("congkhai-line", { date: showDay(r.disclosedOn), form: ctx.t(`disclosure-form-${r.form}`), content: r.content }));
  if (total > rows.length) lines.push(ctx.t("congkhai-more", { shown: rows.length }));
  if (manager) lines.push("", ctx.t("congkhai-manage-hint"));
  await ctx.ui.say(lines.join("\n"));
}

export const congkhaiFeature: Feature = {
  name: "congkhai",
  commands: [{ command: "congkhai", audience: "member", chats: "private", help: "general" }],
  composer,
};
