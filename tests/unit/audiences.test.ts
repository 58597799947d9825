import { describe, expect, it } from "vitest";
import { parseAudience, parseStoredAudience, serializeAudience, type AudienceSpec } from "../../src/services/audiences.js";

const departments = [
  { id: 1, name: "Văn phòng" },
  { id: 2, name: "Phòng Nghiệp vụ 1" },
  { id: 3, name: "Phòng Nghiệp vụ 2" },
];

describe("audiences", () => {
  it("reads the fixed audiences however they are typed", () => {
    expect(parseAudience("Tất cả", departments)).toEqual({ ok: true, audience: { kind: "all" } });
    expect(parseAudience("ban chi dao", departments)).toEqual({ ok: true, audience: { kind: "committee" } });
    expect(parseAudience("BCĐ", departments)).toEqual({ ok: true, audience: { kind: "committee" } });
    expect(parseAudience("công chức", departments)).toEqual({ ok: true, audience: { kind: "staff" } });
  });

  it("reads a department list with or without the word phòng, and names what it does not know", () => {
    expect(parseAudience("phòng Văn phòng, Nghiệp vụ 1", departments)).toEqual({
      ok: true,
      audience: { kind: "departments", departmentIds: [1, 2] },
    });
    expect(parseAudience("Phòng Nghiệp vụ 2; phong nghiep vu 2", departments)).toEqual({
      ok: true,
      audience: { kind: "departments", departmentIds: [3] },
    });
    expect(parseAudience("phòng Tổ chức, Văn phòng", departments)).toEqual({
      ok: false,
      reason: "unknown-department",
      unknown: ["to chuc"],
    });
    expect(parseAudience("  ", departments)).toEqual({ ok: false, reason: "empty" });
    expect(parseAudience("phòng", departments)).toEqual({ ok: false, reason: "empty" });
  });

  it("round-trips through its stored form and refuses a damaged one", () => {
    const a: AudienceSpec = { kind: "departments", departmentIds: [2, 3] };
    expect(parseStoredAudience(serializeAudience(a))).toEqual(a);
    expect(() => parseStoredAudience('{"kind":"departments","departmentIds":[]}')).toThrow();
    expect(() => parseStoredAudience('{"kind":"everyone"}')).toThrow();
  });
});
