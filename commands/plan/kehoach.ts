import { Composer } from "grammy";
import { z } from "zod";
import type { BotContext } from "../../src/bot/context.js";
import type { CommandSpec, Feature } from "../../src/bot/command-spec.js";
import { commandArgs } from "../shared/shared.js";
import { taskLineArgs } from "./plan-render.js";
import { Choices } from "../../src/chat/message.js";
import { onChoice } from "../../src/bot/choice-actions.js";

export const KEHOACH: CommandSpec = { command: "kehoach", audience: "member", chats: "both", help: "work" };

/**
 * `/taokehoach [năm]` builds the year's plan from the template;
 * `/kehoach [trang]` shows it, paged so each page is one readable message.
 */
const composer = new Composer<BotContext>();

/** Well under Telegram's 4,096 and near Zalo's 2,000 so a page reads on one phone screen or two. */
const PAGE_CHARS = 1800;

const yearArg = z.union([z.literal("").transform(() => undefined), z.string().regex(/^\d{4}$/).transform(Number)]);
const pageArg = z.union([z.literal("").transform(() => 1), z.string().regex(/^\d{1,3}$/).transform(Number)]);

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
  const blocks = overview.sections.map((s) =>
    [
      ctx.t("kehoach-section", { code: s.section.code, title: s.section.title }),
      ...(s.tasks.length
        ? s.tasks.map((t) => ctx.t("kehoach-task", taskLineArgs(ctx, t)))
        : [ctx.t("kehoach-empty-section")]),
    ].join("\n"),
  );
  const pages = paginate(blocks, PAGE_CHARS);
  const page = Math.min(Math.max(wanted, 1), pages.length);
  const header = ctx.t("kehoach-header", {
    title: overview.plan.title,
    done: overview.counts.done,
    total: overview.counts.total,
    page,
    pages: pages.length,
  });
  const text = `${header}\n\n${pages[page - 1]!}${page < pages.length ? `\n\n${ctx.t("kehoach-more", { next: page + 1 })}` : ""}`;
  const kb = new Choices();
  if (page > 1) kb.text(ctx.t("btn-prev-page"), `kh:${page - 1}`, `/kehoach ${page - 1}`);
  if (page < pages.length) kb.text(ctx.t("btn-next-page"), `kh:${page + 1}`, `/kehoach ${page + 1}`);
  const extra = pages.length > 1 ? { choices: kb } : {};
  await (edit ? ctx.ui.edit(text, extra) : ctx.ui.say(text, extra));
}

/**
 * Packs section blocks into pages of at most `limit` characters; a section
 * longer than a page is split between task lines so nothing is cut mid-task.
 */
export function paginate(blocks: string[], limit: number): string[] {
  const pages: string[] = [];
  let current = "";
  const push = (piece: string, sep: string) => {
    if (current && current.length + sep.length + piece.length > limit) {
      pages.push(current);
      current = piece;
    } else current = current ? `${current}${sep}${piece}` : piece;
  };
  for (const block of blocks) {
    if (block.length <= limit) push(block, "\n\n");
    else {
      const [head, ...lines] = splitTasks(block);
      push(head!, "\n\n");
      for (const l of lines) push(l, "\n");
    }
  }
  if (current || !pages.length) pages.push(current);
  return pages;
}

/** A section block as its header line and one piece per task (a task spans two lines). */
function splitTasks(block: string): string[] {
  const lines = block.split("\n");
  const pieces = [lines[0]!];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.startsWith("#") || pieces.length === 1) pieces.push(lines[i]!);
    else pieces[pieces.length - 1] += `\n${lines[i]!}`;
  }
  return pieces;
}

export const kehoachFeature: Feature = {
  name: "kehoach",
  commands: [
    KEHOACH,
    { command: "taokehoach", audience: "managers", chats: "private", help: "manage", menu: false },
  ],
  composer,
};
