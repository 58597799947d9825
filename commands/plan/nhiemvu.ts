import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { CommandSpec, Feature } from "../../src/bot/command-spec.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { formatDate } from "../../src/format/date.js";
import { commandArgs } from "../shared/shared.js";
import { dueLabel, stateLabel } from "./plan-render.js";
import { PAGE_CHARS, linePage, pageArg, pageChoices } from "./paging.js";

export const NHIEMVU: CommandSpec = { command: "nhiemvu", audience: "member", chats: "private", help: "work" };

/** `/nhiemvu [trang]`: my tasks, overdue first, with status and when I last reported; paged, one message per page. */
const composer = new Composer<BotContext>();

composer.command("nhiemvu", async (ctx) => {
  const page = pageArg.safeParse(commandArgs(ctx));
  if (!page.success) return void (await ctx.ui.say(ctx.t("nhiemvu-usage")));
  await show(ctx, page.data, false);
});

onChoice(composer, /^nv:(\d{1,3})$/, NHIEMVU, async (ctx) => {
  await ctx.ui.ack();
  await show(ctx, Number(ctx.match[1]), true);
});

async function show(ctx: BotContext, wanted: number, edit: boolean): Promise<void> {
  const me = ctx.actor.member!;
  const tasks = await ctx.app.services.tasks.myTasks(me);
  if (!tasks.length) return void (await ctx.ui.say(ctx.t("nhiemvu-empty")));
  const line = (i: number) => {
    const t = tasks[i]!;
    return ctx.t("nhiemvu-line", {
      number: String(t.number),
      state: stateLabel(ctx, t),
      title: t.title,
      due: dueLabel(ctx, t),
      percent: t.percent,
      last: t.lastReportAt ? formatDate(t.lastReportAt, ctx.app.timezone) : ctx.t("nhiemvu-never"),
    });
  };
  const title = ctx.t("nhiemvu-title", { name: me.fullName, count: tasks.length });
  const hint = ctx.t("nhiemvu-hint");
  const p = linePage(tasks.length, line, wanted, PAGE_CHARS - title.length - hint.length - 150);
  const top = p.page === 1 ? title : ctx.t("nhiemvu-page-title", { title, page: p.page });
  const more = p.hasNext ? `\n${ctx.t("nhiemvu-more", { next: p.page + 1 })}` : "";
  const text = `${top}\n${p.lines.join("\n")}\n\n${hint}${more}`;
  const extra = pageChoices(ctx, "nhiemvu", "nv", p);
  await (edit ? ctx.ui.edit(text, extra) : ctx.ui.say(text, extra));
}

export const nhiemvuFeature: Feature = {
  name: "nhiemvu",
  commands: [NHIEMVU],
  composer,
};
