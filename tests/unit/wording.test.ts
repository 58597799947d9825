import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ReportKind } from "../../src/generated/prisma/enums.js";
import { DOC } from "../../src/reports/wording.js";

describe("document wording", () => {
  it("is frozen all the way down, so no caller can reword a document at run time", () => {
    expect(Object.isFrozen(DOC)).toBe(true);
    expect(Object.isFrozen(DOC.header)).toBe(true);
    expect(Object.isFrozen(DOC.selfAssessment.columns)).toBe(true);
    expect(() => ((DOC.title as { report: string }).report = "x")).toThrow(TypeError);
  });

  it("writes the date line with the decree's leading zeros (day < 10, month < 3)", () => {
    expect(DOC.header.dateLine("Tây Ninh", { day: 5, month: 2, year: 2026 })).toBe("Tây Ninh, ngày 05 tháng 02 năm 2026");
    expect(DOC.header.dateLine("Tây Ninh", { day: 10, month: 6, year: 2026 })).toBe("Tây Ninh, ngày 10 tháng 6 năm 2026");
  });

  it("puts a thematic topic in the summary line and leaves the others plain", () => {
    expect(DOC.title.reportSummary(ReportKind.THEMATIC, "công khai tài chính", "năm 2026")).toBe(
      "Kết quả thực hiện Quy chế dân chủ ở cơ sở về công khai tài chính (năm 2026)",
    );
    expect(DOC.title.reportSummary(ReportKind.ANNUAL, "bỏ qua", "năm 2026")).toBe("Kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2026");
  });

  it("has the same profile defaults as the schema's @default values", () => {
    const schema = readFileSync(new URL("../../prisma/schema/reports.prisma", import.meta.url), "utf8");
    const def = (field: string) => new RegExp(`^\\s*${field}\\s+String\\s+@default\\("([^"]*)"\\)`, "m").exec(schema)?.[1];
    expect(def("place")).toBe(DOC.profileDefaults.place);
    expect(def("symbolSuffix")).toBe(DOC.profileDefaults.symbolSuffix);
    expect(def("signerTitle")).toBe(DOC.profileDefaults.signerTitle);
  });
});
