import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { CommandSpec, Feature } from "../../src/bot/command-spec.js";
import { ATTACHMENT_MAX_BYTES, type AttachmentTarget, type StoredFile } from "../../src/services/attachments.js";
import { commandArgs } from "../shared/shared.js";

/**
 * Files for a document to study and for a consultation draft (docs/documents.md, "Attached files").
 * The secretary sends the file with the command as its caption:
 *   /vanban tep <số>       the file of document N           (caption of a .pdf/.docx …)
 *   /layykien_tep <số>     the file of consultation N's draft
 *   /vanban link <số> <https://…>  a link instead (what Zalo users do: Zalo sends no documents to a bot)
 * Recipients get it with /quantriet tep <số> and /ykien <số>: a document on
 * Telegram, a download link on Zalo (ctx.ui.file degrades per platform).
 */
export const LAYYKIEN_TEP: CommandSpec = { command: "layykien_tep", audience: "managers", chats: "private", help: "manage", menu: false };

const composer = new Composer<BotContext>();

composer.command("layykien_tep", async (ctx) => {
  const m = /^#?(\d{1,6})$/u.exec(commandArgs(ctx).trim());
  if (!m) return void (await ctx.ui.say(ctx.t("attach-usage-consultation")));
  await attachFromMessage(ctx, { consultationNumber: Number(m[1]) }, `/layykien_tep ${m[1]}`);
});

/** `/vanban tep <số>` (the caption of a file). */
export async function attachToDocument(ctx: BotContext, tail: string): Promise<void> {
  const m = /^#?(\d{1,9})$/u.exec(tail.trim());
  if (!m) return void (await ctx.ui.say(ctx.t("attach-usage-document")));
  await attachFromMessage(ctx, { documentId: Number(m[1]) }, `/vanban tep ${m[1]}`);
}

/** `/vanban link <số> <https://…>`: the link form, on every platform. */
export async function linkDocument(ctx: BotContext, tail: string): Promise<void> {
  const m = /^#?(\d{1,9})\s+(\S+)$/u.exec(tail.trim());
  if (!m) return void (await ctx.ui.say(ctx.t("attach-usage-link")));
  const doc = await ctx.app.services.attachments.setDocumentLink(ctx.actor.member!, Number(m[1]), m[2]!);
  await ctx.ui.say(ctx.t("attach-link-done", { id: String(doc.id), link: doc.link }));
}

async function attachFromMessage(ctx: BotContext, target: AttachmentTarget, command: string): Promise<void> {
  const got = await ctx.ui.receivedFile(ATTACHMENT_MAX_BYTES);
  const which = "documentId" in target ? "document" : "consultation";
  if (got.kind === "unsupported") return void (await ctx.ui.say(ctx.t(`attach-unsupported-${which}`, { id: String("documentId" in target ? target.documentId : target.consultationNumber) })));
  if (got.kind === "none") return void (await ctx.ui.say(ctx.t("attach-how", { command })));
  if (got.kind === "too-big") return void (await ctx.ui.say(ctx.t("err-attachment-too-big", { max: "10" })));
  const r = await ctx.app.services.attachments.attach(ctx.actor.member!, target, got);
  await ctx.ui.say(ctx.t(`attach-done-${which}`, { name: r.name, size: kilobytes(r.size), notified: String(r.notified) }));
}

/** Sends a stored file to the person asking: a document, or a download link where there are none. */
export async function sendStored(ctx: BotContext, file: StoredFile): Promise<void> {
  await ctx.ui.file({ name: file.name, mime: file.mime, bytes: file.bytes });
}

/** "245 KB", "1,2 MB" as a Vietnamese office writes sizes. */
function kilobytes(n: number): string {
  return n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
}

export const attachFeature: Feature = {
  name: "attach",
  commands: [LAYYKIEN_TEP],
  composer,
};
