import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { formatDate } from "../../src/format/date.js";
import { dueLabel, stateLabel } from "./plan-render.js";

/** `/nhiemvu`: my tasks, overdue first, with status and when I last reported. */
const composer = new Composer<BotContext>();

composer.command("nhiemvu", async (ctx) => {
  const me = ctx.actor.member!;
  const tasks = await ctx.app.services.tasks.myTasks(me);
  if (!tasks.length) return void (await ctx.ui.say(ctx.t("nhiemvu-empty")));
  const lines = [ctx.t("nhiemvu-title", { name: me.fullName, count: tasks.length })];
  for (const t of tasks) {
    lines.push(
      ctx.t("nhiemvu-line", {
        number: String(t.number),
        state: stateLabel(ctx, t),
        title: t.title,
        due: dueLabel(ctx, t),
        percent: t.percent,
        last: t.lastReportAt ? formatDate(t.lastReportAt, ctx.app.timezone) : ctx.t("nhiemvu-never"),
      }),
    );
  }
  lines.push("", ctx.t("nhiemvu-hint"));
  await ctx.ui.say(lines.join("\n"));
});

export const nhiemvuFeature: Feature = {
  name: "nhiemvu",
  commands: [{ command: "nhiemvu", audience: "member", chats: "private", help: "work" }],
  composer,
};
