import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { codeShape, handleTypedCode } from "./typed-code.js";

/**
 * A non-member sends just a code in a private chat (the Zalo way in: no start
 * payload there). Treated as `/start <mã>` only when it is shaped like one and
 * the database knows it, and no dialogue is under way, so that names, answers
 * and everything else still reach the fallback. Listed last among the features.
 */
const composer = new Composer<BotContext>();
composer.chatType("private").on("message:text", async (ctx, next) => {
  if (ctx.actor.member || ctx.session.flow) return next();
  const code = codeShape(ctx.message.text.trim());
  if (!code) return next();
  const services = ctx.app.services;
  if (!(await services.roster.isInviteCode(code)) && !(await services.identities.isLinkCode(code))) return next();
  await handleTypedCode(ctx, code);
});

export const bareCodeFeature: Feature = { name: "bare-code", commands: [], composer };
