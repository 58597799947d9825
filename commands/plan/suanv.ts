import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { CommandSpec, Feature } from "../../src/bot/command-spec.js";
import { parseTypedDueDate } from "../../src/services/periods.js";
import { commandArgs } from "../shared/shared.js";
import { ownersLabel, taskLineArgs } from "./plan-render.js";
import { noticeLines } from "../shared/notice-reply.js";
import { Choices } from "../../src/chat/message.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { refuseStale } from "../shared/stale.js";
import { localDate } from "../../src/time/local-day.js";

export const HUYNV: CommandSpec = { command: "huynv", audience: "managers", chats: "private", help: "manage", menu: false };

/**
 * `/suanv <số> ten|han|mota|giao <giá trị>` edits or reassigns a task in one
 * typed line (no buttons needed, so it works on Zalo); `/huynv <số>` cancels
 * after a confirmation (button, or `/huynv <số> dongy`).
 */
const composer = new Composer<BotContext>();

const EDIT = /^#?(\d{1,6})(?:\s+(ten|han|mota|giao)\s+([\s\S]+))?$/i;

composer.command("suanv", async (ctx) => {
  const m = EDIT.exec(commandArgs(ctx));
  if (!m) return void (await ctx.ui.say(ctx.t("suanv-usage")));
  const me = ctx.actor.member!;
  const number = Number(m[1]);
  const field = m[2]?.toLowerCase();
  const value = m[3]?.trim() ?? "";
  const tasks = ctx.app.services.tasks;
  if (!field) {
    const t = await tasks.getByNumber(me.agencyId, number);
    const show = ctx.t("suanv-show", taskLineArgs(ctx, t));
    return void (await ctx.ui.say(`${show}\n\n${ctx.t("suanv-usage")}`));
  }
  if (field === "giao") {
    const ids = /^[\s#\d,;]+$/.test(value) ? value.split(/[\s,;]+/).filter(Boolean).map((s) => Number(s.replace("#", ""))) : [];
    if (!ids.length) return void (await ctx.ui.say(ctx.t("suanv-usage")));
    // The newly added assignees' notices were queued with the change (TaskService.reassign).
    const { task } = await tasks.reassign(me, number, ids);
    const done = ctx.t("suanv-reassigned", { number: String(task.number), owners: ownersLabel(ctx, task.assignees) });
    return void (await ctx.ui.say([done, ...(await noticeLines(ctx, task.notified))].join("\n")));
  }
  if (field === "han") {
    const now = ctx.app.clock.now();
    const parsed = parseTypedDueDate(value, now, ctx.app.timezone);
    if (!parsed.ok) {
      const year = localDate(now, ctx.app.timezone).year;
      return void (await ctx.ui.say(ctx.t(`bad-date-${parsed.reason}`, { text: value.slice(0, 20), year: String(year) })));
    }
    const task = await tasks.update(me, number, { dueDate: parsed.date });
    return void (await ctx.ui.say(ctx.t("suanv-done", { number: String(task.number), title: task.title })));
  }
  const task = await tasks.update(me, number, field === "ten" ? { title: value } : { description: value });
  await ctx.ui.say(ctx.t("suanv-done", { number: String(task.number), title: task.title }));
});

composer.command("huynv", async (ctx) => {
  const m = /^#?(\d{1,6})(\s+(dongy|đồng ý|dong y))?$/i.exec(commandArgs(ctx));
  if (!m) return void (await ctx.ui.say(ctx.t("huynv-usage")));
  const me = ctx.actor.member!;
  const number = Number(m[1]);
  if (m[2]) return cancelTask(ctx, number);
  const task = await ctx.app.services.tasks.getByNumber(me.agencyId, number);
  const kb = new Choices()
    .text(ctx.t("btn-confirm"), `hn:${task.id}:${task.number}:yes`, ["đồng ý", "xác nhận"])
    .text(ctx.t("btn-cancel"), `hn:${task.id}:${task.number}:no`, "hủy");
  await ctx.ui.say(ctx.t("huynv-confirm", { number: String(task.number), title: task.title }), { choices: kb });
});

onChoice(composer, /^hn:(\d+):(\d+):(yes|no)$/, HUYNV, async (ctx) => {
  if (!ctx.actor.member) return refuseStale(ctx);
  await ctx.ui.ack();
  await ctx.ui.clearChoices();
  if (ctx.match[3] === "no") return void (await ctx.ui.say(ctx.t("huynv-kept")));
  // An already-cancelled task (old button pressed twice) is refused by the service.
  await cancelTask(ctx, Number(ctx.match[2]));
});

async function cancelTask(ctx: BotContext, number: number): Promise<void> {
  const task = await ctx.app.services.tasks.cancel(ctx.actor.member!, number);
  await ctx.ui.say(ctx.t("huynv-done", { number: String(task.number), title: task.title }));
}

export const suanvFeature: Feature = {
  name: "suanv",
  commands: [
    { command: "suanv", audience: "managers", chats: "private", help: "manage", menu: false },
    HUYNV,
  ],
  composer,
};
