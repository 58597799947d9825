import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { formatDate } from "../../src/format/date.js";
import { commandArgs, idSchema } from "../shared/shared.js";
import { parseRequestArgs } from "./report-args.js";
import { requestLine } from "./request-line.js";
import { replyRecorded } from "./yeucau-recorded.js";
import { localDate } from "../../src/time/local-day.js";
import { typedDateSchema } from "../../src/time/typed-date.js";

/**
 * `/yeucau` — the secretary records a report request from the higher level;
 * without arguments it lists the requests (creating the plan's fixed 6-month and
 * annual ones for this year first, see docs/reports.md).
 *   /yeucau 6thang 01/01/2026-30/06/2026 han 20/06/2026 so 125-CV/BDVTU ngay 01/06/2026
 *   /yeucau chuyende 01/03/2026-31/05/2026 han 10/06/2026 chude công khai tài chính
 *   /yeucau han <số> <dd/mm/yyyy> · /yeucau noinhan <số> A; B; C · /yeucau huy <số>
 */
const composer = new Composer<BotContext>();


composer.command("yeucau", async (ctx) => {
  const member = ctx.actor.member!;
  const reports = ctx.app.services.reports;
  const text = commandArgs(ctx);
  const [sub, ...rest] = text.split(/\s+/);
  const word = (sub ?? "").toLowerCase();

  if (!text) {
    await reports.ensureFixedRequests(member.agencyId, localDate(ctx.app.clock.now(), ctx.app.timezone).year);
    const list = await reports.listRequests(member.agencyId);
    const body = [ctx.t("yeucau-list-title"), ...list.map((r) => requestLine(ctx, r)), "", ctx.t("yeucau-usage")].join("\n");
    // Long lists are split by the chat layer, to the platform's message length.
    await ctx.ui.say(body);
    return;
  }
  if (word === "han" || word === "hạn") {
    const id = idSchema.safeParse(rest[0] ?? "");
    const day = typedDateSchema.safeParse(rest[1] ?? "");
    if (!id.success || !day.success) return void (await ctx.ui.say(ctx.t("yeucau-han-usage")));
    const r = await reports.setDeadline(member, id.data, day.data);
    return void (await ctx.ui.say(ctx.t("yeucau-han-done", { id: String(r.id), deadline: formatDate(r.deadline, ctx.app.timezone) })));
  }
  if (word === "noinhan" || word === "nơinhận") {
    const id = idSchema.safeParse(rest[0] ?? "");
    const items = rest.slice(1).join(" ").split(/[;\n]/).map((s) => s.normalize("NFC").replace(/\s+/g, " ").trim()).filter(Boolean);
    if (!id.success || items.length === 0 || items.some((s) => s.length > 200)) return void (await ctx.ui.say(ctx.t("yeucau-noinhan-usage")));
    const r = await reports.setRecipients(member, id.data, items);
    return void (await ctx.ui.say(ctx.t("yeucau-noinhan-done", { id: String(r.id), list: (JSON.parse(r.recipients) as string[]).map((x) => `- ${x}`).join("\n") })));
  }
  if (word === "huy" || word === "hủy") {
    const id = idSchema.safeParse(rest[0] ?? "");
    if (!id.success) return void (await ctx.ui.say(ctx.t("yeucau-usage")));
    const r = await reports.cancelRequest(member, id.data);
    return void (await ctx.ui.say(ctx.t("yeucau-huy-done", { id: String(r.id) })));
  }

  // `/yeucau thaythe …` confirms a change that replaces what a document set (see replyRecorded).
  const replace = word === "thaythe" || word === "thaythế";
  const given = replace ? rest.join(" ") : text;
  const args = parseRequestArgs(given);
  if (!args.ok) return void (await ctx.ui.say(ctx.t(`yeucau-bad-${args.error}`)));
  await reports.ensureFixedRequests(member.agencyId, args.from.year);
  const recorded = await reports.recordRequest(
    member,
    { kind: args.kind, topic: args.topic ?? null, periodFrom: args.from, periodTo: args.to, deadline: args.deadline, docNumber: args.docNumber ?? null, docDate: args.docDate ?? null },
    { replace },
  );
  await replyRecorded(ctx, recorded, given);
});

export const yeucauFeature: Feature = {
  name: "yeucau",
  commands: [{ command: "yeucau", audience: "managers", chats: "private", help: "manage" }],
  composer,
};
