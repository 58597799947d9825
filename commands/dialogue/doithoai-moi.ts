import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { parseAudience } from "../../src/services/audiences.js";
import { formatDateTime } from "../../src/format/date.js";
import { readTypedDate } from "../../src/time/typed-date.js";
import { parseLocalTime } from "../../src/time/typed-time.js";
import { toInstant } from "../../src/time/local-time.js";
import { commandArgs } from "../shared/shared.js";
import { docxFile } from "../reports/docx-file.js";
import { parseScheduleForm, splitWhen, type ScheduleForm } from "./doithoai-input.js";

/**
 * The organisers' side (head, secretary; docs/dialogue.md): schedule and
 * announce a dialogue with one typed message, close its questions with the
 * number of participants, and get the minutes (.docx).
 */
const composer = new Composer<BotContext>();

const FIELDS: (keyof ScheduleForm)[] = ["topic", "when", "place", "audience"];

composer.command("doithoai_moi", async (ctx) => {
  const args = commandArgs(ctx);
  if (!args) return void (await ctx.ui.say(ctx.t("doithoai-moi-usage")));
  const form = parseScheduleForm(args);
  const missing = FIELDS.filter((f) => !form[f]);
  if (missing.length) {
    const fields = missing.map((f) => ctx.t(`doithoai-field-${f}`)).join(", ");
    return void (await ctx.ui.say(`${ctx.t("doithoai-missing", { fields })}\n\n${ctx.t("doithoai-moi-usage")}`));
  }
  const me = ctx.actor.member!;
  const departments = await ctx.app.services.consultations.departments(me.agencyId);
  const audience = parseAudience(form.audience!, departments);
  if (!audience.ok) {
    const known = departments.map((d) => d.name).join(", ") || "—";
    if (audience.reason === "unknown-department") return void (await ctx.ui.say(ctx.t("doithoai-audience-unknown", { names: (audience.unknown ?? []).join(", "), known })));
    return void (await ctx.ui.say(ctx.t("doithoai-audience-empty")));
  }
  const when = splitWhen(form.when!);
  const date = when ? readTypedDate(when.date) : undefined;
  const time = when ? parseLocalTime(when.time) : undefined;
  if (!when || !date || !time) return void (await ctx.ui.say(ctx.t("doithoai-bad-when", { text: form.when!.slice(0, 30) })));
  if (!date.ok) return void (await ctx.ui.say(ctx.t(date.reason === "nonexistent" ? "doithoai-date-nonexistent" : "doithoai-bad-when", { text: when.date.slice(0, 30) })));
  const startsAt = toInstant(date.date, time, ctx.app.timezone);
  const { dialogue, invited } = await ctx.app.services.dialogues.schedule(me, { topic: form.topic!, place: form.place!, startsAt, audience: audience.audience });
  await ctx.ui.say(
    ctx.t("doithoai-scheduled", { number: String(dialogue.number), topic: dialogue.topic, when: formatDateTime(dialogue.startsAt, ctx.app.timezone), place: dialogue.place, count: String(invited) }),
  );
});

composer.command("doithoai_dong", async (ctx) => {
  const m = /^#?(\d{1,6})\s+(\d{1,5})(?:\s+(?:người|nguoi))?$/iu.exec(commandArgs(ctx));
  if (!m) return void (await ctx.ui.say(ctx.t("doithoai-dong-usage")));
  const me = ctx.actor.member!;
  const { dialogue, delivered } = await ctx.app.services.dialogues.close(me, Number(m[1]), Number(m[2]));
  await ctx.ui.say(ctx.t("doithoai-closed", { number: String(dialogue.number), participants: String(dialogue.participants ?? 0), count: String(delivered.length), total: String(dialogue.questionCount) }));
});

composer.command("doithoai_bienban", async (ctx) => {
  const m = /^#?(\d{1,6})$/.exec(commandArgs(ctx));
  if (!m) return void (await ctx.ui.say(ctx.t("doithoai-bienban-usage")));
  const r = await ctx.app.services.dialogues.minutes(ctx.actor.member!, Number(m[1]));
  const c = r.counts;
  await ctx.ui.file(
    docxFile(r.fileName, r.docx),
    ctx.t("doithoai-bienban-caption", { number: m[1]!, questions: String(c.questions), anonymous: String(c.anonymous), answered: String(c.answered), tasks: String(c.tasks) }),
  );
});

export const doithoaiMoiFeature: Feature = {
  name: "doithoai_moi",
  commands: [
    { command: "doithoai_moi", audience: "managers", chats: "private", help: "manage" },
    { command: "doithoai_dong", audience: "managers", chats: "private", help: "manage", menu: false },
    { command: "doithoai_bienban", audience: "managers", chats: "private", help: "manage", menu: false },
  ],
  composer,
};
