import { describe, expect, it } from "vitest";
import { Choices } from "../../src/chat/message.js";
import { looksLikeNumberedChoice, matchTyped, readWrittenChoices, typedChoicesOf, writeChoices } from "../../src/chat/typed-choices.js";
import { renderMessage } from "../../src/platforms/telegram/render.js";
import { TELEGRAM_CAPABILITIES, TELEGRAM_TYPING_CAPABILITIES } from "../../src/chat/capabilities.js";

describe("the typing rule of choices", () => {
  it("numbers choices without typed forms in reading order, and keeps named forms", () => {
    const grid = new Choices().text("Thư ký", "r:S").text("Trưởng ban", "r:H").row().text("Xác nhận", "ok", ["đồng ý", "ok"]).grid;
    const typed = typedChoicesOf(grid);
    expect(typed.map((c) => c.forms[0])).toEqual(["1", "2", "đồng ý"]);
    expect(matchTyped(typed, "2")?.action).toBe("r:H");
    expect(matchTyped(typed, "  Đồng Ý ")?.action).toBe("ok");
    expect(matchTyped(typed, "dong y")?.action).toBe("ok");
    expect(matchTyped(typed, "3")).toBeUndefined();
  });

  it("refuses to number a choice on a step that takes free numbers", () => {
    const grid = new Choices().text("50%", "p:50", "50").text("Hoàn thành", "p:100").grid;
    expect(() => typedChoicesOf(grid, { takesNumbers: true })).toThrow(/typed form/);
    const ok = new Choices().text("50%", "p:50", "50").text("Hoàn thành", "p:100", "100").grid;
    expect(matchTyped(typedChoicesOf(ok, { takesNumbers: true }), "100")?.action).toBe("p:100");
  });

  it("leaves commands to their handlers", () => {
    const typed = typedChoicesOf(new Choices().text("Báo cáo", "bc:n:12", "/baocao 12").grid);
    expect(matchTyped(typed, "/baocao 12")).toBeUndefined();
  });

  it("writes choices out so that a reader (and the test harness) can type them", () => {
    const typed = typedChoicesOf(new Choices().text("Thư ký", "r:S").text("Gửi", "send", "gửi").url("Mở", "https://t.me/x").grid);
    const text = writeChoices("Chọn vai trò", typed, "Chọn bằng cách gõ:");
    expect(text).toBe("Chọn vai trò\n\nChọn bằng cách gõ:\n• 1 — Thư ký\n• gửi — Gửi\n• Mở: https://t.me/x");
    expect(readWrittenChoices(text)).toEqual([
      { typed: "1", label: "Thư ký" },
      { typed: "gửi", label: "Gửi" },
    ]);
  });

  it("renders buttons on Telegram and written choices with buttons off", () => {
    const grid = new Choices().text("Gửi", "send", "gửi").grid;
    const withButtons = renderMessage("Xem trước", grid, TELEGRAM_CAPABILITIES, { typedHeader: "Gõ:" });
    expect(withButtons.parts).toEqual(["Xem trước"]);
    expect(withButtons.replyMarkup).toEqual({ inline_keyboard: [[{ text: "Gửi", callback_data: "send" }]] });
    const typing = renderMessage("Xem trước", grid, TELEGRAM_TYPING_CAPABILITIES, { typedHeader: "Gõ:" });
    expect(typing.replyMarkup).toBeUndefined();
    expect(typing.parts).toEqual(["Xem trước\n\nGõ:\n• gửi — Gửi"]);
  });

  it("tells a numbered choice being answered from other texts", () => {
    for (const x of ["1", " 12 ", "#3", "3.", "Số 2", "so 2", "Trả lời số 1", "tra loi so 1", "TRẢ LỜI 1", "chọn 2", "Chọn số 4", "tôi chọn 1", "phương án 2", "ý 3"]) expect(looksLikeNumberedChoice(x), x).toBe(true);
    for (const x of ["", "Chào cả nhà", "2026", "123", "1 người vắng", "Trả lời số 1 giúp em", "số điện thoại", "/baocao 1", "1,5", "50%", "tra loi"]) expect(looksLikeNumberedChoice(x), x).toBe(false);
  });
});
