import { Choices } from "../../src/chat/message.js";
import { z } from "zod";
import { foldTyped } from "../../src/format/typed-word.js";
import type { BotContext } from "../../src/bot/context.js";
import { ALL_ROLES, ROLE_KEYWORD, parseRole, type Role } from "../../src/services/roles.js";

/** The argument text after a command (`/moi thuky 3` → `thuky 3`), trimmed. */
export function commandArgs(ctx: BotContext): string {
  const m = ctx.match;
  return typeof m === "string" ? m.trim() : "";
}

export function roleLabel(ctx: BotContext, role: Role): string {
  return ctx.t(`role-${role}`);
}

/** A choice for each role; the action is `<prefix>:<ROLE>`, and the role's keyword (`thuky`) types it. */
export function roleChoices(ctx: BotContext, prefix: string, roles: readonly Role[] = ALL_ROLES): Choices {
  const kb = new Choices();
  roles.forEach((r, i) => {
    kb.text(roleLabel(ctx, r), `${prefix}:${r}`, ROLE_KEYWORD[r]);
    if (i % 2 === 1) kb.row();
  });
  return kb;
}

export { ROLE_KEYWORD };

/** Words that mean "yes" when typed instead of pressing a button (Zalo has no buttons). */
export function isTypedYes(text: string): boolean {
  return ["dong y", "ok", "co", "xac nhan", "yes"].includes(foldTyped(text).replace(/[.!]+$/, ""));
}

/** A positive integer id typed by a person (`#12`, `12`). */
export const idSchema = z
  .string()
  .trim()
  .regex(/^#?\d{1,9}$/)
  .transform((s) => Number(s.replace("#", "")));

/** A one-line name-like text: 2–100 characters with at least one letter. */
export const oneLineText = (min: number, max: number) =>
  z
    .string()
    .transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(z.string().min(min).max(max).regex(/\p{L}/u));

/** A role as typed (`thuky`, `Thư ký`, `phoban`…). */
export const roleWord = z.string().transform((w, c): Role => {
  const role = parseRole(w);
  if (!role) {
    c.addIssue({ code: "custom", message: "unknown role" });
    return z.NEVER;
  }
  return role;
});


/** Command arguments as words (`/moi thuky 3` → ["thuky", "3"]), validated by `schema` (usually a tuple). */
export function wordsOf<T extends z.ZodType<unknown, string[]>>(schema: T) {
  return z
    .string()
    .trim()
    .transform((s) => s.split(/\s+/))
    .pipe(schema);
}
