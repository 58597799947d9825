import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { leadingCommand } from "../../src/bot/command-guard.js";
import { platformUser } from "../../src/bot/platform.js";
import { DomainError } from "../../src/services/errors.js";

/**
 * Anonymous questions to a dialogue: `/hoi_an <số> <câu hỏi>`, and reading the
 * answer with the receipt code: `/hoi_xem <mã>`. Like /ykien_an and /gopy
 * (docs/anonymity.md), this runs BEFORE the session middleware and never
 * calls `next()` for its updates, and `isAnonymous` marks them first thing,
 * so the update log, the error boundary and the duplicate filter record
 * nothing about them. The whole question is one update, so there is no draft
 * anywhere; the person's message is deleted at once where the platform allows.
 */
const COMMANDS = new Set(["hoi_an", "hoi_xem"]);

export function isAnonymousQuestion(ctx: BotContext): boolean {
  if (ctx.callbackQuery) return false;
  if (!ctx.message && !ctx.editedMessage) return false;
  return COMMANDS.has(leadingCommand(ctx) ?? "");
}

const composer = new Composer<BotContext>();

composer.use(async (ctx, next) => {
  if (!isAnonymousQuestion(ctx)) return next();
  ctx.anonymous = true;
  // An edited message is not a second question; nothing is said about it either.
  if (ctx.editedMessage) return;
  if (!ctx.message || ctx.chat?.type !== "private") return void (await ctx.ui.say(ctx.t("hoi-an-private")));
  const command = leadingCommand(ctx);
  try {
    if (command === "hoi_xem") await follow(ctx);
    else await ask(ctx);
  } catch (e) {
    // A broken rule is answered here: the error log of an anonymous update holds only a name.
    if (!(e instanceof DomainError)) throw e;
    await ctx.ui.say(ctx.t(`err-${e.code}`, e.params));
  }
});

async function ask(ctx: BotContext): Promise<void> {
  const member = ctx.actor.member;
  if (!member) return void (await ctx.ui.say(ctx.t("guard-not-member")));
  const m = /^#?(\d{1,6})(?:\s+([\s\S]+))?$/.exec(argsAfterCommand(ctx));
  if (!m) return void (await ctx.ui.say(ctx.t("hoi-an-usage")));
  if (!m[2]?.trim()) return void (await ctx.ui.say(ctx.t("err-dialogue-question-empty")));
  const { dialogue, code } = await ctx.app.services.dialogues.askAnonymously(platformUser(ctx)!, member, Number(m[1]), m[2]);
  // The typed question would tie the person to it for whoever can read the chat back (docs/anonymity.md).
  const erased = await ctx.ui.deleteMessages([ctx.msg!.message_id]);
  await ctx.ui.say(ctx.t(erased ? "hoi-an-recorded" : "hoi-an-recorded-no-delete", { number: String(dialogue.number), code }));
}

async function follow(ctx: BotContext): Promise<void> {
  const code = argsAfterCommand(ctx);
  if (!code) return void (await ctx.ui.say(ctx.t("hoi-xem-usage")));
  const erased = await ctx.ui.deleteMessages([ctx.msg!.message_id]);
  const v = await ctx.app.services.dialogues.follow(platformUser(ctx)!, code);
  const state = v.answer !== null ? ctx.t("hoi-xem-answer", { answer: v.answer }) : v.number !== null ? ctx.t("hoi-xem-waiting-answer") : ctx.t("hoi-xem-not-delivered");
  const lines = [ctx.t("hoi-xem-view", { number: String(v.dialogue.number), topic: v.dialogue.topic, question: v.text }), state];
  lines.push(ctx.t(erased ? "hoi-xem-erased" : "hoi-xem-not-erased"));
  await ctx.ui.say(lines.join("\n\n"));
}

/** The text after the leading command (this composer does not go through `command()`, which would set `ctx.match`). */
function argsAfterCommand(ctx: BotContext): string {
  const text = ctx.msg?.text ?? "";
  const entity = ctx.msg?.entities?.[0];
  return entity?.type === "bot_command" && entity.offset === 0 ? text.slice(entity.length).trim() : "";
}

export const hoiAnFeature: Feature = {
  name: "hoi_an",
  commands: [
    { command: "hoi_an", audience: "member", chats: "private", help: "feedback" },
    { command: "hoi_xem", audience: "anyone", chats: "private", help: "feedback" },
  ],
  composer,
  beforeSession: true,
  isAnonymous: isAnonymousQuestion,
};
