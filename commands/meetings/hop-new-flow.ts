import { Composer } from "grammy";
import { HOP_PRIVATE } from "./hop-spec.js";
import type { BotContext } from "../../src/bot/context.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { currentFlow, endFlow, inFlow, setStep, startFlow } from "../../src/bot/flows.js";
import { Choices } from "../../src/chat/message.js";
import { formatDateTime } from "../../src/format/date.js";
import { AGENDA_MAX, MeetingKind, PLACE_MAX, checkedText as cleanText } from "../../src/services/meetings.js";
import { DomainError } from "../../src/services/errors.js";
import { isTypedSkip, parseKind } from "./hop-input.js";
import { announceScheduled, kindLabel, meetingSummary, scheduledReply } from "./hop-render.js";
import { isTypedYes } from "../shared/shared.js";
import { replyOnDomainError } from "../shared/domain-reply.js";
import { refuseStale } from "../shared/stale.js";
import { localDate, type LocalDate } from "../../src/time/local-day.js";
import { type LocalTime, toInstant } from "../../src/time/local-time.js";
import { typedDateSchema } from "../../src/time/typed-date.js";
import { typedTimeSchema } from "../../src/time/typed-time.js";

/**
 * Scheduling a meeting step by step (secretary, private chat):
 * kind → date → time → place → agenda → confirm. Every step takes typed
 * input; choices are a shortcut (typed: the numbers and words the step takes). Nothing is written before the confirmation.
 */
const FLOW = "hop-new";

interface Draft {
  kind?: MeetingKind;
  date?: LocalDate;
  time?: LocalTime;
  place?: string;
  agenda?: string | null;
}

export async function startScheduling(ctx: BotContext): Promise<void> {
  startFlow(ctx, FLOW, "kind");
  const kb = new Choices().text(ctx.t("hop-btn-quarterly"), "hopnew:kind:Q", ["1", "quý"]).text(ctx.t("hop-btn-extraordinary"), "hopnew:kind:E", ["2", "bất thường"]);
  await ctx.ui.say(ctx.t("hop-new-ask-kind"), { choices: kb });
}

export const hopNewFlow = new Composer<BotContext>();

function draft(ctx: BotContext): Draft {
  return ctx.session.flow!.data as Draft;
}

async function setKind(ctx: BotContext, kind: MeetingKind): Promise<void> {
  setStep(ctx, "date", { kind });
  await ctx.ui.say(ctx.t("hop-new-ask-date"));
}

onChoice(hopNewFlow, /^hopnew:kind:(Q|E)$/, HOP_PRIVATE, async (ctx) => {
  if (!currentFlow(ctx, FLOW) || ctx.session.flow?.step !== "kind") return refuseStale(ctx);
  await ctx.ui.ack();
  await ctx.ui.clearChoices();
  await setKind(ctx, ctx.match[1] === "Q" ? MeetingKind.QUARTERLY : MeetingKind.EXTRAORDINARY);
});

hopNewFlow.filter(inFlow(FLOW, "kind")).on("message:text", async (ctx, next) => {
  if (ctx.msg.text.startsWith("/")) return next();
  const kind = parseKind(ctx.msg.text);
  if (!kind) return void (await ctx.ui.say(ctx.t("hop-new-bad-kind")));
  await setKind(ctx, kind);
});

hopNewFlow.filter(inFlow(FLOW, "date")).on("message:text", async (ctx, next) => {
  if (ctx.msg.text.startsWith("/")) return next();
  const date = typedDateSchema.safeParse(ctx.msg.text);
  if (!date.success) return void (await ctx.ui.say(ctx.t("hop-bad-date")));
  const today = localDate(ctx.app.clock.now(), ctx.app.timezone);
  if (compareDays(date.data, today) < 0) return void (await ctx.ui.say(ctx.t("err-meeting-in-past")));
  setStep(ctx, "time", { date: date.data });
  await ctx.ui.say(ctx.t("hop-new-ask-time"));
});

hopNewFlow.filter(inFlow(FLOW, "time")).on("message:text", async (ctx, next) => {
  if (ctx.msg.text.startsWith("/")) return next();
  const time = typedTimeSchema.safeParse(ctx.msg.text);
  if (!time.success) return void (await ctx.ui.say(ctx.t("hop-bad-time")));
  const startsAt = toInstant(draft(ctx).date!, time.data, ctx.app.timezone);
  // Today's date with an hour already gone: ask for the time again, the date stays.
  if (startsAt <= ctx.app.clock.now()) return void (await ctx.ui.say(ctx.t("err-meeting-in-past")));
  setStep(ctx, "place", { time: time.data });
  await ctx.ui.say(ctx.t("hop-new-ask-place"));
});

