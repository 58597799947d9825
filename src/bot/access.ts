import { actorMayUse } from "./audience.js";
import type { CommandSpec } from "./command-spec.js";
import type { BotContext } from "./context.js";
import { isGroup, isPrivate, platformChat } from "./platform.js";

/**
 * Who may do something, and where: a command's spec, or what a choice
 * declares (usually the spec of the command it belongs to). The one rule that
 * the command guard, the choice guard and /trogiup all read, so a button, a
 * typed choice, a command and the help can never disagree.
 */
export type AccessRule = Pick<CommandSpec, "command" | "audience" | "chats" | "needsBoundGroup">;

/** Why access is refused: the text said, and whether opening the private chat would help. */
export interface Refusal {
  text: string;
  openPrivate?: boolean;
}

/**
 * The refusal for this rule in this update, or undefined when it is allowed.
 * No side effect: the guards say the refusal, /trogiup only filters by it.
 * The group's agency is looked up at most once per update.
 */
export async function accessRefusal(ctx: BotContext, rule: AccessRule): Promise<Refusal | undefined> {
  const name = rule.command;
  if (rule.chats === "private" && !isPrivate(ctx)) return { text: ctx.t("guard-private-only", { command: name }), openPrivate: true };
  if (rule.chats === "group" && !isGroup(ctx)) return { text: ctx.t("guard-group-only", { command: name }) };
  if (!actorMayUse(ctx.actor, rule.audience)) return { text: audienceRefusal(ctx, rule) };
  if (isGroup(ctx) && rule.audience !== "anyone" && rule.needsBoundGroup !== false) {
    const agencyId = await groupAgencyId(ctx);
    if (agencyId === null) return { text: ctx.t("guard-group-unbound") };
    if (agencyId !== ctx.actor.member?.agencyId) return { text: ctx.t("guard-other-agency") };
  }
  return undefined;
}

function audienceRefusal(ctx: BotContext, rule: AccessRule): string {
  if (rule.audience === "admin") return ctx.t("guard-admin-only");
  if (!ctx.actor.member) return ctx.t("guard-not-member");
  return ctx.t(`guard-need-${rule.audience}`, { command: rule.command });
}

const groupAgencies = new WeakMap<object, Promise<number | null>>();

/** The agency this group is bound to (null: none), once per update. */
function groupAgencyId(ctx: BotContext): Promise<number | null> {
  let found = groupAgencies.get(ctx.update);
  if (!found) {
    found = ctx.app.services.groups.findAgencyByGroup(platformChat(ctx)!).then((a) => a?.id ?? null);
    groupAgencies.set(ctx.update, found);
  }
  return found;
}

/** Says a refusal as an answer to a message: with the "open the private chat" button where it helps. */
export async function sayRefusal(ctx: BotContext, refusal: Refusal): Promise<void> {
  const link = refusal.openPrivate ? ctx.ui.privateChatLink() : undefined;
  await ctx.ui.say(refusal.text, link ? { choices: [[{ label: ctx.t("guard-open-private"), url: link }]] } : {});
}
