import type { BotContext } from "../../src/bot/context.js";
import { Choices } from "../../src/chat/message.js";
import { z } from "zod";

/** Under Zalo's 2,000 characters per text (and Telegram's 4,096): one page is one message on every platform. */
export const PAGE_CHARS = 1800;

/** `""` → page 1, `"2"` → 2; anything else is refused by the caller with its usage text. */
export const pageArg = z.union([z.literal("").transform(() => 1), z.string().regex(/^\d{1,3}$/).transform(Number)]);

export interface LinePage {
  lines: string[];
  page: number;
  hasNext: boolean;
}

/**
 * The `wanted` page of `count` lines, cut so a page's lines take at most
 * `limit` characters (`firstLimit` on page 1, which carries a summary), never
 * mid-line. Lines are formatted only up to that page and one more (to know
 * whether a next page exists): the work is in proportion to what is shown,
 * not to the plan (issue 15). Past the end, the last page.
 */
export function linePage(count: number, line: (i: number) => string, wanted: number, limit: number, firstLimit = limit): LinePage {
  let page = 1;
  let lines: string[] = [];
  let used = 0;
  for (let i = 0; i < count; i++) {
    const l = line(i);
    const room = page === 1 ? firstLimit : limit;
    if (lines.length && used + l.length + 1 > room) {
      if (page >= wanted) return { lines, page, hasNext: true };
      page++;
      lines = [];
      used = 0;
    }
    lines.push(l);
    used += l.length + 1;
  }
  return { lines, page, hasNext: false };
}

/** Previous/next page choices (buttons, or the typed `/command <page>`), none for a single page. */
export function pageChoices(ctx: BotContext, command: string, action: string, p: Pick<LinePage, "page" | "hasNext">): { choices?: Choices } {
  if (p.page === 1 && !p.hasNext) return {};
  const kb = new Choices();
  if (p.page > 1) kb.text(ctx.t("btn-prev-page"), `${action}:${p.page - 1}`, `/${command} ${p.page - 1}`);
  if (p.hasNext) kb.text(ctx.t("btn-next-page"), `${action}:${p.page + 1}`, `/${command} ${p.page + 1}`);
  return { choices: kb };
}
