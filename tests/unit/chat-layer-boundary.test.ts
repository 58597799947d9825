import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return path.includes("generated") ? [] : sources(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** Telegram habits a command must not have: it answers through ctx.ui (docs/chat-layer.md). */
const TELEGRAM_HABITS = [
  /\bInlineKeyboard\b/,
  /\bInputFile\b/,
  /answerCallbackQuery/,
  /editMessage(Text|ReplyMarkup|Caption)/,
  /\bctx\.(api\.)?deleteMessages?\(|\bctx\.deleteMessage\(/,
  /reply_markup/,
  /\bctx\.reply\(/,
  /\bt\.me\//,
  /\bctx\.from!?\.id\b/,
  // Sending elsewhere is ctx.ui.sayPrivately or the outbox (src/messaging/), which every platform has.
  /\bctx\.api\./,
];

describe("the chat layer's boundary", () => {
  it("commands speak only through ctx.ui", () => {
    const offences = sources("commands").flatMap((file) => {
      const text = readFileSync(join(ROOT, file), "utf8");
      return TELEGRAM_HABITS.filter((re) => re.test(text)).map((re) => `${file}: ${re.source}`);
    });
    expect(offences).toEqual([]);
  });

  it("no source file is over 300 lines", () => {
    const long = [...sources("src"), ...sources("commands")]
      .map((file) => ({ file: relative(ROOT, join(ROOT, file)), lines: readFileSync(join(ROOT, file), "utf8").split("\n").length - 1 }))
      .filter((f) => f.lines > 300)
      .map((f) => `${f.file} (${f.lines})`);
    expect(long).toEqual([]);
  });
});
