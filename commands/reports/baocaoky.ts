import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { CommandSpec, Feature } from "../../src/bot/command-spec.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { currentFlow, endFlow, inFlow, setStep, startFlow } from "../../src/bot/flows.js";
import { Choices } from "../../src/chat/message.js";
import { ReportKind } from "../../src/generated/prisma/enums.js";
import { commandArgs, idSchema } from "../shared/shared.js";
import { docxFile } from "./docx-file.js";
import { requestLine } from "./request-line.js";
import { localDate } from "../../src/time/local-day.js";

export const BAOCAOKY: CommandSpec = { command: "baocaoky", audience: "managers", chats: "private", help: "manage" };

/**
 * `/baocaoky` — drafts a periodic report:
 *   /baocaoky                 list the requests (buttons, or type the number)
 *   /baocaoky <số>            preview in chat, then "Bổ sung" / "Tạo file .docx"
 *   /baocaoky <số> bosung <mã mục> <nội dung>   add/replace the paragraph of a section ("xoa" removes it)
 *   /baocaoky <số> taofile    generate the .docx (a new kept version each time)
 * Button presses do the same; "Bổ sung" asks for the section code and the text.
 */
const composer = new Composer<BotContext>();
const FLOW = "baocaoky";

composer.command("baocaoky", async (ctx) => {
  const member = ctx.actor.member!;
  const text = commandArgs(ctx);
  if (!text) {
    const reports = ctx.app.services.reports;
    await reports.ensureFixedRequests(member.agencyId, localDate(ctx.app.clock.now(), ctx.app.timezone).year);
    const list = await reports.listRequests(member.agencyId);
    const kb = new Choices();
    list.forEach((r) => kb.text(`#${r.id} ${ctx.t(`report-kind-${r.kind}`)}`, `bcky:v:${r.id}`, `/baocaoky ${r.id}`).row());
    return void (await ctx.ui.say([ctx.t("baocaoky-choose"), ...list.map((r) => requestLine(ctx, r))].join("\n"), { choices: kb }));
  }
  const [idText, action, ...rest] = text.split(/\s+/);
  const id = idSchema.safeParse(idText ?? "");
  if (!id.success) return void (await ctx.ui.say(ctx.t("baocaoky-usage")));
  const act = (action ?? "").toLowerCase();
  if (!act) return preview(ctx, id.data);
  if (act === "taofile" || act === "tạofile") return generate(ctx, id.data);
  if (act === "bosung" || act === "bổsung") {
    const [code, ...words] = rest;
    if (!code || words.length === 0) return void (await ctx.ui.say(ctx.t("baocaoky-bosung-usage")));
    return saveSupplement(ctx, id.data, code, words.join(" "));
  }
  await ctx.ui.say(ctx.t("baocaoky-usage"));
});

async function preview(ctx: BotContext, requestId: number): Promise<void> {
  const member = ctx.actor.member!;
  const { text } = await ctx.app.services.reports.preview(member.agencyId, requestId);
  // A long draft is split by the chat layer, to the platform's message length.
  await ctx.ui.say(text);
  const kb = new Choices()
    .text(ctx.t("baocaoky-btn-add"), `bcky:a:${requestId}`, ["bổ sung", "bosung"])
    .text(ctx.t("baocaoky-btn-gen"), `bcky:g:${requestId}`, `/baocaoky ${requestId} taofile`);
  await ctx.ui.say(ctx.t("baocaoky-after-preview", { id: String(requestId) }), { choices: kb });
}

