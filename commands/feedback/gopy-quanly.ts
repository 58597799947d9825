import { Composer } from "grammy";
import { z } from "zod";
import type { BotContext } from "../../src/bot/context.js";
import type { CommandSpec, Feature } from "../../src/bot/command-spec.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { currentFlow, endFlow, inFlow, setStep, startFlow } from "../../src/bot/flows.js";
import { Choices } from "../../src/chat/message.js";
import {
  FEEDBACK_K_ANONYMITY,
  FEEDBACK_MAX_CHARS,
  FeedbackStatus,
  type FeedbackWithReplies,
} from "../../src/services/feedback.js";
import type { Member } from "../../src/generated/prisma/client.js";
import { commandArgs, idSchema } from "../shared/shared.js";
import { refuseStale } from "../shared/stale.js";
import { ackOpeningPrivateChat } from "./open-private.js";
import { showDay } from "../../src/time/local-day.js";

export const GOPY_DS: CommandSpec = { command: "gopy_ds", audience: "leaders", chats: "both", help: "feedback" };
export const TRALOI: CommandSpec = { command: "traloi", audience: "leaders", chats: "private", help: "feedback" };

/**
 * The committee's side of anonymous feedback (head, deputy, secretary): list,
 * take, reply (privately or also in the group) and close. These updates are
 * NOT anonymous: the committee acts under its own name. Buttons under the
 * batch messages in the group (`gopyql:<action>:<id>`) have typed
 * alternatives: /gopy_nhan, /traloi, /gopy_dong.
 */
const FLOW = "feedback-reply";
/** The "reply" button in the group opens the private chat with `/start gopytl_<id>`. */
const DEEP_LINK = /^gopytl_(\d{1,9})$/;

const STATUS_WORDS: Record<string, readonly FeedbackStatus[]> = {
  moi: [FeedbackStatus.NEW],
  dangxuly: [FeedbackStatus.IN_PROGRESS],
  datraloi: [FeedbackStatus.ANSWERED],
  dadong: [FeedbackStatus.CLOSED],
  tatca: [FeedbackStatus.NEW, FeedbackStatus.IN_PROGRESS, FeedbackStatus.ANSWERED, FeedbackStatus.CLOSED],
};
const OPEN = [FeedbackStatus.NEW, FeedbackStatus.IN_PROGRESS, FeedbackStatus.ANSWERED];

