import type { BotContext } from "../../src/bot/context.js";
import { createLine, parseBallot, parseDeadline } from "./vote-input.js";

/** `/bieuquyet moi <đối tượng> | <kín|công khai> | <hạn> | <câu hỏi> [| a; b]`: one typed line, checked before anything is written. */
export async function createVote(ctx: BotContext, text: string): Promise<void> {
  const line = createLine.safeParse(text);
  if (!line.success) return void (await ctx.ui.say(ctx.t("vote-usage-moi")));
  const l = line.data;
  const me = ctx.actor.member!;
  const audience = await ctx.app.services.votes.audienceFromText(me.agencyId, l.audience);
  if (!audience.ok) {
    const key = audience.reason === "unknown-department" ? "vote-unknown-department" : "vote-bad-audience";
    return void (await ctx.ui.say(ctx.t(key, { names: (audience.unknown ?? []).join(", ") })));
  }
  const secret = parseBallot(l.ballot);
  if (secret === undefined) return void (await ctx.ui.say(ctx.t("vote-bad-ballot")));
  const deadline = parseDeadline(l.deadline, ctx.app.timezone);
  if (!deadline) return void (await ctx.ui.say(ctx.t("vote-bad-deadline")));
  const { vote, voters } = await ctx.app.services.votes.open(me, audience.audience, {
    question: l.question,
    kind: l.kind,
    ...(l.choices ? { choices: l.choices } : {}),
    secret,
    deadline,
  });
  await ctx.ui.say(ctx.t("vote-opened", { number: String(vote.number), voters }));
}
