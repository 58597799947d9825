import { describe, expect, it } from "vitest";
import { paginate } from "../../commands/plan/kehoach.js";
import { progressBar } from "../../commands/plan/plan-render.js";

describe("/kehoach pages", () => {
  const task = (n: number) => `#${n} Nhiệm vụ số ${n}\n👤 Lan · ⏰ 30/06/2026 · 0% chưa thực hiện`;

  it("keeps sections whole when they fit and never cuts a task in two", () => {
    const small = ["2.1. Mục A\n" + task(1), "2.2. Mục B\n" + task(2)];
    expect(paginate(small, 1000)).toEqual([small.join("\n\n")]);
    const big = "2.2. Mục lớn\n" + Array.from({ length: 40 }, (_, i) => task(i + 1)).join("\n");
    const pages = paginate(["2.1. Mục A\n" + task(100), big], 600);
    expect(pages.length).toBeGreaterThan(3);
    for (const p of pages) expect(p.length).toBeLessThanOrEqual(600);
    const all = pages.join("\n");
    for (let i = 1; i <= 40; i++) expect(all).toContain(task(i));
  });

  it("draws a ten-cell text bar", () => {
    expect(progressBar(1, 4)).toBe("███░░░░░░░ 25%");
    expect(progressBar(0, 0)).toBe("░░░░░░░░░░ 0%");
  });
});
