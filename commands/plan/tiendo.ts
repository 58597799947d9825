import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { formatDate } from "../../src/format/date.js";
import { isCommittee } from "../../src/services/roles.js";
import { ownersLabel, progressBar } from "./plan-render.js";

/**
 * `/tiendo`: the plan's progress by section with a text bar, then the overdue
 * tasks with their owners. Staff see only the plan summary line: who is late
 * is the committee's business (issue 3).
 */
const composer = new Composer<BotContext>();

composer.command("tiendo", async (ctx) => {
  const me = ctx.actor.member!;
  const o = await ctx.app.services.plan.overview(me.agencyId);
  const c = o.counts;
  const lines = [
    ctx.t("tiendo-title", { title: o.plan.title }),
    `${progressBar(c.done, c.total)}`,
    ctx.t("tiendo-total", { done: c.done, total: c.total, progress: c["in-progress"], overdue: c.overdue, notStarted: c["not-started"] }),
  ];
  if (!isCommittee(me.role)) {
    lines.push("", ctx.t("tiendo-staff-note"));
    return void (await ctx.ui.say(lines.join("\n")));
  }
  for (const s of o.sections) {
    const k = s.counts;
    lines.push(
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
  lines.push("");
  if (o.overdue.length) {
    lines.push(ctx.t("tiendo-overdue-title", { count: o.overdue.length }));
    for (const t of o.overdue) {
      lines.push(
        ctx.t("tiendo-overdue-line", {
          number: String(t.number),
          title: t.title,
          due: formatDate(t.dueDate!, ctx.app.timezone),
          owners: ownersLabel(ctx, t.assignees),
          percent: t.percent,
        }),
      );
    }
  } else lines.push(ctx.t("tiendo-no-overdue"));
  await ctx.ui.say(lines.join("\n"));
});

export const tiendoFeature: Feature = {
  name: "tiendo",
  commands: [{ command: "tiendo", audience: "member", chats: "both", help: "work" }],
  composer,
};
