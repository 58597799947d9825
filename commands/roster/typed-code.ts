import type { BotContext } from "../../src/bot/context.js";
import { platformUser } from "../../src/bot/platform.js";
import { LINK_CODE_LENGTH, normalizeLinkCode, platformLabel } from "../../src/services/identities.js";
import { roleLabel } from "../shared/shared.js";
import { askName } from "./profile-flow.js";

/** Codes people type: invitation codes are 10 characters, link codes 8, both without look-alikes. */
const CODE_SHAPE = /^[A-HJ-NP-Z2-9]+$/;

/** The normalised code when `text` has the shape of an invitation or link code, else undefined. */
export function codeShape(text: string): string | undefined {
  const code = normalizeLinkCode(text);
  return CODE_SHAPE.test(code) && (code.length === 10 || code.length === LINK_CODE_LENGTH) ? code : undefined;
}

/**
 * A code typed in a private chat (`/start <mã>`, `/lienket <mã>` or the bare
 * code): a link code attaches this account to the member who asked for it; an
 * invitation code starts joining. Zalo has no start payload, so typing is the
 * way in there; Telegram's link sends the same `/start <mã>`.
 */
export async function handleTypedCode(ctx: BotContext, text: string): Promise<void> {
  const user = platformUser(ctx)!;
  if (normalizeLinkCode(text).length === LINK_CODE_LENGTH) {
    const member = await ctx.app.services.identities.redeemLinkCode(text, user);
    await ctx.ui.say(ctx.t("lienket-done", { platform: platformLabel(user.platform), name: member.fullName, agency: member.agency.name }));
    return;
  }
  // Checked before asking for a name, so nobody types their profile for a dead code.
  const invite = await ctx.app.services.roster.checkInvite(text, user);
  await ctx.ui.say(ctx.t("join-start", { agency: invite.agency.name, role: roleLabel(ctx, invite.role) }));
  await askName(ctx, { purpose: "join", code: invite.code });
}
