import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { parseAudience } from "../../src/services/audiences.js";
import { parseTypedDueDate } from "../../src/services/periods.js";
import { localDate as localDay } from "../../src/time/local-day.js";
import { formatDate } from "../../src/format/date.js";
import { foldTyped } from "../../src/format/typed-word.js";
import { commandArgs } from "../shared/shared.js";
import { docxFile } from "../reports/docx-file.js";
import { parseOpenForm, type OpenForm } from "./layykien-input.js";
import { ConsultationUptake } from "../../src/services/consultations.js";

/**
 * The drafting side (head, secretary): open a consultation with one typed
 * message, list them, see who has not answered, close early, and get the
 * "Báo cáo tổng hợp ý kiến" (.docx). docs/consultations.md.
 */
const composer = new Composer<BotContext>();

const FIELDS: (keyof OpenForm)[] = ["title", "audience", "deadline", "draft"];

composer.command("layykien", async (ctx) => {
  const args = commandArgs(ctx);
  if (!args) return void (await ctx.ui.say(ctx.t("layykien-usage")));
  const form = parseOpenForm(args);
  // An empty "Dự thảo:" is its own refusal (err-consult-draft-empty), not a missing field.
  const missing = FIELDS.filter((f) => (f === "draft" ? form.draft === undefined : !form[f]));
  if (missing.length) {
    const fields = missing.map((f) => ctx.t(`layykien-field-${f}`)).join(", ");
    return void (await ctx.ui.say(`${ctx.t("layykien-missing", { fields })}\n\n${ctx.t("layykien-usage")}`));
  }
  const me = ctx.actor.member!;
  const service = ctx.app.services.consultations;
  const departments = await service.departments(me.agencyId);
  const audience = parseAudience(form.audience!, departments);
  if (!audience.ok) {
    if (audience.reason === "unknown-department") {
      const known = departments.map((d) => d.name).join(", ") || "—";
      return void (await ctx.ui.say(ctx.t("layykien-audience-unknown", { names: asTyped(form.audience!, audience.unknown ?? []).join(", "), known })));
    }
    return void (await ctx.ui.say(ctx.t("layykien-audience-empty")));
  }
  const now = ctx.app.clock.now();
  const due = parseTypedDueDate(form.deadline!, now, ctx.app.timezone);
  if (!due.ok) {
    const key = due.reason === "past" ? "err-consult-deadline-past" : `bad-date-${due.reason}`;
    return void (await ctx.ui.say(ctx.t(key, { text: form.deadline!.slice(0, 20), year: String(localDay(now, ctx.app.timezone).year) })));
  }
  const { consultation, recipients } = await service.open(me, { title: form.title!, draft: form.draft!, audience: audience.audience, deadline: due.date });
  await ctx.ui.say(
    ctx.t("layykien-opened", { number: String(consultation.number), title: consultation.title, count: String(recipients), deadline: formatDate(consultation.deadline, ctx.app.timezone) }),
  );
});

/** parseAudience reports unknown names folded ("ke toan"): show them as the person typed them. */
function asTyped(typed: string, unknown: string[]): string[] {
  const parts = typed.split(/[,;]/).map((p) => p.trim().replace(/^(các\s+)?phòng\s*:?\s*/iu, ""));
  return unknown.map((u) => parts.find((p) => foldTyped(p) === u) ?? u);
}

/** "3" or "#3" → 3; anything else answers with the command's example. */
async function numberArg(ctx: BotContext, example: string): Promise<number | undefined> {
  const m = /^#?(\d{1,6})$/.exec(commandArgs(ctx));
  if (m) return Number(m[1]);
  await ctx.ui.say(ctx.t("layykien-num-usage", { example }));
  return undefined;
}

composer.command("layykien_ds", async (ctx) => {
  const me = ctx.actor.member!;
  const service = ctx.app.services.consultations;
  const tz = ctx.app.timezone;
  if (!commandArgs(ctx)) {
    const lines = await service.list(me.agencyId);
    if (!lines.length) return void (await ctx.ui.say(ctx.t("layykien-none")));
    const body = lines.map((l) =>
      ctx.t("layykien-list-line", {
        number: String(l.consultation.number),
        title: l.consultation.title,
        status: ctx.t(`layykien-status-${l.consultation.status}`),
        deadline: formatDate(l.consultation.deadline, tz),
        answered: String(l.answered),
        asked: String(l.asked),
      }),
    );
    return void (await ctx.ui.say([ctx.t("layykien-list-title"), ...body].join("\n")));
  }
  const number = await numberArg(ctx, "/layykien_ds 1");
  if (number === undefined) return;
  const d = await service.detail(me.agencyId, number);
  const head = ctx.t("layykien-detail", {
    number: String(number),
    title: d.consultation.title,
    status: ctx.t(`layykien-status-${d.consultation.status}`),
    deadline: formatDate(d.consultation.deadline, tz),
    answered: String(d.answered),
    asked: String(d.asked),
  });
  const missing = d.notAnswered.length
    ? [ctx.t("layykien-not-answered"), ...d.notAnswered.map((g) => ctx.t("layykien-not-answered-dept", { department: g.department ?? ctx.t("layykien-no-dept"), names: g.names.join(", ") }))]
    : [ctx.t("layykien-all-answered")];
  await ctx.ui.say([head, ...missing].join("\n"));
});

composer.command("layykien_dong", async (ctx) => {
  const number = await numberArg(ctx, "/layykien_dong 1");
  if (number === undefined) return;
  const me = ctx.actor.member!;
  const { delivered } = await ctx.app.services.consultations.close(me, number, me.agencyId);
  await ctx.ui.say(ctx.t("layykien-closed", { number: String(number), count: String(delivered.length) }));
});

composer.command("layykien_baocao", async (ctx) => {
  const number = await numberArg(ctx, "/layykien_baocao 1");
  if (number === undefined) return;
  const me = ctx.actor.member!;
  const r = await ctx.app.services.consultations.report(me, number);
  const count = (u: ConsultationUptake | null) => String(r.summary.comments.filter((c) => c.uptake === u).length);
  await ctx.ui.file(
    docxFile(r.fileName, r.docx),
    ctx.t("layykien-report-caption", {
      number: String(number),
      answered: String(r.summary.answered),
      asked: String(r.summary.asked),
      comments: String(r.summary.comments.length),
      accepted: count(ConsultationUptake.ACCEPTED),
      explained: count(ConsultationUptake.EXPLAINED),
      pending: count(null),
    }),
  );
});

export const layykienFeature: Feature = {
  name: "layykien",
  commands: [
    { command: "layykien", audience: "managers", chats: "private", help: "manage" },
    { command: "layykien_ds", audience: "managers", chats: "private", help: "manage" },
    { command: "layykien_dong", audience: "managers", chats: "private", help: "manage", menu: false },
    { command: "layykien_baocao", audience: "managers", chats: "private", help: "manage", menu: false },
  ],
  composer,
};
