import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { Role } from "../../src/generated/prisma/enums.js";
import { TEST_PLATFORM, TestBot, texts } from "../harness/test-bot.js";
import { seedAgency, type SeededAgency } from "../harness/fixtures.js";
import { TEST_BOT_INFO } from "../harness/fake-telegram.js";

// Finding 5 of issue 14 (hostile input): commands in any case or form, and lone surrogates.
let t: TestBot;
let s: SeededAgency;
beforeEach(async () => {
  t = TestBot.create({ now: "2026-03-10T02:00:00Z" });
  s = await seedAgency(t, { hung: { role: Role.HEAD, fullName: "Trần Văn Hùng" } });
});
afterEach(() => t.close());

const NOT_UNDERSTOOD = "Bot chưa hiểu";
const errors = () => t.logLines.filter((l) => /"level":(50|60)/.test(l));

describe("commands match whatever their case or form", () => {
  it("answers /Tiendo, /TIENDO and /Thanhvien in private as their lower-case commands", async () => {
    const sec = s.secretary.user;
    const expected = texts(await sec.send("/tiendo"));
    expect(expected).not.toContain(NOT_UNDERSTOOD);
    for (const typed of ["/Tiendo", "/TIENDO", `/TienDo@${TEST_BOT_INFO.username.toUpperCase()}`]) {
      expect(texts(await sec.send(typed)), typed).toBe(expected);
    }
    const members = texts(await sec.send("/Thanhvien"));
    expect(members).toContain("Trần Văn Hùng");
  });

  it("answers in the group: /kehoach@bot@x, a photo captioned /trogiup, /START 00", async () => {
    const sec = s.secretary.user.in(s.groupChat);
    const plan = texts(await sec.send("/kehoach"));
    expect(plan.length).toBeGreaterThan(0);
    const withJunk = `/kehoach@${TEST_BOT_INFO.username}@x`;
    // The entity as a hostile client sends it: covering the whole token.
    expect(texts(await sec.send(withJunk, { entities: [{ type: "bot_command", offset: 0, length: withJunk.length }] }))).toBe(plan);
    // The entity as Telegram computes it: up to the bot's name.
    expect(texts(await sec.send(withJunk))).toBe(plan);

    const help = texts(await sec.send("/trogiup"));
    const photo = texts(
      await sec.sendRaw({
        photo: [{ file_id: "p1", file_unique_id: "u1", width: 10, height: 10 }],
        caption: "/trogiup",
        caption_entities: [{ type: "bot_command", offset: 0, length: 8 }],
      } as Partial<Message>),
    );
    expect(photo).toBe(help);

    const start = await sec.send("/START 00");
    expect(start.length).toBeGreaterThan(0);
    expect(texts(start)).toBe(texts(await sec.send("/start 00")));
    expect(errors()).toEqual([]);
  });

  // On Zalo a group message reaches the bot only when it mentions it: addressing another bot does not exist there.
  it.runIf(TEST_PLATFORM !== "zalo")("leaves another bot's command alone in a group", async () => {
    const sec = s.secretary.user.in(s.groupChat);
    expect(await sec.send("/Tiendo@some_other_bot")).toEqual([]);
  });
});

describe("text is well-formed Unicode before it reaches the database", () => {
  it("answers /start with a lone surrogate like an unknown invitation, with no error", async () => {
    const stranger = t.user({ id: 555, first_name: "Khách\udfff" });
    const unknown = texts(await stranger.send("/start ZZZZZZ"));
    const answer = texts(await stranger.send("/start \udfff"));
    expect(answer).not.toContain("sự cố");
    expect(answer).toBe(unknown);
    expect(errors()).toEqual([]);
  });

  it("stores a typed text with a lone surrogate repaired (U+FFFD), not refused", async () => {
    const sec = s.secretary.user;
    const reply = texts(await sec.send("/yeucau chuyende 01/03/2026-31/05/2026 han 20/06/2026 chude công khai \ud800 tài chính"));
    expect(reply).toContain("Đã ghi nhận yêu cầu báo cáo");
    const row = await t.db.reportRequest.findFirstOrThrow({ where: { kind: "THEMATIC" } });
    expect(row.topic).toBe("công khai \ufffd tài chính");
    expect(errors()).toEqual([]);
  });
});
