import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALES_DIR, translator } from "../../src/i18n/translator.js";

/**
 * On a platform without buttons (Zalo, and Telegram's typing profile) no text
 * may tell the reader to press a button: interactive texts choose their wording
 * with `$buttons` (src/bot/index.ts gives "yes" or "no"), and texts written for
 * everyone (outbox notices) say "chọn mục bên dưới", which the written-out
 * choices also satisfy. The texts below are only ever shown where buttons or
 * links exist, each for the reason given.
 */
const SHOWN_ONLY_WITH_BUTTONS: Record<string, string> = {
  "gopy-sent": "chosen only where the bot can delete messages (Telegram), where the erase button exists",
};

function messageIds(): string[] {
  const dir = path.join(LOCALES_DIR, DEFAULT_LOCALE);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ftl"))
    .flatMap((f) => readFileSync(path.join(dir, f), "utf8").split("\n"))
    .flatMap((line) => /^([a-zA-Z][\w-]*)\s*=/.exec(line)?.[1] ?? []);
}

/** Every variable a text may use, with a placeholder value; `buttons` as given. */
function anyParams(buttons: "yes" | "no"): Record<string, string> {
  const value = (key: string | symbol) => (key === "buttons" ? buttons : "1");
  return new Proxy({} as Record<string, string>, {
    get: (_, key) => value(key),
    has: () => true,
    getOwnPropertyDescriptor: (_, key) => ({ value: value(key), enumerable: true, configurable: true, writable: false }),
  });
}

describe("wording without buttons", () => {
  const t = translator().forLocale(DEFAULT_LOCALE);

  it("no text asks to press a button when $buttons is no", () => {
    const pressing = /bấm (nút|“|tên)|\bBấm tên/;
    const offending = messageIds()
      .filter((id) => !(id in SHOWN_ONLY_WITH_BUTTONS))
      .filter((id) => pressing.test(t(id, anyParams("no"))));
    expect(offending).toEqual([]);
  });

  it("the same texts still name the button where there is one", () => {
    for (const id of ["baocao-ask-obstacles", "picker-hint", "quantriet-hint", "gopy-category-typed"]) {
      expect(t(id, anyParams("yes")), id).toMatch(/[Bb]ấm/);
      expect(t(id, anyParams("no")), id).not.toMatch(/[Bb]ấm/);
    }
  });
});
