import { Composer } from "grammy";
import { HOP, HOP_PRIVATE } from "./hop-spec.js";
import { z } from "zod";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { isPrivate } from "../../src/bot/platform.js";
import { Choices } from "../../src/chat/message.js";
import { formatDateTime } from "../../src/format/date.js";
import { MANAGER_ROLES } from "../../src/services/roles.js";
import { hopAttendance, attendanceKeyboard, showAttendance, typedAbsent, typedPresent } from "./hop-attendance.js";
import { parseKind } from "./hop-input.js";
import { hopNewFlow, startScheduling } from "./hop-new-flow.js";
import { announceScheduled, meetingSummary, renderAgenda, scheduledReply } from "./hop-render.js";
import { commandArgs, idSchema } from "../shared/shared.js";
import { refuseStale } from "../shared/stale.js";
import { localDate } from "../../src/time/local-day.js";
import { toInstant } from "../../src/time/local-time.js";
import { typedDateSchema } from "../../src/time/typed-date.js";
import { typedTimeSchema } from "../../src/time/typed-time.js";

/**
 * `/hop` — committee meetings. Without arguments: the upcoming meetings with
 * attendance buttons. Sub-commands (typed alternatives of every button):
 *   moi [quy|batthuong dd/mm/yyyy HH:mm địa điểm]   schedule (flow without arguments)
 *   de_xuat [năm] [dongy]                            propose / create the 4 quarterly meetings
 *   doi <số> <dd/mm/yyyy> <HH:mm> [địa điểm]         reschedule
 *   huy <số>                                         cancel
 *   diemdanh <số>                                    attendance list (secretary, head)
 *   comat <số> · vang <số> [lý do]                   answer attendance (group or private)
 *   chuongtrinh <số>                                 the drafted agenda
 *   bienban <số> <nội dung>                          minutes after the meeting
 */
const composer = new Composer<BotContext>();
composer.use(hopNewFlow);
composer.use(hopAttendance);

/** Sub-commands that may be used in the group; the rest are paperwork for the private chat. */
const GROUP_SUBS = new Set(["comat", "vang"]);
const MANAGER_SUBS = new Set(["moi", "de_xuat", "dexuat", "doi", "huy", "diemdanh", "bienban"]);

const scheduleArgs = z
  .string()
  .trim()
  .transform((s) => {
    const [kind = "", date = "", time = "", ...place] = s.split(/\s+/);
    return { kind, date, time, place: place.join(" ") };
  });

composer.command("hop", async (ctx) => {
  const args = commandArgs(ctx);
  if (!args) return listUpcoming(ctx);
  const [rawSub = "", ...rest] = args.split(/\s+/);
  const sub = rawSub.toLowerCase();
  const tail = args.slice(rawSub.length).trim();
  const me = ctx.actor.member!;
  if (!GROUP_SUBS.has(sub) && !isPrivate(ctx)) return void (await ctx.ui.say(ctx.t("hop-private-sub", { sub })));
  if (MANAGER_SUBS.has(sub) && !MANAGER_ROLES.includes(me.role)) return void (await ctx.ui.say(ctx.t("err-meeting-managers-only")));
  switch (sub) {
    case "moi":
      return tail ? scheduleTyped(ctx, tail) : startScheduling(ctx);
    case "de_xuat":
    case "dexuat":
      return propose(ctx, rest);
    case "doi":
      return reschedule(ctx, rest);
    case "huy":
      return withId(ctx, rest[0], "hop-usage-huy", async (id) => {
        const m = await ctx.app.services.meetings.cancel(me, id, (mt) => ctx.t("hop-cancelled-group", { summary: meetingSummary(ctx, mt) }));
        await ctx.ui.say(ctx.t("hop-cancelled", { id: String(m.id) }));
      });
    case "diemdanh":
      return withId(ctx, rest[0], "hop-usage-diemdanh", (id) => showAttendance(ctx, id));
    case "comat":
      return withId(ctx, rest[0], "hop-usage-comat", (id) => typedPresent(ctx, id));
    case "vang":
      return withId(ctx, rest[0], "hop-usage-vang", (id) => typedAbsent(ctx, id, rest.slice(1).join(" ")));
    case "chuongtrinh":
      return withId(ctx, rest[0], "hop-usage-chuongtrinh", async (id) => {
        const { meeting, draft } = await ctx.app.services.meetings.agenda(me.agencyId, id);
        await ctx.ui.say(renderAgenda(ctx, meeting, draft));
      });
    case "bienban":
      return withId(ctx, rest[0], "hop-usage-bienban", async (id) => {
        const text = tail.replace(/^\S+/, "").trim();
        if (!text) return void (await ctx.ui.say(ctx.t("hop-usage-bienban")));
        await ctx.app.services.meetings.setMinutes(me, id, text);
        await ctx.ui.say(ctx.t("hop-minutes-done", { id }));
      });
    default:
      await ctx.ui.say(ctx.t("hop-usage"));
  }
});

