import { describe, expect, it } from "vitest";
import { planPage, type PlanPiece } from "../../commands/plan/kehoach.js";
import { progressBar } from "../../commands/plan/plan-render.js";

describe("/kehoach pages", () => {
  const task = (n: number) => `#${n} Nhiệm vụ số ${n}\n👤 Lan · ⏰ 30/06/2026 · 0% chưa thực hiện`;

  /** Section headings and task lines as /kehoach builds them, counting how many were formatted. */
  function plan(sections: { heading: string; tasks: number[] }[]) {
    let formatted = 0;
    const pieces: PlanPiece[] = sections.flatMap((s) => [
      { heading: true as const, text: () => (formatted++, s.heading) },
      ...s.tasks.map((n) => ({ text: () => (formatted++, task(n)) })),
    ]);
    return { pieces, formatted: () => formatted };
  }

  it("keeps sections together when they fit, with a blank line between them", () => {
    const { pieces } = plan([
      { heading: "2.1. Mục A", tasks: [1] },
      { heading: "2.2. Mục B", tasks: [2] },
    ]);
    expect(planPage(pieces, 1, 1000)).toEqual({ body: `2.1. Mục A\n${task(1)}\n\n2.2. Mục B\n${task(2)}`, page: 1, hasNext: false });
  });

  it("never cuts a task in two, stays under the limit, and shows every task on some page", () => {
    const { pieces } = plan([
      { heading: "2.1. Mục A", tasks: [100] },
      { heading: "2.2. Mục lớn", tasks: Array.from({ length: 40 }, (_, i) => i + 1) },
    ]);
    const pages: string[] = [];
    for (let n = 1; ; n++) {
      const p = planPage(pieces, n, 600);
      expect(p.page).toBe(n);
      expect(p.body.length).toBeLessThanOrEqual(600);
      expect(p.body.startsWith("\n")).toBe(false);
      pages.push(p.body);
      if (!p.hasNext) break;
    }
    expect(pages.length).toBeGreaterThan(3);
    const all = pages.join("\n");
    for (let i = 1; i <= 40; i++) expect(all).toContain(task(i));
    // Past the end: the last page.
    expect(planPage(pieces, 99, 600).body).toBe(pages.at(-1));
  });

  it("formats only the lines up to the page shown and one more, whatever the plan's size", () => {
    const { pieces, formatted } = plan([{ heading: "2.2. Mục lớn", tasks: Array.from({ length: 2000 }, (_, i) => i + 1) }]);
    const first = planPage(pieces, 1, 1500);
    expect(first.hasNext).toBe(true);
    expect(formatted()).toBeLessThan(40);
  });

  it("draws a ten-cell text bar", () => {
    expect(progressBar(1, 4)).toBe("███░░░░░░░ 25%");
    expect(progressBar(0, 0)).toBe("░░░░░░░░░░ 0%");
  });
});
