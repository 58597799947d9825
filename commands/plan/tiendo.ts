import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { CommandSpec, Feature } from "../../src/bot/command-spec.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { formatDate } from "../../src/format/date.js";
import { isCommittee } from "../../src/services/roles.js";
import { commandArgs } from "../shared/shared.js";
import { ownersLabel, progressBar } from "./plan-render.js";
import { PAGE_CHARS, linePage, pageArg, pageChoices } from "./paging.js";

export const TIENDO: CommandSpec = { command: "tiendo", audience: "member", chats: "both", help: "work" };

/**
 * `/tiendo [trang]`: the plan's progress by section with a text bar, then the
 * overdue tasks with their owners, paged (one message per page, next/previous
 * as choices) so a large plan never floods the chat. Staff see only the plan
 * summary line: who is late is the committee's business (issue 3).
 */
const composer = new Composer<BotContext>();

composer.command("tiendo", async (ctx) => {
  const page = pageArg.safeParse(commandArgs(ctx));
  if (!page.success) return void (await ctx.ui.say(ctx.t("tiendo-usage")));
  await show(ctx, page.data, false);
});

onChoice(composer, /^td:(\d{1,3})$/, TIENDO, async (ctx) => {
  await ctx.ui.ack();
  await show(ctx, Number(ctx.match[1]), true);
});

async function show(ctx: BotContext, wanted: number, edit: boolean): Promise<void> {
  const me = ctx.actor.member!;
  const o = await ctx.app.services.plan.progress(me.agencyId);
  const c = o.counts;
  const head = [
    ctx.t("tiendo-title", { title: o.plan.title }),
    `${progressBar(c.done, c.total)}`,
    ctx.t("tiendo-total", { done: c.done, total: c.total, progress: c["in-progress"], overdue: c.overdue, notStarted: c["not-started"] }),
  ];
  if (!isCommittee(me.role)) {
    head.push("", ctx.t("tiendo-staff-note"));
    return void (await ctx.ui.say(head.join("\n")));
  }
  for (const s of o.sections) {
    const k = s.counts;
    head.push(
      "",
      ctx.t("tiendo-section", {
        code: s.section.code,
        title: s.section.title,
        bar: progressBar(k.done, k.total),
        done: k.done,
        total: k.total,
        progress: k["in-progress"],
        overdue: k.overdue,
        notStarted: k["not-started"],
      }),
    );
  }
  head.push("");
  if (!o.overdue.length) {
    head.push(ctx.t("tiendo-no-overdue"));
    return void (await ctx.ui.say(head.join("\n")));
  }
  const overdueTitle = ctx.t("tiendo-overdue-title", { count: o.overdue.length });
  const line = (i: number) => {
    const t = o.overdue[i]!;
    return ctx.t("tiendo-overdue-line", {
      number: String(t.number),
      title: t.title,
      due: formatDate(t.dueDate!, ctx.app.timezone),
      owners: ownersLabel(ctx, t.assignees),
      percent: t.percent,
    });
  };
  const summary = head.join("\n");
  const p = linePage(o.overdue.length, line, wanted, PAGE_CHARS - overdueTitle.length - 200, PAGE_CHARS - summary.length - overdueTitle.length - 100);
  const top = p.page === 1 ? summary : ctx.t("tiendo-page-title", { title: o.plan.title, page: p.page });
  const more = p.hasNext ? `\n\n${ctx.t("tiendo-more", { next: p.page + 1 })}` : "";
  const text = `${top}\n${overdueTitle}\n${p.lines.join("\n")}${more}`;
  const extra = pageChoices(ctx, "tiendo", "td", p);
  await (edit ? ctx.ui.edit(text, extra) : ctx.ui.say(text, extra));
}

export const tiendoFeature: Feature = {
  name: "tiendo",
  commands: [TIENDO],
  composer,
};