async function withId(ctx: BotContext, raw: string | undefined, usageKey: string, fn: (id: number) => Promise<void>): Promise<void> {
  const id = idSchema.safeParse(raw ?? "");
  if (!id.success) return void (await ctx.ui.say(ctx.t(usageKey)));
  await fn(id.data);
}

async function listUpcoming(ctx: BotContext): Promise<void> {
  const me = ctx.actor.member!;
  const meetings = await ctx.app.services.meetings.listUpcoming(me.agencyId, me.id);
  const manager = MANAGER_ROLES.includes(me.role);
  if (!meetings.length) {
    await ctx.ui.say([ctx.t("hop-none"), manager && isPrivate(ctx) ? ctx.t("hop-manager-hint") : ""].filter(Boolean).join("\n"));
    return;
  }
  await ctx.ui.say(ctx.t("hop-list-title", { count: meetings.length }));
  // One message per meeting, each with its own buttons: shown at most 5, the rest are further away.
  for (const m of meetings.slice(0, 5)) {
    const answer = m.myAnswer === "PRESENT" ? ctx.t("hop-my-present") : m.myAnswer === "ABSENT" ? ctx.t("hop-my-absent") : ctx.t("hop-my-none");
    const kb = attendanceKeyboard(m.id);
    if (manager && isPrivate(ctx)) kb.row().text(ctx.t("hop-btn-list"), `hop:list:${m.id}`, `/hop diemdanh ${m.id}`);
    await ctx.ui.say([meetingSummary(ctx, m), answer].join("\n"), { choices: kb });
  }
  if (manager && isPrivate(ctx)) await ctx.ui.say(ctx.t("hop-manager-hint"));
}

/** `/hop moi quy 20/03/2026 08:00 Phòng họp số 1` — the whole flow on one line. */
async function scheduleTyped(ctx: BotContext, text: string): Promise<void> {
  const a = scheduleArgs.parse(text);
  const kind = parseKind(a.kind);
  if (!kind) return void (await ctx.ui.say(ctx.t("hop-usage-moi")));
  const date = typedDateSchema.safeParse(a.date);
  if (!date.success) return void (await ctx.ui.say(ctx.t("hop-bad-date")));
  const time = typedTimeSchema.safeParse(a.time);
  if (!time.success) return void (await ctx.ui.say(ctx.t("hop-bad-time")));
  const meeting = await ctx.app.services.meetings.schedule(ctx.actor.member!, {
    kind,
    startsAt: toInstant(date.data, time.data, ctx.app.timezone),
    place: a.place,
  }, announceScheduled(ctx));
  await ctx.ui.say(await scheduledReply(ctx, meeting));
}

