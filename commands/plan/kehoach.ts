import { Composer } from "grammy";
import { z } from "zod";
import type { BotContext } from "../../src/bot/context.js";
import type { CommandSpec, Feature } from "../../src/bot/command-spec.js";
import { commandArgs } from "../shared/shared.js";
import { taskLineArgs } from "./plan-render.js";
import { PAGE_CHARS, linePage, pageArg, pageChoices } from "./paging.js";
import { onChoice } from "../../src/bot/choice-actions.js";

export const KEHOACH: CommandSpec = { command: "kehoach", audience: "member", chats: "both", help: "work" };

/**
 * `/taokehoach [năm]` builds the year's plan from the template;
 * `/kehoach [trang]` shows it, paged so each page is one readable message.
 */
const composer = new Composer<BotContext>();


const yearArg = z.union([z.literal("").transform(() => undefined), z.string().regex(/^\d{4}$/).transform(Number)]);

composer.command("taokehoach", async (ctx) => {
  const plan = ctx.app.services.plan;
  const parsed = yearArg.safeParse(commandArgs(ctx));
  if (!parsed.success) return void (await ctx.ui.say(ctx.t("taokehoach-usage", { year: String(plan.currentYear()) })));
  const created = await plan.createFromTemplate(ctx.actor.member!, parsed.data ?? plan.currentYear());
  await ctx.ui.say(ctx.t("taokehoach-done", { title: created.plan.title, sections: created.sectionCount, tasks: created.taskCount }));
});

composer.command("kehoach", async (ctx) => {
  const page = pageArg.safeParse(commandArgs(ctx));
  if (!page.success) return void (await ctx.ui.say(ctx.t("kehoach-usage")));
  await showPage(ctx, page.data, false);
});

onChoice(composer, /^kh:(\d{1,3})$/, KEHOACH, async (ctx) => {
  await ctx.ui.ack();
  await showPage(ctx, Number(ctx.match[1]), true);
});

async function showPage(ctx: BotContext, wanted: number, edit: boolean): Promise<void> {
  const me = ctx.actor.member;
  if (!me) return void (await ctx.ui.say(ctx.t("guard-not-member")));
  const overview = await ctx.app.services.plan.overview(me.agencyId);
  const pieces: PlanPiece[] = [];
  for (const s of overview.sections) {
    pieces.push({ heading: true, text: () => ctx.t("kehoach-section", { code: s.section.code, title: s.section.title }) });
    if (!s.tasks.length) pieces.push({ text: () => ctx.t("kehoach-empty-section") });
    for (const t of s.tasks) pieces.push({ text: () => ctx.t("kehoach-task", taskLineArgs(ctx, t)) });
  }
  // Room for the header and the next-page line: a page stays one message on Zalo (2,000 characters).
  const p = planPage(pieces, wanted, PAGE_CHARS - 300);
  const header = ctx.t("kehoach-header", {
    title: overview.plan.title,
    done: overview.counts.done,
    total: overview.counts.total,
    page: p.page,
    paged: p.page > 1 || p.hasNext ? "yes" : "no",
  });
  const text = `${header}\n\n${p.body}${p.hasNext ? `\n\n${ctx.t("kehoach-more", { next: p.page + 1 })}` : ""}`;
  const extra = pageChoices(ctx, "kehoach", "kh", p);
  await (edit ? ctx.ui.edit(text, extra) : ctx.ui.say(text, extra));
}

/** A section heading or a task line of /kehoach, formatted only when its page is reached. */
export interface PlanPiece {
  heading?: true;
  text: () => string;
}

/**
 * The `wanted` page of the plan's pieces, at most `limit` characters, never
 * cutting a task; a heading after other lines on its page is set off by a
 * blank line. Pieces are formatted up to that page and one more (to know
 * whether a next page exists): at 2,000 tasks, formatting every line to count
 * the pages was most of the command's time (issue 15). So the header says
 * which page this is, not how many there are; "Trang tiếp" says there is more.
 */
export function planPage(pieces: PlanPiece[], wanted: number, limit: number): { body: string; page: number; hasNext: boolean } {
  const p = linePage(pieces.length, (i) => (pieces[i]!.heading && i > 0 ? `\n${pieces[i]!.text()}` : pieces[i]!.text()), wanted, limit);
  return { body: p.lines.join("\n").replace(/^\n/, ""), page: p.page, hasNext: p.hasNext };
}

export const kehoachFeature: Feature = {
  name: "kehoach",
  commands: [
    KEHOACH,
    { command: "taokehoach", audience: "managers", chats: "private", help: "manage", menu: false },
  ],
  composer,
};
