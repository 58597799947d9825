import { Composer } from "grammy";
import { HOP, HOP_PRIVATE } from "./hop-spec.js";
import type { BotContext, SessionData } from "../../src/bot/context.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { endFlow, inFlow, startFlow } from "../../src/bot/flows.js";
import { isPrivate, platformUser } from "../../src/bot/platform.js";
import { Choices } from "../../src/chat/message.js";
import { attendanceChoices } from "../../src/scheduler/jobs/meeting-texts.js";
import { prismaSessionStorage, privateSessionKey } from "../../src/bot/session-storage.js";
import { AttendanceAnswer, REASON_MAX, checkedText as cleanText } from "../../src/services/meetings.js";
import { DomainError } from "../../src/services/errors.js";
import { kindLabel } from "./hop-render.js";
import { replyOnDomainError } from "../shared/domain-reply.js";
import { refuseStale } from "../shared/stale.js";
import { formatDateTime } from "../../src/format/date.js";

/**
 * Attendance: the "Có mặt" / "Vắng" buttons under reminders and /hop, the
 * typed `/hop comat <số>` / `/hop vang <số> [lý do]`, the private question for
 * the reason of an absence, and the secretary's list.
 */
const REASON_FLOW = "hop-reason";

export const hopAttendance = new Composer<BotContext>();

/** The same choices as under a reminder (one definition, `meeting-texts.ts`): typed, `/hop comat <số>` and `/hop vang <số>`. */
export function attendanceKeyboard(meetingId: number): Choices {
  return Choices.from(attendanceChoices(meetingId));
}

// Typed forms are full commands (they work in the group too), so this runs for a pressed button.
onChoice(hopAttendance, /^hop:att:(\d+):(P|A)$/, HOP, async (ctx) => {
  const me = ctx.actor.member;
  if (!me) return void (await ctx.ui.ack(ctx.t("guard-not-member"), { alert: true }));
  const meetingId = Number(ctx.match[1]);
  // A cancelled or past meeting is refused by the service (err-meeting-cancelled / -started): the stale-button case.
  if (ctx.match[2] === "P") {
    await ctx.app.services.meetings.answer(me, meetingId, AttendanceAnswer.PRESENT);
    const text = ctx.t("hop-answer-present", { id: String(meetingId) });
    // In the group the small notice is the whole answer; in private it is also said, as before.
    await ctx.ui.ack(ctx.ui.arrival === "button" ? text : undefined);
    if (isPrivate(ctx)) await ctx.ui.say(text);
    return;
  }
  await ctx.app.services.meetings.answer(me, meetingId, AttendanceAnswer.ABSENT);
  if (isPrivate(ctx)) {
    await ctx.ui.ack();
    await askReasonHere(ctx, meetingId);
    return;
  }
  const asked = await askReasonPrivately(ctx, meetingId);
  await ctx.ui.ack(asked ? ctx.t("hop-answer-absent-group", { id: String(meetingId) }) : ctx.t("hop-answer-absent-open-private", { id: String(meetingId) }), {
    alert: !asked,
  });
});

/** `/hop comat <số>` */
export async function typedPresent(ctx: BotContext, meetingId: number): Promise<void> {
  const me = ctx.actor.member!;
  await ctx.app.services.meetings.answer(me, meetingId, AttendanceAnswer.PRESENT);
  await ctx.ui.say(ctx.t("hop-answer-present", { id: String(meetingId) }));
}

/** `/hop vang <số> [lý do]`: without a reason the bot asks for it (privately). */
export async function typedAbsent(ctx: BotContext, meetingId: number, reason: string): Promise<void> {
  const me = ctx.actor.member!;
  if (reason) {
    await ctx.app.services.meetings.answer(me, meetingId, AttendanceAnswer.ABSENT, reason);
    await ctx.ui.say(ctx.t("hop-answer-absent-done", { id: String(meetingId) }));
    return;
  }
  await ctx.app.services.meetings.answer(me, meetingId, AttendanceAnswer.ABSENT);
  if (isPrivate(ctx)) return askReasonHere(ctx, meetingId);
  const asked = await askReasonPrivately(ctx, meetingId);
  await ctx.ui.say(asked ? ctx.t("hop-answer-absent-group", { id: String(meetingId) }) : ctx.t("hop-answer-absent-open-private", { id: String(meetingId) }));
}

