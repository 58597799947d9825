import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { parseScore, type AssessmentView } from "../../src/services/self-assessment.js";
import { commandArgs } from "../shared/shared.js";
import { docxFile } from "./docx-file.js";
import { localDate } from "../../src/time/local-day.js";

/**
 * `/tudanhgia` — the year-end self-assessment (of the current year):
 *   /tudanhgia                          the criteria, scores, total and band
 *   /tudanhgia <mã> <điểm> <minh chứng>  a committee member proposes a score
 *   /tudanhgia duyet <mã> [điểm]         the head confirms (the proposed score or another)
 *   /tudanhgia xuat                      the .docx table
 */
const composer = new Composer<BotContext>();

/** Fluent would group digits ("2.026") and use the locale's separator; scores are written 7,5 in Vietnamese. */
function num(n: number | null | undefined): string {
  return n === null || n === undefined ? "—" : String(n).replace(".", ",");
}

function summary(ctx: BotContext, v: AssessmentView): string {
  const lines = [ctx.t("tudanhgia-title", { year: String(v.assessment.year) })];
  for (const c of v.set.criteria) {
    const s = v.scores.get(c.code);
    lines.push(
      ctx.t("tudanhgia-line", {
        code: c.code,
        title: c.title,
        max: num(c.maxPoints),
        proposed: num(s?.proposed),
        confirmed: num(s?.confirmed),
      }),
    );
  }
  lines.push(ctx.t("tudanhgia-total", { total: num(v.total), max: num(v.maxTotal), band: v.band ?? ctx.t("tudanhgia-no-band") }));
  return lines.join("\n");
}

composer.command("tudanhgia", async (ctx) => {
  const member = ctx.actor.member!;
  const sa = ctx.app.services.selfAssessment;
  const year = localDate(ctx.app.clock.now(), ctx.app.timezone).year;
  const text = commandArgs(ctx).normalize("NFC");
  const [first, second, ...rest] = text.split(/\s+/).filter(Boolean);
  const word = (first ?? "").toLowerCase();

  if (!first) {
    const v = await sa.open(member.agencyId, year);
    await ctx.ui.say(`${summary(ctx, v)}\n\n${ctx.t("tudanhgia-usage")}`);
    return;
  }
  if (word === "xuat" || word === "xuất") {
    const out = await sa.exportDocx(member.agencyId, year);
    await ctx.ui.file(
      docxFile(out.fileName, out.docx),
      ctx.t("tudanhgia-doc-caption", { total: num(out.model.total), max: num(out.model.maxTotal), band: out.model.band ?? ctx.t("tudanhgia-no-band") }),
    );
    return;
  }
  if (word === "duyet" || word === "duyệt") {
    if (!second) return void (await ctx.ui.say(ctx.t("tudanhgia-usage")));
    const score = rest[0] !== undefined ? parseScore(rest[0]) : undefined;
    const v = await sa.confirm(member, year, second, score);
    return void (await ctx.ui.say(`${ctx.t("tudanhgia-confirmed", { code: second })}\n${ctx.t("tudanhgia-total", { total: num(v.total), max: num(v.maxTotal), band: v.band ?? ctx.t("tudanhgia-no-band") })}`));
  }
  if (second === undefined) return void (await ctx.ui.say(ctx.t("tudanhgia-usage")));
  const v = await sa.propose(member, year, first, parseScore(second), rest.join(" ").trim());
  await ctx.ui.say(ctx.t("tudanhgia-proposed", { code: first, score: num(v.scores.get(first)?.proposed) }));
});

export const tudanhgiaFeature: Feature = {
  name: "tudanhgia",
  commands: [{ command: "tudanhgia", audience: "committee", chats: "private", help: "work" }],
  composer,
};
