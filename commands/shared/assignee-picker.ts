import type { Composer } from "grammy";
import type { AccessRule } from "../../src/bot/access.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import type { BotContext } from "../../src/bot/context.js";
import { currentFlow, endFlow, setStep } from "../../src/bot/flows.js";
import { Choices } from "../../src/chat/message.js";
import type { Member } from "../../src/generated/prisma/client.js";
import { choice } from "./choice.js";
import { roleLabel } from "./shared.js";
import { refuseStale } from "./stale.js";

/**
 * The one assignee picker, for /giaoviec and for /ketluan's "giao thành nhiệm vụ".
 *
 * - People are listed as the roster lists them: by role (Trưởng ban first),
 *   then by name in Vietnamese order (`RosterService.listMembers`); each line
 *   shows the member's number, name and role.
 * - A button (typed: the member's number) ticks or unticks one person, and the
 *   picker is shown again with the ticks; "Xong" (typed: xong) goes on.
 * - A typed list of numbers ("3, 5", "3 5", "#3") picks exactly those and goes
 *   on: the step takes free numbers, so a single number typed while the
 *   picker's choices are the latest ticks that person, as its button would.
 * Each flow keeps the picked ids in its own session data and registers its own
 * actions (the flow id makes an old picker's buttons stale). The flows that give
 * a task to the committee (/giaidap, /ketluan) share `committeePicker` and
 * `onCommitteeToggle`, so their pickers cannot drift apart.
 */
export interface PickerActions {
  toggle(memberId: number): string;
  done: string;
}

export interface Picker {
  /** What the flow asks ("Giao cho ai?"), shown above the people. */
  heading: string;
  members: readonly Member[];
  picked: readonly number[];
  actions: PickerActions;
}

const NAME_ON_BUTTON = 24;

export function pickerText(ctx: BotContext, p: Picker): string {
  const lines = p.members.map((m) => ctx.t("picker-member-line", { id: String(m.id), name: m.fullName, role: roleLabel(ctx, m.role) }));
  return [p.heading, ctx.t("picker-hint"), ...lines].join("\n");
}

export function pickerChoices(ctx: BotContext, p: Picker): Choices {
  const chosen = new Set(p.picked);
  const buttons = p.members.map((m) => choice(`${chosen.has(m.id) ? "✅ " : ""}${shortName(m.fullName)}`, p.actions.toggle(m.id), String(m.id)));
  const rows = Array.from({ length: Math.ceil(buttons.length / 2) }, (_, i) => buttons.slice(2 * i, 2 * i + 2));
  return Choices.from([...rows, [choice(ctx.t("picker-done"), p.actions.done, ["xong", "done"])]]);
}

/** Sends the picker. */
export async function showPicker(ctx: BotContext, p: Picker): Promise<void> {
  await ctx.ui.say(pickerText(ctx, p), { choices: pickerChoices(ctx, p), takesNumbers: true });
}

/** After a tick: the same picker with the new ticks (edited in place where the platform can). */
export async function refreshPicker(ctx: BotContext, p: Picker): Promise<void> {
  await ctx.ui.ack();
  await ctx.ui.updateChoices(pickerText(ctx, p), { choices: pickerChoices(ctx, p), takesNumbers: true });
}

/** "Xong" with nobody picked: said as an alert on a button, as a message when typed. */
export async function refuseEmptyPick(ctx: BotContext): Promise<void> {
  await ctx.ui.ack(ctx.t("picker-none"), { alert: true });
}

export function togglePicked(picked: readonly number[], memberId: number): number[] {
  return picked.includes(memberId) ? picked.filter((x) => x !== memberId) : [...picked, memberId];
}

export interface CommitteePickerOptions {
  /** The flow's callback prefix ("kltask"): its buttons are `<prefix>:m:<id>` and `<prefix>:done`. */
  prefix: string;
  /** A line above the question, shown when the picker is first sent (not on a refresh). */
  intro?: string;
  picked: readonly number[];
}

/** The picker of a task given to the committee: members but the staff (the services check it again). */
export async function committeePicker(ctx: BotContext, o: CommitteePickerOptions): Promise<Picker> {
  const members = (await ctx.app.services.roster.listMembers(ctx.actor.member!.agencyId)).filter((m) => m.role !== "STAFF");
  const ask = ctx.t("ketluan-ask-assignees");
  return {
    heading: o.intro ? `${o.intro}\n${ask}` : ask,
    members,
    picked: o.picked,
    actions: { toggle: (id) => `${o.prefix}:m:${id}`, done: `${o.prefix}:done` },
  };
}

/**
 * Registers the tick of a committee picker (`<prefix>:m:<id>`): valid only while
 * `flow` is at its "assignees" step and for a person the picker lists; the flow
 * keeps the ids in `data.picked`.
 */
export function onCommitteeToggle(composer: Composer<BotContext>, o: { prefix: string; flow: string; access: AccessRule }): void {
  onChoice(composer, new RegExp(`^${o.prefix}:m:(\\d+)$`), o.access, async (ctx) => {
    const flow = currentFlow(ctx, o.flow);
    if (!flow || flow.step !== "assignees") return refuseStale(ctx);
    const p = await committeePicker(ctx, { prefix: o.prefix, picked: flow.data.picked as number[] });
    const id = Number(ctx.match[1]);
    if (!p.members.some((m) => m.id === id)) return refuseStale(ctx);
    const picked = togglePicked(p.picked, id);
    setStep(ctx, "assignees", { picked });
    await refreshPicker(ctx, { ...p, picked });
  });
}

/**
 * The services refused the committee's task (`failed` is the domain error's code):
 * a bad assignee goes back to picking people, a past due date is asked again,
 * anything else ends the dialogue.
 */
export async function committeeTaskRefused(ctx: BotContext, failed: string): Promise<void> {
  if (failed === "conclusion-bad-assignee" || failed === "conclusion-no-assignees") {
    setStep(ctx, "assignees", { picked: [] });
    await ctx.ui.say(ctx.t("ketluan-ask-assignees-again"));
  } else if (failed !== "conclusion-due-past") endFlow(ctx);
}

/** A typed list of member numbers, each one a person of the list; undefined for anything else. */
export function parseTypedAssignees(text: string, members: readonly Member[]): number[] | undefined {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (!parts.length || parts.some((p) => !/^#?\d{1,9}$/.test(p))) return undefined;
  const ids = [...new Set(parts.map((p) => Number(p.replace("#", ""))))];
  return ids.every((id) => members.some((m) => m.id === id)) ? ids : undefined;
}

function shortName(name: string): string {
  return name.length > NAME_ON_BUTTON ? `${name.slice(0, NAME_ON_BUTTON - 1)}…` : name;
}
