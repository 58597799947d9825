import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { features } from "../../commands/index.js";
import { LOCALES_DIR } from "../../src/i18n/translator.js";

function keysOf(locale: string): Set<string> {
  const dir = path.join(LOCALES_DIR, locale);
  const keys = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
    for (const line of readFileSync(path.join(dir, file), "utf8").split("\n")) {
      const m = /^([a-zA-Z][\w-]*)\s*=/.exec(line);
      if (m) keys.add(m[1]!);
    }
  }
  return keys;
}

describe("locales", () => {
  const vi = keysOf("vi");
  const en = keysOf("en");

  it("English has exactly the Vietnamese keys", () => {
    expect([...vi].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !vi.has(k))).toEqual([]);
  });

  it("every command has a menu text and a help line", () => {
    const missing = features
      .flatMap((f) => f.commands)
      .flatMap((c) => [`cmd-${c.command}`, `help-${c.command}`])
      .filter((k) => !vi.has(k));
    expect(missing).toEqual([]);
  });

  it("every audience refusal has a text", () => {
    for (const a of ["member", "committee", "leaders", "managers"]) expect(vi.has(`guard-need-${a}`)).toBe(true);
  });
});
