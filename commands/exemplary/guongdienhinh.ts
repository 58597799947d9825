import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { formatDate } from "../../src/format/date.js";
import { loadExemplaryCriteria } from "../../src/services/exemplary-criteria.js";
import { DomainError } from "../../src/services/errors.js";
import { MANAGER_ROLES } from "../../src/services/roles.js";
import { commandArgs, idSchema } from "../shared/shared.js";
import { parseBallot, parseDeadline } from "../votes/vote-input.js";
import { renderRound } from "./guongdienhinh-render.js";

/**
 * `/guongdienhinh` — gương điển hình tiên tiến (plan §2.4, docs/votes.md):
 *   (none)                                 this year's round, criteria, nominees
 *   decu [<#số> <lý do>]                   nominate (without arguments: whom one can nominate)
 *   mo <dd/mm/yyyy>                        secretary, head: open nominations
 *   bophieu <kín|công khai> <dd/mm/yyyy> [HH:mm]   secretary, head: one committee vote per nominee
 *   congnhan <#số> [#số …] | khong         head: who is recognised
 *   congbo                                 secretary, head: announce in the group
 */
const composer = new Composer<BotContext>();
const MANAGER_SUBS = new Set(["mo", "bophieu", "congbo"]);

composer.command("guongdienhinh", async (ctx) => {
  const args = commandArgs(ctx);
  const me = ctx.actor.member!;
  const svc = ctx.app.services.exemplary;
  const tz = ctx.app.timezone;
  const manager = MANAGER_ROLES.includes(me.role);
  if (!args) return show(ctx, manager);
  const [rawSub = "", ...rest] = args.split(/\s+/);
  const sub = rawSub.toLowerCase();
  if (MANAGER_SUBS.has(sub) && !manager) return void (await ctx.ui.say(ctx.t("err-vote-managers-only")));
  switch (sub) {
    case "mo": {
      const closes = rest.length === 1 ? parseDeadline(rest[0]!, tz) : undefined;
      if (!closes) return void (await ctx.ui.say(ctx.t("exemplary-usage-mo")));
      const round = await svc.open(me, closes);
      return void (await ctx.ui.say(ctx.t("exemplary-opened", { year: String(round.year), closes: formatDate(round.closesAt, tz) })));
    }
    case "decu": {
      if (!rest.length) return listMembers(ctx);
      const id = idSchema.safeParse(rest[0]);
      const reasons = rest.slice(1).join(" ");
      if (!id.success || !reasons) return void (await ctx.ui.say(ctx.t("exemplary-usage-decu")));
      const { fullName } = await svc.nominate(me, id.data, reasons);
      return void (await ctx.ui.say(ctx.t("exemplary-nominated", { name: fullName })));
    }
    case "bophieu": {
      const secret = parseBallot(rest[0] ?? "");
      const deadline = parseDeadline(rest.slice(1).join(" "), tz);
      if (secret === undefined || !deadline) return void (await ctx.ui.say(ctx.t("exemplary-usage-bophieu")));
      const round = await svc.startVoting(me, { deadline, secret });
      return void (await ctx.ui.say([ctx.t("exemplary-voting-started", { count: round.nominees.length }), renderRound(ctx, round, false)].join("\n\n")));
    }
    case "congnhan": {
      const none = rest.length === 1 && ["khong", "không"].includes(rest[0]!.toLowerCase());
      const ids = none ? [] : rest.map((w) => idSchema.safeParse(w));
      if (!rest.length || ids.some((r) => !r.success)) return void (await ctx.ui.say(ctx.t("exemplary-usage-congnhan")));
      const round = await svc.decide(me, ids.map((r) => r.data!));
      const count = round.nominees.filter((n) => n.recognised).length;
      return void (await ctx.ui.say([ctx.t("exemplary-decided", { count }), renderRound(ctx, round, false)].join("\n\n")));
    }
    case "congbo": {
      const queued = await svc.announce(me);
      return void (await ctx.ui.say(ctx.t(queued ? "exemplary-announced" : "exemplary-announce-no-group")));
    }
    default:
      await ctx.ui.say(ctx.t("exemplary-usage"));
  }
});

async function show(ctx: BotContext, manager: boolean): Promise<void> {
  try {
    const round = await ctx.app.services.exemplary.current(ctx.actor.member!.agencyId);
    await ctx.ui.say([renderRound(ctx, round, true), manager ? ctx.t("exemplary-manager-hint") : ""].filter(Boolean).join("\n\n"));
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== "exemplary-no-round") throw e;
    const criteria = loadExemplaryCriteria();
    await ctx.ui.say([ctx.t("exemplary-none"), manager ? ctx.t("exemplary-manager-hint") : "", ctx.t("exemplary-criteria-source", { source: criteria.source })].filter(Boolean).join("\n\n"));
  }
}

async function listMembers(ctx: BotContext): Promise<void> {
  const me = ctx.actor.member!;
  const members = await ctx.app.services.roster.listMembers(me.agencyId);
  const lines = members.filter((m) => m.id !== me.id).map((m) => ctx.t("exemplary-member-line", { id: String(m.id), name: m.fullName, position: m.position }));
  await ctx.ui.say([ctx.t("exemplary-members-title"), ...lines, "", ctx.t("exemplary-usage-decu")].join("\n"));
}

export const guongdienhinhFeature: Feature = {
  name: "guongdienhinh",
  commands: [{ command: "guongdienhinh", audience: "member", chats: "private", help: "work" }],
  composer,
};
