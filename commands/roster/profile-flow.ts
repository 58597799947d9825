import { Composer } from "grammy";
import type { AccessRule } from "../../src/bot/access.js";
import type { BotContext } from "../../src/bot/context.js";
import { currentFlow, endFlow, inFlow, setStep, startFlow } from "../../src/bot/flows.js";
import { platformUser } from "../../src/bot/platform.js";
import { Role } from "../../src/services/roles.js";
import { isTypedYes, oneLineText, roleLabel } from "../shared/shared.js";
import { Choices } from "../../src/chat/message.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { refuseStale } from "../shared/stale.js";

/** The joining dialogue of `/start <code>`: the person is not a member yet. */
const JOINING: AccessRule = { command: "start", audience: "anyone", chats: "private" };

/**
 * Asks a newcomer for their full name and position, then confirms. Used when
 * joining by invitation and when a bot admin founds an agency (they become
 * its secretary), so both paths feel the same.
 */
const FLOW = "profile";

type Purpose = { purpose: "join"; code: string } | { purpose: "found"; agencyName: string };

const nameSchema = oneLineText(2, 100);
const positionSchema = oneLineText(2, 100);

export async function askName(ctx: BotContext, purpose: Purpose): Promise<void> {
  startFlow(ctx, FLOW, "name", { ...purpose });
  await ctx.ui.say(ctx.t("profile-ask-name"));
}

export const profileFlow = new Composer<BotContext>();

profileFlow.filter(inFlow(FLOW, "name")).on("message:text", async (ctx, next) => {
  if (ctx.msg.text.startsWith("/")) return next();
  const name = nameSchema.safeParse(ctx.msg.text);
  if (!name.success) return void (await ctx.ui.say(ctx.t("profile-bad-name")));
  setStep(ctx, "position", { fullName: name.data });
  await ctx.ui.say(ctx.t("profile-ask-position"));
});

profileFlow.filter(inFlow(FLOW, "position")).on("message:text", async (ctx, next) => {
  if (ctx.msg.text.startsWith("/")) return next();
  const position = positionSchema.safeParse(ctx.msg.text);
  if (!position.success) return void (await ctx.ui.say(ctx.t("profile-bad-position")));
  setStep(ctx, "confirm", { position: position.data });
  // The code may have been used or expired while the person was typing.
  await showConfirmation(ctx).catch((err: unknown) => {
    endFlow(ctx);
    throw err;
  });
});

profileFlow.filter(inFlow(FLOW, "confirm")).on("message:text", async (ctx, next) => {
  const text = ctx.msg.text;
  if (text.startsWith("/")) return next();
  if (isTypedYes(text)) return finish(ctx);
  if (/^nh[aậ]p l[aạ]i$/i.test(text.trim())) return redo(ctx);
  await ctx.ui.say(ctx.t("profile-confirm-typed"));
});

onChoice(profileFlow, /^profile:(confirm|redo|cancel)$/, JOINING, async (ctx) => {
  if (!currentFlow(ctx, FLOW) || ctx.session.flow?.step !== "confirm") {
    await refuseStale(ctx);
    return;
  }
  await ctx.ui.ack();
  await ctx.ui.clearChoices();
  const action = ctx.match[1];
  if (action === "confirm") return finish(ctx);
  if (action === "redo") return redo(ctx);
  endFlow(ctx);
  await ctx.ui.say(ctx.t("flow-cancelled"));
});

async function showConfirmation(ctx: BotContext): Promise<void> {
  const data = ctx.session.flow!.data as Purpose & { fullName: string; position: string };
  let agency: string;
  let role: Role;
  if (data.purpose === "join") {
    const invite = await ctx.app.services.roster.checkInvite(data.code, platformUser(ctx)!);
    agency = invite.agency.name;
    role = invite.role;
  } else {
    agency = data.agencyName;
    role = Role.SECRETARY;
  }
  const kb = new Choices()
    .text(ctx.t("btn-confirm"), "profile:confirm", ["đồng ý", "xác nhận"])
    .text(ctx.t("btn-redo"), "profile:redo", "làm lại")
    .row()
    .text(ctx.t("btn-cancel"), "profile:cancel", "hủy");
  await ctx.ui.say(
    ctx.t("profile-confirm", { name: data.fullName, position: data.position, role: roleLabel(ctx, role), agency }),
    { choices: kb },
  );
}

async function redo(ctx: BotContext): Promise<void> {
  setStep(ctx, "name");
  await ctx.ui.say(ctx.t("profile-ask-name"));
}

async function finish(ctx: BotContext): Promise<void> {
  const data = ctx.session.flow!.data as Purpose & { fullName: string; position: string };
  const profile = { fullName: data.fullName, position: data.position };
  const user = platformUser(ctx)!;
  // The flow ends whatever happens: a failed join (code used meanwhile) is
  // explained by the error boundary and must not leave the user stuck here.
  endFlow(ctx);
  if (data.purpose === "join") {
    const member = await ctx.app.services.roster.joinWithInvite({ code: data.code, user, profile });
    await ctx.ui.say(ctx.t("join-done", { name: member.fullName, agency: member.agency.name, role: roleLabel(ctx, member.role) }));
  } else {
    const member = await ctx.app.services.roster.createAgency({ admin: user, agencyName: data.agencyName, profile });
    await ctx.ui.say(ctx.t("khoitao-done", { agency: member.agency.name }));
  }
}
