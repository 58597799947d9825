import { describe, expect, it } from "vitest";
import { isWellFormed, repairStrings, toWellFormed, wellFormedString } from "../../src/format/unicode.js";

describe("well-formed UTF-16", () => {
  it("keeps pairs, replaces lone halves with U+FFFD one for one", () => {
    expect(isWellFormed("Lan 😀 đ")).toBe(true);
    expect(isWellFormed("\udfff")).toBe(false);
    expect(isWellFormed("a\ud83d")).toBe(false);
    expect(toWellFormed("a\ud83db\udfff😀")).toBe("a\ufffdb\ufffd😀");
    expect(toWellFormed("a\ud83d").length).toBe("a\ud83d".length);
  });

  it("repairs every string of an update in place, and the zod helper refuses ill-formed text", () => {
    const update = { message: { text: "/start \udfff", from: { first_name: "A\ud800" }, entities: [{ type: "bot_command" }] } };
    expect(repairStrings(update)).toBe(2);
    expect(update.message.text).toBe("/start \ufffd");
    expect(update.message.from.first_name).toBe("A\ufffd");
    expect(wellFormedString().safeParse("ok 😀").success).toBe(true);
    expect(wellFormedString().safeParse("\udfff").success).toBe(false);
  });
});