/** `/traloi 12 nội dung…`: a number, then optionally the text (which may span lines). */
const traloiSchema = z
  .string()
  .regex(/^#?\d{1,9}(\s[\s\S]*)?$/)
  .transform((s) => {
    const m = /^#?(\d{1,9})\s*([\s\S]*)$/.exec(s)!;
    return { number: Number(m[1]), text: m[2]!.trim() };
  });

const composer = new Composer<BotContext>();

function leader(ctx: BotContext): Member {
  // The guard checked the command or choice; the service checks the role again for its write.
  const member = ctx.actor.member;
  if (!member) throw new Error("feedback handling without a member");
  return member;
}

composer.command("gopy_ds", async (ctx) => {
  const word = commandArgs(ctx).toLowerCase();
  const statuses = word ? STATUS_WORDS[word] : OPEN;
  if (!statuses) return void (await ctx.ui.say(ctx.t("gopy-ds-usage")));
  const member = leader(ctx);
  const items = await ctx.app.services.feedback.list(member, statuses);
  const label = !word ? ctx.t("gopy-ds-open") : word === "tatca" ? ctx.t("gopy-ds-all") : ctx.t(`gopy-status-${statuses[0]}`);
  const parts = [ctx.t("gopy-ds-title", { status: label, count: items.length })];
  parts.push(items.length ? items.map((f) => listItem(ctx, f)).join("\n\n") : ctx.t("gopy-ds-empty"));
  parts.push(ctx.t("gopy-ds-hint"));
  parts.push(await statsText(ctx, member.agencyId));
  await ctx.ui.say(parts.join("\n\n"));
});

function listItem(ctx: BotContext, f: FeedbackWithReplies): string {
  const text = f.text.length > 300 ? `${f.text.slice(0, 300)}…` : f.text;
  return ctx.t("gopy-ds-item", {
    number: f.number,
    category: ctx.t(`gopy-cat-${f.category}`),
    date: showDay(f.day),
    status: ctx.t(`gopy-status-${f.status}`),
    replies: f.replies.length ? ctx.t("gopy-ds-replies", { count: f.replies.length }) : "",
    text,
  });
}

async function statsText(ctx: BotContext, agencyId: number): Promise<string> {
  const now = ctx.app.clock.now();
  const from = new Date(now.getTime() - 365 * 86_400_000);
  const stats = await ctx.app.services.feedback.feedbackStats(agencyId, from, now);
  const lines = [ctx.t("gopy-stats-title", { k: FEEDBACK_K_ANONYMITY })];
  if (stats.buckets.length === 0) lines.push(ctx.t("gopy-stats-none", { k: FEEDBACK_K_ANONYMITY }));
  for (const b of stats.buckets) {
    const [y, m] = b.month.split("-");
    lines.push(ctx.t("gopy-stats-line", { month: `${m}/${y}`, category: ctx.t(`gopy-cat-${b.category}`), count: b.count }));
  }
  if (stats.hidden > 0) lines.push(ctx.t("gopy-stats-hidden", { hidden: stats.hidden, k: FEEDBACK_K_ANONYMITY }));
  return lines.join("\n");
}

composer.command("gopy_nhan", (ctx) => numberCommand(ctx, "gopy_nhan", take));
composer.command("gopy_dong", (ctx) => numberCommand(ctx, "gopy_dong", close));

async function numberCommand(ctx: BotContext, command: string, act: (ctx: BotContext, n: number) => Promise<string>): Promise<void> {
  const n = idSchema.safeParse(commandArgs(ctx));
  if (!n.success) return void (await ctx.ui.say(ctx.t("gopy-number-usage", { command })));
  await ctx.ui.say(await act(ctx, n.data));
}

async function take(ctx: BotContext, number: number): Promise<string> {
  const member = leader(ctx);
  const { feedback, changed } = await ctx.app.services.feedback.take(member, number);
  return changed
    ? ctx.t("gopy-taken", { name: member.fullName, number })
    : ctx.t("gopy-already-taken", { number, status: ctx.t(`gopy-status-${feedback.status}`) });
}

async function close(ctx: BotContext, number: number): Promise<string> {
  const member = leader(ctx);
  const { changed } = await ctx.app.services.feedback.close(member, number);
  return changed ? ctx.t("gopy-closed", { name: member.fullName, number }) : ctx.t("gopy-already-closed", { number });
}

onChoice(composer, /^gopyql:(take|reply|close):(\d{1,9})$/, GOPY_DS, async (ctx) => {
  const member = ctx.actor.member;
  if (!member) return void (await ctx.ui.ack(ctx.t("guard-not-member"), { alert: true }));
  const feedback = await ctx.app.services.feedback.getById(member, Number(ctx.match[2]));
  const action = ctx.match[1];
  if (action === "reply") {
    if (ctx.chat?.type === "private") {
      await ctx.ui.ack();
      return askReply(ctx, feedback.number);
    }
    // The private chat opens with `/start gopytl_<id>`: the reply is written there, not in the group.
    return ackOpeningPrivateChat(ctx, `gopytl_${feedback.id}`, `/traloi ${feedback.number}`);
  }
  const text = action === "take" ? await take(ctx, feedback.number) : await close(ctx, feedback.number);
  // In the group everyone sees who took or closed what; without a chat (an old inline message) an alert says it.
  if (!ctx.chat) return void (await ctx.ui.ack(text, { alert: true }));
  await ctx.ui.ack();
  await ctx.ui.say(text);
});

composer.command("start", async (ctx, next) => {
  const m = DEEP_LINK.exec(commandArgs(ctx));
  if (!m || ctx.chat.type !== "private") return next();
  const member = ctx.actor.member;
  if (!member) return void (await ctx.ui.say(ctx.t("guard-not-member")));
  const feedback = await ctx.app.services.feedback.getById(member, Number(m[1]));
  await askReply(ctx, feedback.number);
});

composer.command("traloi", async (ctx) => {
  const args = traloiSchema.safeParse(commandArgs(ctx));
  if (!args.success) return void (await ctx.ui.say(ctx.t("traloi-usage")));
  const { number, text } = args.data;
  if (!text) return askReply(ctx, number);
  const feedback = await ctx.app.services.feedback.get(leader(ctx), number);
  if (feedback.status === FeedbackStatus.CLOSED) return void (await ctx.ui.say(ctx.t("err-feedback-closed", { number })));
  await confirmReply(ctx, number, text);
});

async function askReply(ctx: BotContext, number: number): Promise<void> {
  const f = await ctx.app.services.feedback.get(leader(ctx), number);
  if (f.status === FeedbackStatus.CLOSED) return void (await ctx.ui.say(ctx.t("err-feedback-closed", { number })));
  startFlow(ctx, FLOW, "text", { number });
  await ctx.ui.say(
    ctx.t("traloi-ask-text", {
      number,
      category: ctx.t(`gopy-cat-${f.category}`),
      date: showDay(f.day),
      text: f.text.length > 500 ? `${f.text.slice(0, 500)}…` : f.text,
      max: FEEDBACK_MAX_CHARS,
    }),
  );
}

async function confirmReply(ctx: BotContext, number: number, raw: string): Promise<void> {
  const text = raw.normalize("NFC").trim();
  if (text.length > FEEDBACK_MAX_CHARS) {
    return void (await ctx.ui.say(ctx.t("err-feedback-too-long", { max: FEEDBACK_MAX_CHARS, length: text.length })));
  }
  if (currentFlow(ctx, FLOW)) setStep(ctx, "confirm", { number, text });
  else startFlow(ctx, FLOW, "confirm", { number, text });
  // Typed: the words the confirmation step already takes (riêng / công khai), and "hủy".
  const kb = new Choices()
    .text(ctx.t("traloi-btn-private"), "gopytl:private", "riêng")
    .text(ctx.t("traloi-btn-public"), "gopytl:public", "công khai")
    .row()
    .text(ctx.t("btn-cancel"), "gopytl:cancel", "hủy");
  await ctx.ui.say(ctx.t("traloi-confirm", { number, text }), { choices: kb });
}

composer.filter(inFlow(FLOW, "text")).on("message", async (ctx, next) => {
  const text = ctx.msg.text;
  if (text?.startsWith("/")) return next();
  if (!text?.trim()) return void (await ctx.ui.say(ctx.t("err-feedback-reply-empty")));
  await confirmReply(ctx, ctx.session.flow!.data.number as number, text);
});

composer.filter(inFlow(FLOW, "confirm")).on("message:text", async (ctx, next) => {
  const word = ctx.msg.text.normalize("NFC").trim().toLowerCase();
  if (word.startsWith("/")) return next();
  if (["riêng", "rieng", "1"].includes(word)) return finishReply(ctx, false);
  if (["công khai", "cong khai", "2"].includes(word)) return finishReply(ctx, true);
  await ctx.ui.say(ctx.t("traloi-confirm-typed"));
});

onChoice(composer, /^gopytl:(private|public|cancel)$/, TRALOI, async (ctx) => {
  if (!currentFlow(ctx, FLOW) || ctx.session.flow?.step !== "confirm") return refuseStale(ctx);
  await ctx.ui.ack();
  await ctx.ui.clearChoices();
  const action = ctx.match[1];
  if (action === "cancel") {
    endFlow(ctx);
    return void (await ctx.ui.say(ctx.t("flow-cancelled")));
  }
  await finishReply(ctx, action === "public");
});

async function finishReply(ctx: BotContext, isPublic: boolean): Promise<void> {
  const { number, text } = ctx.session.flow!.data as { number: number; text: string };
  // The flow ends whatever happens: a refusal (closed meanwhile) is explained by the error boundary.
  endFlow(ctx);
  await ctx.app.services.feedback.reply(leader(ctx), number, text, {
    public: isPublic,
    groupPost: (n, t) => ctx.t("gopy-public-reply", { number: n, text: t }),
  });
  await ctx.ui.say(ctx.t(isPublic ? "traloi-done-public" : "traloi-done", { number }));
}

export const gopyQuanLyFeature: Feature = {
  name: "gopy-quanly",
  commands: [
    GOPY_DS,
    TRALOI,
    { command: "gopy_nhan", audience: "leaders", chats: "both", help: "feedback", menu: false },
    { command: "gopy_dong", audience: "leaders", chats: "both", help: "feedback", menu: false },
  ],
  composer,
};
