import { describe, expect, it } from "vitest";
import { FakeClock } from "../../src/clock.js";
import { FeedbackDrafts, MAX_DRAFTS } from "../../commands/feedback/gopy-drafts.js";
import { ErasableMessages, MAX_ERASABLE_PEOPLE, MAX_ERASABLE_PER_PERSON } from "../../commands/feedback/erasable.js";
import { AnonymousLimiter, DEFAULT_FEEDBACK_LIMITS, MAX_COUNTED_PEOPLE } from "../../src/services/feedback-limits.js";
import { setBounded } from "../../src/security/bounded-map.js";

/** Issue 14, finding 5: every in-memory map that grows with input is bounded by size and by age. */
describe("bounded in-memory maps", () => {
  it("setBounded drops the least recently set entries past the limit", () => {
    const m = new Map<string, number>();
    for (let i = 0; i < 10; i++) setBounded(m, `k${i}`, i, 3);
    expect([...m.keys()]).toEqual(["k7", "k8", "k9"]);
    setBounded(m, "k7", 70, 3);
    setBounded(m, "new", 1, 3);
    expect([...m.keys()]).toEqual(["k9", "k7", "new"]);
  });

  it("feedback drafts: at most MAX_DRAFTS, and gone (then their markers too) with age", () => {
    const clock = new FakeClock("2026-03-02T01:00:00Z");
    const drafts = new FeedbackDrafts(clock);
    for (let i = 0; i < MAX_DRAFTS + 500; i++) drafts.start(`telegram:${i}`, 1);
    expect(drafts.size).toBe(MAX_DRAFTS);
    expect(drafts.get(`telegram:${MAX_DRAFTS + 499}`)).toBeDefined();
    expect(drafts.get("telegram:0")).toBeUndefined();
    clock.advance(31 * 60_000);
    expect(drafts.size).toBe(MAX_DRAFTS); // swept on the next read
    drafts.get("x");
    expect(drafts.size).toBe(0);
    expect(drafts.held).toBe(MAX_DRAFTS); // content-free expiry markers, bounded too
    clock.advance(3 * 3_600_000);
    drafts.get("x");
    expect(drafts.held).toBe(0);
  });

  it("erasable messages: bounded per person, in people, and by age", () => {
    const clock = new FakeClock("2026-03-02T01:00:00Z");
    const shown = new ErasableMessages(clock);
    for (let i = 0; i < MAX_ERASABLE_PER_PERSON + 20; i++) shown.add("telegram:1", [i]);
    expect(shown.held.ids).toBe(MAX_ERASABLE_PER_PERSON);
    for (let i = 0; i < MAX_ERASABLE_PEOPLE + 100; i++) shown.add(`telegram:p${i}`, [i]);
    expect(shown.held.people).toBe(MAX_ERASABLE_PEOPLE);
    clock.advance(49 * 3_600_000);
    expect(shown.has("telegram:p1")).toBe(false);
    expect(shown.held.people).toBe(0);
  });

  it("anonymous abuse counters: bounded per day and cleared at midnight", () => {
    const clock = new FakeClock("2026-03-02T01:00:00Z");
    expect(MAX_COUNTED_PEOPLE).toBeLessThanOrEqual(50_000);
    const limiter = new AnonymousLimiter(clock, "Asia/Ho_Chi_Minh", { ...DEFAULT_FEEDBACK_LIMITS, maxCountedPeople: 500 });
    for (let i = 0; i < 1_500; i++) {
      const tag = limiter.tag({ platform: "telegram", userId: String(i) });
      limiter.recordWrongCode(tag);
      limiter.countSubmission(tag);
    }
    expect(limiter.held).toBe(2 * 500);
    clock.advance(24 * 3_600_000);
    limiter.tag({ platform: "telegram", userId: "1" });
    expect(limiter.held).toBe(0);
  });
});