async function generate(ctx: BotContext, requestId: number): Promise<void> {
  const member = ctx.actor.member!;
  const v = await ctx.app.services.reports.generate(member, requestId);
  const f = v.figures;
  await ctx.ui.file(
    docxFile(v.report.fileName, v.report.docx),
    ctx.t("baocaoky-doc-caption", {
      version: String(v.report.version),
      done: String(f.tasksDone),
      progress: String(f.tasksInProgress),
      overdue: String(f.tasksOverdue),
      meetings: String(f.meetingsHeld),
      reports: String(f.reports),
    }),
  );
  // The year-end self-assessment travels with the annual report once it has been scored.
  const req = await ctx.app.services.reports.request(member.agencyId, requestId);
  if (req.kind !== ReportKind.ANNUAL) return;
  const year = localDate(req.periodTo, ctx.app.timezone).year;
  if (!(await ctx.app.services.selfAssessment.hasScores(member.agencyId, year))) return;
  const sa = await ctx.app.services.selfAssessment.exportDocx(member.agencyId, year);
  await ctx.ui.file(docxFile(sa.fileName, sa.docx), ctx.t("baocaoky-assessment-attached", { year: String(year) }));
}

async function saveSupplement(ctx: BotContext, requestId: number, code: string, text: string): Promise<void> {
  const member = ctx.actor.member!;
  const clean = text.normalize("NFC").trim();
  const remove = ["xoa", "xóa"].includes(clean.toLowerCase());
  await ctx.app.services.reports.setSupplement(member, requestId, code.toLowerCase(), remove ? "" : clean);
  await ctx.ui.say(ctx.t(remove ? "baocaoky-bosung-removed" : "baocaoky-bosung-done", { code, id: String(requestId) }));
}

onChoice(composer, /^bcky:([vag]):(\d+)$/, BAOCAOKY, async (ctx) => {
  // The choice guard checked the audience (BAOCAOKY); the services check the role again.
  const member = ctx.actor.member;
  if (!member || ctx.chat?.type !== "private") return void (await ctx.ui.ack(ctx.t("guard-not-member"), { alert: true }));
  const req = await ctx.app.services.reports.request(member.agencyId, Number(ctx.match[2]));
  await ctx.ui.ack();
  const [, what, idText] = ctx.match;
  const id = Number(idText);
  if (what === "v") return preview(ctx, id);
  if (what === "g") return generate(ctx, id);
  const targets = await ctx.app.services.reports.supplementTargets(member.agencyId, req);
  startFlow(ctx, FLOW, "section", { requestId: id });
  await ctx.ui.say([ctx.t("baocaoky-ask-section"), ...targets.map((t) => `${t.code} — ${t.title}`)].join("\n"));
});

composer.filter(inFlow(FLOW, "section")).on("message:text", async (ctx, next) => {
  // Another command ends the dialogue and is handled as usual.
  if (ctx.message.text.startsWith("/")) return (endFlow(ctx), next());
  const flow = currentFlow(ctx, FLOW)!;
  const requestId = Number(flow.data.requestId);
  const member = ctx.actor.member!;
  const req = await ctx.app.services.reports.request(member.agencyId, requestId);
  const code = ctx.message.text.trim().toLowerCase();
  const targets = await ctx.app.services.reports.supplementTargets(member.agencyId, req);
  if (!targets.some((t) => t.code === code)) return void (await ctx.ui.say(ctx.t("baocaoky-bad-section", { codes: targets.map((t) => t.code).join(", ") })));
  setStep(ctx, "text", { code });
  await ctx.ui.say(ctx.t("baocaoky-ask-text", { code }));
});

composer.filter(inFlow(FLOW, "text")).on("message:text", async (ctx, next) => {
  // Another command ends the dialogue and is handled as usual.
  if (ctx.message.text.startsWith("/")) return (endFlow(ctx), next());
  const flow = currentFlow(ctx, FLOW)!;
  const text = ctx.message.text.normalize("NFC").trim();
  if (text.length < 3 || text.length > 3000) return void (await ctx.ui.say(ctx.t("baocaoky-bad-text")));
  await saveSupplement(ctx, Number(flow.data.requestId), String(flow.data.code), text);
  endFlow(ctx);
});

export const baocaokyFeature: Feature = {
  name: "baocaoky",
  commands: [BAOCAOKY],
  composer,
};
