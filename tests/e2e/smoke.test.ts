import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TestBot, texts } from "../harness/test-bot.js";

let t: TestBot;
beforeEach(() => {
  t = TestBot.create({ adminIds: [1] });
});
afterEach(() => t.close());

describe("smoke", () => {
  it("answers /start", async () => {
    const lan = t.user({ id: 1, first_name: "Lan" });
    const r = await lan.send("/start");
    expect(texts(r)).toContain("/khoitao");
    const r2 = await lan.send("/khoitao Thanh tra tỉnh Tây Ninh");
    expect(texts(r2)).toContain("họ và tên");
    await lan.send("Nguyễn Thị Lan");
    const r3 = await lan.send("Chánh Văn phòng");
    expect(texts(r3)).toContain("Vui lòng kiểm tra");
    const r4 = await lan.click("Xác nhận");
    expect(texts(r4)).toContain("Đã khởi tạo");
    const r5 = await lan.send("/moi thuky");
    console.log(texts(r5));
  });
});
