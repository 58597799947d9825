import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { CommandSpec, Feature } from "../../src/bot/command-spec.js";
import { actorMayUse } from "../../src/bot/audience.js";
import { endFlow, inFlow, startFlow } from "../../src/bot/flows.js";
import { formatDate } from "../../src/format/date.js";
import type { ObstacleWithContext } from "../../src/services/obstacles.js";
import { LIMITS } from "../../src/services/task-rules.js";
import { commandArgs } from "../shared/shared.js";
import { shorten } from "./plan-render.js";
import { noticeLines } from "../shared/notice-reply.js";
import { Choices } from "../../src/chat/message.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { refuseStale } from "../shared/stale.js";

export const VUONGMAC: CommandSpec = { command: "vuongmac", audience: "leaders", chats: "private", help: "manage" };

/**
 * `/vuongmac`: open obstacles for the head, deputy and secretary; resolving one
 * takes a note (button then typed note, or `/vuongmac <số> <cách giải quyết>`)
 * and the reporter is told privately (through the outbox).
 */
const FLOW = "resolve";
const composer = new Composer<BotContext>();

/** Buttons for at most this many obstacles; the rest can be resolved by typing. */
const MAX_BUTTONS = 20;

composer.command("vuongmac", async (ctx) => {
  const me = ctx.actor.member!;
  const args = commandArgs(ctx);
  if (args) {
    const m = /^\[?#?(\d{1,9})\]?(?:\s+([\s\S]+))?$/.exec(args);
    if (!m) return void (await ctx.ui.say(ctx.t("help-vuongmac")));
    const obstacle = await ctx.app.services.obstacles.get(me.agencyId, Number(m[1]));
    if (m[2]) return resolve(ctx, obstacle.id, m[2]);
    return askNote(ctx, obstacle);
  }
  const open = await ctx.app.services.obstacles.listOpen(me.agencyId);
  if (!open.length) return void (await ctx.ui.say(ctx.t("vuongmac-empty")));
  const lines = [ctx.t("vuongmac-title", { count: open.length })];
  for (const o of open) {
    lines.push(
      ctx.t("vuongmac-line", {
        id: String(o.id),
        number: String(o.task.number),
        task: shorten(o.task.title, 60),
        text: o.text,
        name: o.member.fullName,
        date: formatDate(o.createdAt, ctx.app.timezone),
      }),
    );
  }
  lines.push("", ctx.t("vuongmac-hint"));
  const kb = new Choices();
  open.slice(0, MAX_BUTTONS).forEach((o, i) => {
    kb.text(ctx.t("btn-resolve", { id: String(o.id) }), `vm:${o.id}`, `/vuongmac ${o.id}`);
    if (i % 2 === 1) kb.row();
  });
  // say() splits a long list at the platform's limit, with the choices on the last part.
  await ctx.ui.say(lines.join("\n"), { choices: kb });
});

onChoice(composer, /^vm:(\d{1,9})$/, VUONGMAC, async (ctx) => {
  const me = ctx.actor.member;
  // The choice guard checked the audience (VUONGMAC); kept as a second line of defence.
  if (!me || !actorMayUse(ctx.actor, "leaders")) return refuseStale(ctx);
  const obstacle = await ctx.app.services.obstacles.get(me.agencyId, Number(ctx.match[1]));
  if (obstacle.status !== "OPEN") return void (await ctx.ui.ack(ctx.t("err-obstacle-resolved", { id: String(obstacle.id) }), { alert: true }));
  await ctx.ui.ack();
  await askNote(ctx, obstacle);
});

composer.filter(inFlow(FLOW, "note")).on("message:text", async (ctx, next) => {
  const text = ctx.msg.text;
  if (text.startsWith("/")) return next();
  if (!text.trim() || text.length > LIMITS.resolution.max) return void (await ctx.ui.say(ctx.t("vuongmac-bad-note")));
  const id = Number(ctx.session.flow!.data.obstacleId);
  endFlow(ctx);
  await resolve(ctx, id, text);
});

async function askNote(ctx: BotContext, o: ObstacleWithContext): Promise<void> {
  if (o.status !== "OPEN") return void (await ctx.ui.say(ctx.t("err-obstacle-resolved", { id: String(o.id) })));
  startFlow(ctx, FLOW, "note", { obstacleId: o.id });
  await ctx.ui.say(ctx.t("vuongmac-ask-note", { id: String(o.id), text: o.text }));
}

async function resolve(ctx: BotContext, id: number, note: string): Promise<void> {
  // The reporter's notice is queued with the resolution (ObstacleService.resolve).
  const o = await ctx.app.services.obstacles.resolve(ctx.actor.member!, id, note);
  const done = ctx.t("vuongmac-done", { id: String(o.id) });
  await ctx.ui.say([done, ...(await noticeLines(ctx, o.notified ? [o.notified] : []))].join("\n"));
}

export const vuongmacFeature: Feature = {
  name: "vuongmac",
  commands: [VUONGMAC],
  composer,
};
