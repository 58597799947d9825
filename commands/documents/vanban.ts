import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { formatDate } from "../../src/format/date.js";
import { foldTyped } from "../../src/format/typed-word.js";
import { parseAudience } from "../../src/services/audiences.js";
import { typedDay } from "../../src/services/documents-input.js";
import { documentLabel } from "../../src/services/documents.js";
import { endOfLocalDay, localDate as localDay } from "../../src/time/local-day.js";
import { commandArgs, idSchema } from "../shared/shared.js";
import { attachToDocument, linkDocument } from "./attach.js";
import { audienceLabel, renderStatus } from "./render.js";

/**
 * `/vanban`: the secretary's side of quán triệt (docs/documents.md). Every
 * action is one typed line (Zalo has no buttons):
 *   /vanban                      the documents, with how many confirmed
 *   /vanban <số>                 who has not confirmed, per department
 *   /vanban them a | b | c | d | e [| link]   register a document
 *   /vanban mau                  register the plan template's directives
 *   /vanban gui <số> <hạn> <đối tượng>        send, with a deadline
 *   /vanban nhac [<N>]           remind N working days before the deadline
 *   /vanban tep <số> · /vanban link <số> <url>   its file (caption of a document) or link (attach.ts)
 */
const composer = new Composer<BotContext>();

composer.command("vanban", async (ctx) => {
  const text = commandArgs(ctx).normalize("NFC");
  const [verbWord = ""] = text.split(/\s+/);
  const verb = foldTyped(verbWord, { squash: true });
  const tail = text.slice(verbWord.length).trim();
  if (!text) return list(ctx);
  const id = idSchema.safeParse(text);
  if (id.success) return void (await ctx.ui.say(renderStatus(ctx, await ctx.app.services.documentStatus.status(ctx.actor.member!.agencyId, id.data))));
  if (verb === "them") return register(ctx, tail);
  if (verb === "mau") return fromTemplate(ctx);
  if (verb === "gui") return send(ctx, tail);
  if (verb === "nhac") return leadDays(ctx, tail);
  if (verb === "tep") return attachToDocument(ctx, tail);
  if (verb === "link") return linkDocument(ctx, tail);
  await ctx.ui.say(ctx.t("vanban-usage"));
});

async function list(ctx: BotContext): Promise<void> {
  const rows = await ctx.app.services.documentStatus.list(ctx.actor.member!.agencyId);
  const tz = ctx.app.timezone;
  const lines = rows.length ? [ctx.t("vanban-title", { count: rows.length })] : [ctx.t("vanban-empty")];
  for (const r of rows) {
    const state = r.recipients
      ? ctx.t("vanban-state-sent", { confirmed: r.confirmed, total: r.recipients, deadline: r.deadline ? formatDate(r.deadline, tz) : "—" })
      : ctx.t("vanban-state-new");
    lines.push(ctx.t("vanban-line", { id: String(r.document.id), label: documentLabel(r.document), state }));
  }
  lines.push("", ctx.t("vanban-hint"));
  await ctx.ui.say(lines.join("\n"));
}

async function register(ctx: BotContext, tail: string): Promise<void> {
  const parts = tail.split("|").map((p) => p.trim());
  if (parts.length < 4 || parts.length > 6) return void (await ctx.ui.say(ctx.t("vanban-usage-them")));
  const [number, title, issuer, date, summary = "", link = ""] = parts as [string, string, string, string, string?, string?];
  const issuedOn = typedDay(date);
  if (!issuedOn) return void (await ctx.ui.say(ctx.t("err-document-bad-date")));
  const doc = await ctx.app.services.documents.register(ctx.actor.member!, { number, title, issuer, issuedOn, summary, link: link || null });
  await ctx.ui.say(ctx.t("vanban-registered", { id: String(doc.id), label: documentLabel(doc) }));
}

async function fromTemplate(ctx: BotContext): Promise<void> {
  const { created, existing } = await ctx.app.services.documents.registerFromTemplate(ctx.actor.member!);
  const lineOf = (d: { id: number; number: string; title: string }) => `#${d.id} ${documentLabel(d)}`;
  if (!created.length) return void (await ctx.ui.say(ctx.t("vanban-template-none", { list: existing.map(lineOf).join("\n") })));
  const already = existing.length ? ctx.t("vanban-template-existing", { count: existing.length }) : "";
  await ctx.ui.say(ctx.t("vanban-template-done", { created: created.length, existing: already, list: created.map(lineOf).join("\n") }));
}

async function send(ctx: BotContext, tail: string): Promise<void> {
  const me = ctx.actor.member!;
  const m = /^#?(\d{1,9})\s+(\S+)\s+(.+)$/u.exec(tail);
  if (!m) return void (await ctx.ui.say(ctx.t("vanban-usage-gui")));
  const tz = ctx.app.timezone;
  const now = ctx.app.clock.now();
  const day = typedDay(m[2]!);
  if (!day) return void (await ctx.ui.say(ctx.t("vanban-bad-deadline", { year: String(localDay(now, tz).year) })));
  const [y, mo, d] = day.split("-").map(Number) as [number, number, number];
  const deadline = endOfLocalDay({ year: y, month: mo, day: d }, tz);
  const departments = await ctx.app.services.departments.current(me.agencyId);
  const parsed = parseAudience(m[3]!, departments);
  if (!parsed.ok) {
    const text = parsed.reason === "empty" ? ctx.t("audience-bad-empty") : ctx.t("audience-bad-unknown", { names: typedNames(m[3]!, parsed.unknown ?? []).join(", ") });
    return void (await ctx.ui.say(text));
  }
  const result = await ctx.app.services.documents.send(me, Number(m[1]), parsed.audience, deadline);
  const doc = await ctx.app.services.documents.get(me.agencyId, result.send.documentId);
  const names = new Map(departments.map((x) => [x.id, x.name]));
  const lines = [ctx.t("vanban-sent", { label: documentLabel(doc), recipients: result.recipients, audience: audienceLabel(ctx, parsed.audience, names), deadline: formatDate(deadline, tz) })];
  if (result.already) lines.push(ctx.t("vanban-sent-already", { count: result.already }));
  await ctx.ui.say(lines.join("\n"));
}

/** The unknown department names as the secretary typed them (parseAudience gives them folded). */
function typedNames(text: string, folded: readonly string[]): string[] {
  const typed = text.replace(/^(các\s+)?phòng\s*:?\s*/iu, "").split(/[,;]/).map((n) => n.trim()).filter(Boolean);
  return folded.map((f) => typed.find((n) => foldTyped(n) === f) ?? f);
}

async function leadDays(ctx: BotContext, tail: string): Promise<void> {
  const me = ctx.actor.member!;
  const svc = ctx.app.services.documents;
  if (!tail) return void (await ctx.ui.say(ctx.t("vanban-nhac-current", { days: await svc.reminderLeadDays(me.agencyId) })));
  const n = /^\d{1,2}$/.test(tail) ? Number(tail) : -1;
  const days = await svc.setReminderLeadDays(me, n);
  await ctx.ui.say(ctx.t("vanban-nhac-done", { days }));
}

export const vanbanFeature: Feature = {
  name: "vanban",
  commands: [{ command: "vanban", audience: "managers", chats: "private", help: "manage" }],
  composer,
};