hopNewFlow.filter(inFlow(FLOW, "place")).on("message:text", async (ctx, next) => {
  if (ctx.msg.text.startsWith("/")) return next();
  const place = tryClean(ctx.msg.text, PLACE_MAX, false);
  if (!place) return void (await ctx.ui.say(ctx.t("err-meeting-bad-place", { max: PLACE_MAX })));
  setStep(ctx, "agenda", { place });
  const kb = new Choices().text(ctx.t("hop-btn-skip"), "hopnew:agenda:skip", "bỏ qua");
  await ctx.ui.say(ctx.t("hop-new-ask-agenda"), { choices: kb });
});

hopNewFlow.filter(inFlow(FLOW, "agenda")).on("message:text", async (ctx, next) => {
  if (ctx.msg.text.startsWith("/")) return next();
  if (isTypedSkip(ctx.msg.text)) return setAgenda(ctx, null);
  const agenda = tryClean(ctx.msg.text, AGENDA_MAX, true);
  if (!agenda) return void (await ctx.ui.say(ctx.t("err-meeting-bad-agenda", { max: AGENDA_MAX })));
  await setAgenda(ctx, agenda);
});

onChoice(hopNewFlow, /^hopnew:agenda:skip$/, HOP_PRIVATE, async (ctx) => {
  if (!currentFlow(ctx, FLOW) || ctx.session.flow?.step !== "agenda") return refuseStale(ctx);
  await ctx.ui.ack();
  await ctx.ui.clearChoices();
  await setAgenda(ctx, null);
});

async function setAgenda(ctx: BotContext, agenda: string | null): Promise<void> {
  setStep(ctx, "confirm", { agenda });
  const d = draft(ctx);
  const startsAt = toInstant(d.date!, d.time!, ctx.app.timezone);
  const kb = new Choices().text(ctx.t("btn-confirm"), "hopnew:confirm", ["đồng ý", "xác nhận"]).text(ctx.t("btn-cancel"), "hopnew:cancel", "hủy");
  await ctx.ui.say(
    ctx.t("hop-new-confirm", {
      kind: kindLabel(ctx, { kind: d.kind!, quarter: Math.floor((d.date!.month - 1) / 3) + 1, year: d.date!.year }),
      when: formatDateTime(startsAt, ctx.app.timezone),
      place: d.place!,
      agenda: agenda ?? "-",
    }),
    { choices: kb },
  );
}

hopNewFlow.filter(inFlow(FLOW, "confirm")).on("message:text", async (ctx, next) => {
  if (ctx.msg.text.startsWith("/")) return next();
  if (isTypedYes(ctx.msg.text)) return finish(ctx);
  await ctx.ui.say(ctx.t("hop-new-confirm-typed"));
});

onChoice(hopNewFlow, /^hopnew:(confirm|cancel)$/, HOP_PRIVATE, async (ctx) => {
  if (!currentFlow(ctx, FLOW) || ctx.session.flow?.step !== "confirm") return refuseStale(ctx);
  await ctx.ui.ack();
  await ctx.ui.clearChoices();
  if (ctx.match[1] === "confirm") return finish(ctx);
  endFlow(ctx);
  await ctx.ui.say(ctx.t("flow-cancelled"));
});

async function finish(ctx: BotContext): Promise<void> {
  const d = draft(ctx);
  const me = ctx.actor.member;
  // The flow ends whatever happens: a refusal (the quarter got its meeting
  // meanwhile, the hour passed) is explained and must not leave the user stuck.
  endFlow(ctx);
  if (!me) return void (await ctx.ui.say(ctx.t("guard-not-member")));
  await replyOnDomainError(ctx, async () => {
    const meeting = await ctx.app.services.meetings.schedule(me, {
      kind: d.kind!,
      startsAt: toInstant(d.date!, d.time!, ctx.app.timezone),
      place: d.place!,
      agenda: d.agenda ?? null,
    }, announceScheduled(ctx));
    await ctx.ui.say(await scheduledReply(ctx, meeting));
  });
}

function compareDays(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The service's own cleaning rule, used early so a bad answer is caught at its step. */
function tryClean(text: string, max: number, multiline: boolean): string | undefined {
  try {
    return cleanText(text, max, "x", multiline);
  } catch (e) {
    if (e instanceof DomainError) return undefined;
    throw e;
  }
}
