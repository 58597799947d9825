import { describe, expect, it } from "vitest";
import { InlineKeyboard } from "grammy";
import { dropEmptyKeyboardRows } from "../../src/platforms/telegram/keyboard-hygiene.js";

describe("dropEmptyKeyboardRows", () => {
  it("removes the empty rows a grid loop leaves and passes everything else through", async () => {
    const seen: unknown[] = [];
    const prev = (async (_method: string, payload: unknown) => {
      seen.push(payload);
      return { ok: true, result: true };
    }) as never;
    const kb = new InlineKeyboard().text("A", "a").text("B", "b").row().row().text("C", "c").row();
    await dropEmptyKeyboardRows(prev, "sendMessage", { chat_id: 1, text: "x", reply_markup: kb } as never);
    expect((seen[0] as { reply_markup: InlineKeyboard }).reply_markup.inline_keyboard).toEqual([
      [{ text: "A", callback_data: "a" }, { text: "B", callback_data: "b" }],
      [{ text: "C", callback_data: "c" }],
    ]);
    const plain = { chat_id: 1, text: "y" };
    await dropEmptyKeyboardRows(prev, "sendMessage", plain as never);
    expect(seen[1]).toBe(plain);
  });
});
