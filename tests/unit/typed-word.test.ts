import { describe, expect, it } from "vitest";
import { foldTyped } from "../../src/format/typed-word.js";
import { isTypedYes } from "../../commands/shared/shared.js";
import { parseRole } from "../../src/services/roles.js";

describe("typed words", () => {
  it("folds diacritics, đ, case and spaces", () => {
    expect(foldTyped("  Đồng   Ý ")).toBe("dong y");
    expect(foldTyped("Phó_ban", { squash: true })).toBe("phoban");
    expect(foldTyped("Cuối quý")).toBe("cuoi quy");
  });

  it("accepts the usual ways of typing yes, and nothing else", () => {
    for (const yes of ["đồng ý", "Đồng ý.", "dong y", "OK", "có", "xác nhận"]) expect(isTypedYes(yes)).toBe(true);
    for (const no of ["không", "đồng", "okay then", ""]) expect(isTypedYes(no)).toBe(false);
  });

  it("reads roles with or without diacritics", () => {
    expect(parseRole("Phó ban")).toBe("DEPUTY");
    expect(parseRole("thư ký")).toBe("SECRETARY");
    expect(parseRole("CONGCHUC")).toBe("STAFF");
    expect(parseRole("HEAD")).toBe("HEAD");
    expect(parseRole("giám đốc")).toBeUndefined();
  });
});
