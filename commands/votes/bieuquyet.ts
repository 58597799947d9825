import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { CommandSpec, Feature } from "../../src/bot/command-spec.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { isPrivate } from "../../src/bot/platform.js";
import { formatDateTime } from "../../src/format/date.js";
import { MANAGER_ROLES } from "../../src/services/roles.js";
import { parseChoice } from "../../src/services/vote-rules.js";
import { resultText, voteChoices, voteHeader } from "../../src/services/vote-texts.js";
import { VoteStatus, type VoteSummary } from "../../src/services/votes.js";
import { commandArgs, idSchema } from "../shared/shared.js";
import { refuseStale } from "../shared/stale.js";
import { createVote } from "./bieuquyet-create.js";

/**
 * `/bieuquyet` — votes (docs/votes.md). Typed forms of every button:
 *   (none)                        the open votes on my roll, with their choices
 *   <số> <số phương án|phương án> cast a ballot (/bieuquyet 3 1, /bieuquyet 3 tán thành)
 *   <số>                          one vote: its choices, or its result once over
 *   ketqua <số>                   the result (only after the vote is over)
 *   moi …, dong <số>, ds          secretary and head: open, close early, list
 */
/** Who may use /bieuquyet and its choices (one rule: src/bot/access.ts). */
export const BIEUQUYET: CommandSpec = { command: "bieuquyet", audience: "member", chats: "private", help: "work" };

const composer = new Composer<BotContext>();
const MANAGER_SUBS = new Set(["moi", "dong", "ds"]);

composer.command("bieuquyet", async (ctx) => {
  const args = commandArgs(ctx);
  const me = ctx.actor.member!;
  if (!args) return listOpen(ctx);
  const [rawSub = "", second = ""] = args.split(/\s+/);
  const sub = rawSub.toLowerCase();
  const tail = args.slice(rawSub.length).trim();
  if (MANAGER_SUBS.has(sub) && !MANAGER_ROLES.includes(me.role)) return void (await ctx.ui.say(ctx.t("err-vote-managers-only")));
  switch (sub) {
    case "moi":
      return createVote(ctx, tail);
    case "ds":
      return listRecent(ctx);
    case "dong":
    case "ketqua": {
      const id = idSchema.safeParse(second);
      if (!id.success || tail.split(/\s+/).length !== 1) return void (await ctx.ui.say(ctx.t(sub === "dong" ? "vote-usage-dong" : "vote-usage-ketqua")));
      if (sub === "ketqua") return showResult(ctx, id.data);
      const result = await ctx.app.services.votes.close(me, id.data);
      return void (await ctx.ui.say([ctx.t("vote-closed-done", { number: String(id.data) }), resultText(ctx.t, result, ctx.app.timezone, true)].join("\n\n")));
    }
  }
  const number = idSchema.safeParse(rawSub);
  if (!number.success) return void (await ctx.ui.say(ctx.t("vote-usage")));
  if (!tail) return showOne(ctx, number.data);
  const vote = await ctx.app.services.votes.get(me.agencyId, number.data);
  const position = parseChoice(tail, vote.labels);
  if (position === undefined) return void (await ctx.ui.say(ctx.t("err-vote-bad-choice", { number: String(vote.number), max: vote.labels.length })));
  await cast(ctx, vote.number, position);
});

async function cast(ctx: BotContext, number: number, position: number): Promise<void> {
  const { vote, label } = await ctx.app.services.votes.cast(ctx.actor.member!, number, position);
  // A secret ballot's confirmation does not repeat the choice: the chat is not a place to keep it.
  await ctx.ui.say(vote.secret ? ctx.t("vote-cast-secret", { number: String(vote.number) }) : ctx.t("vote-cast-open", { number: String(vote.number), label }));
}

function voteText(ctx: BotContext, v: VoteSummary): string {
  return [voteHeader(ctx.t, v, ctx.app.timezone), v.secret ? ctx.t("vote-secret-note") : ""].filter(Boolean).join("\n");
}

async function listOpen(ctx: BotContext): Promise<void> {
  const me = ctx.actor.member!;
  const open = await ctx.app.services.votes.openFor(me);
  const manager = MANAGER_ROLES.includes(me.role);
  if (!open.length) return void (await ctx.ui.say([ctx.t("vote-none-open"), manager ? ctx.t("vote-manager-hint") : ""].filter(Boolean).join("\n\n")));
  await ctx.ui.say(ctx.t("vote-list-title", { count: open.length }));
  const single = open.filter((v) => !v.voted).length === 1;
  for (const v of open) {
    if (v.voted) await ctx.ui.say([voteText(ctx, v), ctx.t("vote-you-voted")].join("\n"));
    else await ctx.ui.say(voteText(ctx, v), { choices: voteChoices(v, single) });
  }
  if (manager) await ctx.ui.say(ctx.t("vote-manager-hint"));
}

async function showOne(ctx: BotContext, number: number): Promise<void> {
  const vote = await ctx.app.services.votes.get(ctx.actor.member!.agencyId, number);
  const mine = (await ctx.app.services.votes.openFor(ctx.actor.member!)).find((v) => v.id === vote.id);
  if (!mine) return showResult(ctx, number);
  if (mine.voted) return void (await ctx.ui.say([voteText(ctx, vote), ctx.t("vote-you-voted")].join("\n")));
  await ctx.ui.say(voteText(ctx, vote), { choices: voteChoices(vote, true) });
}

async function showResult(ctx: BotContext, number: number): Promise<void> {
  const { result, showNames } = await ctx.app.services.votes.result(ctx.actor.member!, number);
  await ctx.ui.say(resultText(ctx.t, result, ctx.app.timezone, showNames));
}

async function listRecent(ctx: BotContext): Promise<void> {
  const votes = await ctx.app.services.votes.recent(ctx.actor.member!.agencyId);
  if (!votes.length) return void (await ctx.ui.say(ctx.t("vote-recent-none")));
  const now = ctx.app.clock.now();
  const lines = votes.map((v) =>
    ctx.t("vote-recent-line", {
      number: String(v.number),
      question: v.question,
      voted: v.voted,
      eligible: v.eligible,
      status: v.status === VoteStatus.OPEN && v.deadline > now ? ctx.t("vote-status-open", { deadline: formatDateTime(v.deadline, ctx.app.timezone) }) : ctx.t("vote-status-closed"),
    }),
  );
  await ctx.ui.say([ctx.t("vote-recent-title"), ...lines].join("\n"));
}

// A pressed button (or a typed choice of /bieuquyet's list). Refusals come from the service.
onChoice(composer, /^bq:v:(\d+):(\d+)$/, BIEUQUYET, async (ctx) => {
  if (!ctx.actor.member || !isPrivate(ctx)) return refuseStale(ctx);
  await ctx.ui.ack();
  await ctx.ui.clearChoices();
  await cast(ctx, Number(ctx.match[1]), Number(ctx.match[2]));
});

export const bieuquyetFeature: Feature = {
  name: "bieuquyet",
  commands: [BIEUQUYET],
  composer,
};