async function askReasonHere(ctx: BotContext, meetingId: number): Promise<void> {
  startFlow(ctx, REASON_FLOW, "reason", { meetingId });
  await ctx.ui.say(ctx.t("hop-ask-reason", { id: String(meetingId) }));
}

/**
 * The button was pressed in the group, whose updates have no session: the
 * reason is asked in the person's private chat, and their private session is
 * set to expect it — unless they are in the middle of another dialogue, which
 * is left alone (the message then shows the typed form). Updates of one person
 * are handled in order (sequentialize by user), so this write cannot race
 * with their private chat. Returns false when the bot cannot write to them
 * (they never opened a private chat).
 *
 * Sent now through `ctx.ui.sayPrivately`, not through the outbox: this is not a notice to someone else
 * but the next step of the presser's own dialogue, moved to their private
 * chat. The answer in the group ("check your private chat" or "type /hop vang
 * <số> <lý do>") and whether the private session is set both depend on the
 * send succeeding now; a queued question could arrive after quiet hours or
 * never, leaving a session waiting for a reason nobody was asked for.
 */
async function askReasonPrivately(ctx: BotContext, meetingId: number): Promise<boolean> {
  const user = platformUser(ctx);
  if (!user) return false;
  const storage = prismaSessionStorage<SessionData>(ctx.app.db);
  const key = privateSessionKey(user.platform, user.userId);
  const session = (await storage.read(key)) ?? {};
  const busy = Boolean(session.flow && session.flow.name !== REASON_FLOW);
  const sent = await ctx.ui.sayPrivately(ctx.t(busy ? "hop-ask-reason-typed" : "hop-ask-reason", { id: String(meetingId) }));
  if (!sent) return false;
  if (!busy) {
    session.flow = { name: REASON_FLOW, step: "reason", data: { meetingId }, startedAt: ctx.app.clock.now().toISOString() };
    await storage.write(key, session);
  }
  return true;
}

hopAttendance.filter(inFlow(REASON_FLOW, "reason")).on("message:text", async (ctx, next) => {
  if (ctx.msg.text.startsWith("/")) return next();
  const meetingId = Number(ctx.session.flow!.data.meetingId);
  let reason: string;
  try {
    reason = cleanText(ctx.msg.text, REASON_MAX, "meeting-bad-reason");
  } catch (e) {
    // Asked again, the flow stays where it was.
    if (e instanceof DomainError) return void (await ctx.ui.say(ctx.t("err-meeting-bad-reason", { max: REASON_MAX })));
    throw e;
  }
  // Ends whatever happens: if the meeting was cancelled meanwhile the explanation is enough.
  endFlow(ctx);
  await replyOnDomainError(ctx, async () => {
    await ctx.app.services.meetings.answer(ctx.actor.member!, meetingId, AttendanceAnswer.ABSENT, reason);
    await ctx.ui.say(ctx.t("hop-answer-absent-done", { id: String(meetingId) }));
  });
});

/** The secretary's (or head's) view of who answered what. */
export async function showAttendance(ctx: BotContext, meetingId: number): Promise<void> {
  const list = await ctx.app.services.meetings.attendanceList(ctx.actor.member!, meetingId);
  const m = list.meeting;
  const lines = [
    ctx.t("hop-att-title", { id: String(m.id), kind: kindLabel(ctx, m), when: formatDateTime(m.startsAt, ctx.app.timezone) }),
    ctx.t("hop-att-present", { count: list.present.length }),
    ...list.present.map((p) => ctx.t("hop-att-line", { name: p.fullName })),
    ctx.t("hop-att-absent", { count: list.absent.length }),
    ...list.absent.map((a) => ctx.t("hop-att-absent-line", { name: a.member.fullName, reason: a.reason ?? ctx.t("hop-att-no-reason") })),
    ctx.t("hop-att-unanswered", { count: list.unanswered.length }),
    ...list.unanswered.map((p) => ctx.t("hop-att-line", { name: p.fullName })),
  ];
  await ctx.ui.say(lines.join("\n"));
}

onChoice(hopAttendance, /^hop:list:(\d+)$/, HOP_PRIVATE, async (ctx) => {
  if (!ctx.actor.member || !isPrivate(ctx)) return refuseStale(ctx);
  await ctx.ui.ack();
  await showAttendance(ctx, Number(ctx.match[1]));
});
