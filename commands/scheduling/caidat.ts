import { Composer } from "grammy";
import { z } from "zod";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { MESSAGE_KINDS, timeSchema, type MessageKind, type SettingsPatch, type SettingsView } from "../../src/services/settings.js";
import { markReachable } from "../../src/messaging/unreachable.js";
import { commandArgs, wordsOf } from "../shared/shared.js";
import { foldTyped } from "../../src/format/typed-word.js";

/** What people type for a weekday: thu2 … thu7, cn (also "thứ 2", "t2", "2"…"8"). */
export function parseWeekday(word: string): number | undefined {
  const w = fold(word).replace(/\s+/g, "");
  if (["cn", "chunhat", "8"].includes(w)) return 7;
  const m = /^(?:thu|t)?([2-7])$/.exec(w);
  return m ? Number(m[1]) - 1 : undefined;
}

const fold = (s: string): string => foldTyped(s);

/** Range checked by the service (0–15): a typed "20" gets the friendly error there. */
const daysSchema = z.string().regex(/^\d{1,2}$/).transform(Number);
const kindSchema = z.string().transform((s) => fold(s)).pipe(z.enum(MESSAGE_KINDS));
const weekdaySchema = z.string().transform((s, c) => parseWeekday(s) ?? (c.addIssue({ code: "custom", message: "weekday" }), z.NEVER));

/** `/caidat <mục> <giá trị…>`: each setting has its own small grammar. */
const argsSchema = wordsOf(
  z.union([
    z.tuple([z.literal("tonghop"), weekdaySchema, timeSchema]).transform(([, d, t]): SettingsPatch => ({ digestWeekday: d, digestTime: t })),
    z.tuple([z.literal("gopy"), z.string()]).transform(([, list], c): SettingsPatch => {
      const times = z.array(timeSchema).min(1).max(6).safeParse(list.split(",").filter(Boolean));
      if (!times.success) {
        c.addIssue({ code: "custom", message: "times" });
        return z.NEVER;
      }
      return { feedbackTimes: times.data };
    }),
    z.tuple([z.literal("nhacviec"), timeSchema]).transform(([, t]): SettingsPatch => ({ reminderTime: t })),
    z.tuple([z.literal("nhachan"), daysSchema]).transform(([, n]): SettingsPatch => ({ deadlineLeadDays: n })),
    z.tuple([z.literal("nhachop"), daysSchema]).transform(([, n]): SettingsPatch => ({ meetingNudgeDays: n })),
    z.tuple([z.literal("gionghi"), timeSchema, timeSchema]).transform(([, a, b]): SettingsPatch => ({ quietStart: a, quietEnd: b })),
    // Where group posts go (docs/linking.md): "rieng" = to each committee member privately.
    z.tuple([z.literal("tinnhom"), z.enum(["rieng", "nhom"])]).transform(([, w]): SettingsPatch => ({ groupPostsPrivate: w === "rieng" })),
    z.tuple([z.literal("tat"), kindSchema]).transform(([, k]): SettingsPatch => ({ disable: k })),
    z.tuple([z.literal("bat"), kindSchema]).transform(([, k]): SettingsPatch => ({ enable: k })),
  ]),
);

const composer = new Composer<BotContext>();

composer.command("caidat", async (ctx) => {
  const me = ctx.actor.member!;
  const text = commandArgs(ctx);
  const settings = ctx.app.services.settings;
  if (!text) return void (await ctx.ui.say(render(ctx, await settings.get(me.agencyId))));
  // "thứ 6" is two words when typed; the grammar wants one.
  const parsed = argsSchema.safeParse(fold(text).replace(/\b(thu|t)\s+([2-7])\b/, "$1$2"));
  if (!parsed.success) return void (await ctx.ui.say([ctx.t("caidat-usage", { kinds: MESSAGE_KINDS.join(", ") }), ctx.t("caidat-usage-group-posts")].join("\n")));
  const updated = await settings.update(me, parsed.data);
  await ctx.ui.say([ctx.t("caidat-saved"), "", render(ctx, updated)].join("\n"));
});

function render(ctx: BotContext, s: SettingsView): string {
  const onOff = (k: MessageKind) => ctx.t(s.disabled.has(k) ? "caidat-off" : "caidat-on");
  return [
    ctx.t("caidat-title", { agency: ctx.actor.member!.agency.name }),
    ctx.t("caidat-digest", { day: ctx.t(`weekday-${s.digestWeekday}`), time: s.digestTime }),
    ctx.t("caidat-feedback", { times: s.feedbackTimes.join(", ") }),
    ctx.t("caidat-reminder-time", { time: s.reminderTime }),
    ctx.t("caidat-deadline-lead", { days: s.deadlineLeadDays }),
    ctx.t("caidat-meeting-lead", { days: s.meetingNudgeDays }),
    // Equal ends mean no quiet hours (quietHoursEnd), never "từ 00:00 đến 00:00".
    s.quietStart === s.quietEnd
      ? ctx.t("caidat-quiet-none")
      : ctx.t("caidat-quiet", { start: s.quietStart, end: s.quietEnd, nextDay: s.quietStart > s.quietEnd ? "yes" : "no" }),
    ctx.t(s.groupPostsPrivate ? "caidat-group-posts-private" : "caidat-group-posts-groups"),
    "",
    ctx.t("caidat-kinds-title"),
    ...MESSAGE_KINDS.map((k) => ctx.t("caidat-kind-line", { kind: k, label: ctx.t(`kind-${k}`), state: onOff(k) })),
  ].join("\n");
}

/**
 * Someone Telegram reported as having blocked the bot wrote to it again:
 * private messages reach them now. Runs before the other features (which may
 * not pass updates on) but after the anonymous feedback one, which must leave
 * no trace.
 */
const reachability = new Composer<BotContext>();
reachability.use(async (ctx, next) => {
  const m = ctx.actor?.member;
  if (m?.unreachableAt && ctx.chat?.type === "private") await markReachable(ctx.app.db, m.id);
  return next();
});

export const reachabilityFeature: Feature = { name: "reachability", commands: [], composer: reachability };

export const caidatFeature: Feature = {
  name: "caidat",
  commands: [{ command: "caidat", audience: "managers", chats: "private", help: "manage" }],
  composer,
};
