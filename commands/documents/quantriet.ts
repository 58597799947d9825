import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { CommandSpec, Feature } from "../../src/bot/command-spec.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { Choices } from "../../src/chat/message.js";
import { formatDate } from "../../src/format/date.js";
import { confirmChoice, documentLabel } from "../../src/services/documents.js";
import { commandArgs } from "../shared/shared.js";
import { refuseStale } from "../shared/stale.js";
import { sendStored } from "./attach.js";

/**
 * `/quantriet`: a recipient's side (docs/documents.md). Without a number, the
 * documents still to confirm, each with its "Đã đọc, đã quán triệt" choice;
 * `/quantriet <số> [ghi chú]` confirms by typing, the button does the same.
 */
/** Who may use /quantriet and its choices (one rule: src/bot/access.ts). */
export const QUANTRIET: CommandSpec = { command: "quantriet", audience: "member", chats: "private", help: "work" };

const composer = new Composer<BotContext>();

composer.command("quantriet", async (ctx) => {
  const text = commandArgs(ctx);
  if (!text) return pending(ctx);
  const file = /^tep\s+#?(\d{1,9})$/iu.exec(text.trim());
  if (file) return documentFile(ctx, Number(file[1]));
  const m = /^#?(\d{1,9})(?:\s+([\s\S]+))?$/u.exec(text);
  if (!m) return void (await ctx.ui.say(ctx.t("quantriet-usage")));
  await confirm(ctx, Number(m[1]), m[2] ?? null);
});

onChoice(composer, /^qt:ok:(\d+)$/, QUANTRIET, async (ctx) => {
  if (!ctx.actor.member) return refuseStale(ctx);
  await ctx.ui.ack();
  await ctx.ui.clearChoices();
  await confirm(ctx, Number(ctx.match[1]), null);
});

async function pending(ctx: BotContext): Promise<void> {
  const rows = await ctx.app.services.documents.pendingFor(ctx.actor.member!);
  if (!rows.length) return void (await ctx.ui.say(ctx.t("quantriet-none")));
  const lines = [ctx.t("quantriet-title", { count: rows.length })];
  for (const r of rows) {
    lines.push(ctx.t("quantriet-line", { id: String(r.document.id), label: documentLabel(r.document), deadline: formatDate(r.send.deadline, ctx.app.timezone) }));
  }
  lines.push("", ctx.t("quantriet-hint"));
  // One choice per document, typed as the full command (the same form as in the notice).
  const choices = Choices.from(rows.slice(0, 10).map((r) => [{ ...confirmChoice(r.document.id), label: `${ctx.t("btn-document-confirm")} #${r.document.id}` }]));
  await ctx.ui.say(lines.join("\n"), { choices });
}

/** `/quantriet tep <số>`: the document's file, for someone it was sent to. */
async function documentFile(ctx: BotContext, documentId: number): Promise<void> {
  const file = await ctx.app.services.attachments.ofDocument(ctx.actor.member!, documentId);
  if (!file) return void (await ctx.ui.say(ctx.t("attach-none-document", { id: String(documentId) })));
  await sendStored(ctx, file);
}

async function confirm(ctx: BotContext, documentId: number, note: string | null): Promise<void> {
  const result = await ctx.app.services.documents.confirm(ctx.actor.member!, documentId, note);
  const label = documentLabel(result.document);
  if (result.already) {
    return void (await ctx.ui.say(ctx.t("quantriet-already", { label, date: formatDate(result.recipient.confirmedAt!, ctx.app.timezone) })));
  }
  await ctx.ui.say(ctx.t(result.recipient.note ? "quantriet-done-note" : "quantriet-done", { label }));
}

export const quantrietFeature: Feature = {
  name: "quantriet",
  commands: [QUANTRIET],
  composer,
};