async function reschedule(ctx: BotContext, rest: string[]): Promise<void> {
  const [rawId = "", rawDate = "", rawTime = "", ...place] = rest;
  const id = idSchema.safeParse(rawId);
  if (!id.success) return void (await ctx.ui.say(ctx.t("hop-usage-doi")));
  const date = typedDateSchema.safeParse(rawDate);
  if (!date.success) return void (await ctx.ui.say(ctx.t("hop-bad-date")));
  const time = typedTimeSchema.safeParse(rawTime);
  if (!time.success) return void (await ctx.ui.say(ctx.t("hop-bad-time")));
  const m = await ctx.app.services.meetings.reschedule(
    ctx.actor.member!,
    id.data,
    { startsAt: toInstant(date.data, time.data, ctx.app.timezone), ...(place.length ? { place: place.join(" ") } : {}) },
    (mt) => ctx.t("hop-moved-group", { summary: meetingSummary(ctx, mt) }),
  );
  await ctx.ui.say([ctx.t("hop-moved"), meetingSummary(ctx, m)].join("\n"));
}

const yearSchema = z.string().regex(/^\d{4}$/).transform(Number).pipe(z.number().int().min(2000).max(2100));

/** `/hop de_xuat [năm] [dongy]`: shows the proposal; the button (or "dongy") creates the meetings. */
async function propose(ctx: BotContext, rest: string[]): Promise<void> {
  const tz = ctx.app.timezone;
  const me = ctx.actor.member!;
  const thisYear = localDate(ctx.app.clock.now(), tz).year;
  const words = rest.map((w) => w.toLowerCase());
  const confirm = words.some((w) => ["dongy", "đồngý", "tao", "tạo"].includes(w));
  const yearWord = words.find((w) => /^\d+$/.test(w));
  const year = yearWord === undefined ? { success: true as const, data: thisYear } : yearSchema.safeParse(yearWord);
  if (!year.success || words.length > (yearWord ? 1 : 0) + (confirm ? 1 : 0)) return void (await ctx.ui.say(ctx.t("hop-usage-dexuat")));
  if (confirm) return createProposed(ctx, year.data);
  const proposals = await ctx.app.services.meetings.proposeQuarterly(me.agencyId, year.data);
  const lines = [ctx.t("hop-propose-title", { year: String(year.data) })];
  for (const p of proposals) {
    const when = formatDateTime(p.startsAt, tz);
    const key = p.existingId ? "hop-propose-existing" : p.past ? "hop-propose-past" : "hop-propose-new";
    lines.push(ctx.t(key, { quarter: p.quarter, when, id: String(p.existingId ?? 0) }));
  }
  const creatable = proposals.some((p) => !p.existingId && !p.past);
  if (!creatable) return void (await ctx.ui.say([...lines, ctx.t("hop-propose-nothing")].join("\n")));
  lines.push(ctx.t("hop-propose-confirm", { year: String(year.data), place: ctx.t("hop-default-place") }));
  const kb = new Choices().text(ctx.t("hop-btn-create-proposed"), `hop:prop:${year.data}`, `/hop de_xuat ${year.data} dongy`);
  await ctx.ui.say(lines.join("\n"), { choices: kb });
}

async function createProposed(ctx: BotContext, year: number): Promise<void> {
  const created = await ctx.app.services.meetings.createProposed(ctx.actor.member!, year, ctx.t("hop-default-place"));
  await ctx.ui.say([ctx.t("hop-propose-done", { count: created.length }), ...created.map((m) => meetingSummary(ctx, m))].join("\n\n"));
}

// Pressed twice or after the meetings were created by typing: the service finds nothing left to create.
onChoice(composer, /^hop:prop:(\d{4})$/, HOP_PRIVATE, async (ctx) => {
  const me = ctx.actor.member;
  if (!me || !isPrivate(ctx)) return refuseStale(ctx);
  await ctx.ui.ack();
  await ctx.ui.clearChoices();
  await createProposed(ctx, Number(ctx.match[1]));
});

export const hopFeature: Feature = {
  name: "hop",
  commands: [HOP],
  composer,
};
