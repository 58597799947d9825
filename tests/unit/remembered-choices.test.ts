import { describe, expect, it } from "vitest";
import { Choices } from "../../src/chat/message.js";
import { matchTyped, typedChoicesOf } from "../../src/chat/typed-choices.js";
import type { BotContext } from "../../src/bot/context.js";
import { rememberChoices } from "../../src/bot/remembered-choices.js";

/** A private chat's context with a session, as the session middleware leaves it. */
function privateCtx(session: BotContext["session"] = {}): BotContext {
  return { chat: { id: 1, type: "private" }, session } as unknown as BotContext;
}

/** What the session middleware would write back: the session as JSON. */
const stored = (ctx: BotContext) => JSON.stringify(ctx.session);

const pages = (page: number) => {
  const kb = new Choices();
  if (page > 1) kb.text("Trang trước", `td:${page - 1}`, `/tiendo ${page - 1}`);
  kb.text("Trang sau", `td:${page + 1}`, `/tiendo ${page + 1}`);
  return typedChoicesOf(kb.grid);
};

describe("remembered choices", () => {
  it("do not keep page choices, which only their command reaches: a paged answer leaves the session as it was", () => {
    const ctx = privateCtx();
    const before = stored(ctx);
    rememberChoices(ctx, pages(1), 1001, true);
    rememberChoices(ctx, pages(2), 1002, true);
    expect(ctx.session.choices).toBeUndefined();
    expect(stored(ctx)).toBe(before);
  });

  it("keep the typable forms of a choice, so typing still chooses it, and forget old choices on a message without any", () => {
    const ctx = privateCtx();
    const offered = typedChoicesOf(new Choices().text("Đồng ý", "ok", ["đồng ý", "/dongy"]).text("Huỷ", "cancel").grid);
    rememberChoices(ctx, offered, 7, true);
    expect(ctx.session.choices).toEqual({ messageId: 7, items: [{ action: "ok", forms: ["đồng ý"] }, { action: "cancel", forms: ["1"] }] });
    expect(matchTyped(ctx.session.choices!.items, "Đồng ý")?.action).toBe("ok");
    expect(matchTyped(ctx.session.choices!.items, "1")?.action).toBe("cancel");
    // The same offer again, on a platform that keeps no message id: nothing changes, nothing is written.
    const other = privateCtx();
    rememberChoices(other, offered, undefined, true);
    const once = stored(other);
    rememberChoices(other, offered, undefined, true);
    expect(stored(other)).toBe(once);
    // A page answer next: the old choices are forgotten, so "1" is no longer taken for "Huỷ".
    rememberChoices(ctx, pages(1), 8, true);
    expect(ctx.session.choices).toBeUndefined();
  });

  it("add later messages' choices to the first one's within an update", () => {
    const ctx = privateCtx();
    rememberChoices(ctx, typedChoicesOf(new Choices().text("Có", "yes", "có").grid), 3, true);
    rememberChoices(ctx, pages(1), 4, false);
    rememberChoices(ctx, typedChoicesOf(new Choices().text("Không", "no", "không").grid), 5, false);
    expect(ctx.session.choices).toEqual({ messageId: 5, items: [{ action: "yes", forms: ["có"] }, { action: "no", forms: ["không"] }] });
  });
});
