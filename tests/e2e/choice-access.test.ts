import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { features } from "../../commands/index.js";
import { choiceActions } from "../../src/bot/choice-actions.js";
import { TEST_PLATFORM, TestBot, texts } from "../harness/test-bot.js";
import { BAOCAOKY } from "../../commands/reports/baocaoky.js";
import type { SessionData } from "../../src/bot/context.js";
import { prismaSessionStorage, privateSessionKey } from "../../src/bot/session-storage.js";
import { samplesOf } from "./access/regex-sample.js";
import { allRefusalTexts, buildWorld, CHAT_KINDS, expectedRefusal, ROLE_NAMES, type MatrixWorld } from "./access/matrix-world.js";

/**
 * Issue 14, finding 3: every registered choice, forged as a callback by every
 * role in every kind of chat, is refused by the guard with the command's
 * refusal text (and nothing else is sent), or reaches its handler. Built
 * from the registrations, so a new choice is covered without editing this file.
 * Forged callbacks cannot reach a Zalo bot (no buttons, no callbacks): that
 * matrix runs on Telegram only; the typed choice's check runs on both.
 */
const CALLBACKS = TEST_PLATFORM === "telegram";
void features; // the registry is filled when the features are loaded

let t: TestBot;
let world: MatrixWorld;
beforeAll(async () => {
  t = TestBot.create();
  world = await buildWorld(t);
});
afterAll(() => t?.close());

const registrations = choiceActions.registrations();
const ON_MESSAGE = { method: "sendMessage", chatId: "", messageId: 1, text: "", buttons: [], payload: {} };
const CONTENT_METHODS = new Set(["sendMessage", "sendDocument", "sendPhoto", "sendMediaGroup", "editMessageText", "editMessageReplyMarkup"]);

describe("one authorisation for choices", () => {
  it("every choice declares who may use it", () => {
    expect(registrations.filter((r) => !r.declared).map((r) => String(r.pattern))).toEqual([]);
    expect(registrations.length).toBeGreaterThanOrEqual(23);
  });

  let cases = 0;
  for (const r of registrations) {
    it.runIf(CALLBACKS)(`${r.pattern} (${r.access.command}, ${r.access.audience}, ${r.access.chats})`, async () => {
      for (const data of samplesOf(r.pattern)) {
        for (const role of ROLE_NAMES) {
          for (const chat of CHAT_KINDS) {
            const before = t.telegram.calls.length;
            // Pressed on a message of that chat, as Telegram sends every button of a chat message.
            await world.speaker(role, chat).pressData(data, ON_MESSAGE);
            const calls = t.telegram.calls.slice(before);
            const where = `${data} as ${role} in ${chat}`;
            const answers = calls.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.payload.text ?? ""));
            const content = calls.filter((c) => CONTENT_METHODS.has(c.method));
            const refusal = expectedRefusal(r.access, role, chat);
            if (refusal) {
              expect(answers, where).toEqual([refusal]);
              expect(content, `${where}: a refusal carries no content`).toEqual([]);
            } else {
              const said = [...answers, ...content.map((c) => String(c.payload.text ?? ""))];
              expect(said.filter((s) => allRefusalTexts(r.access.command).includes(s)), where).toEqual([]);
              expect(calls.length, `${where}: allowed, so answered`).toBeGreaterThan(0);
            }
            cases++;
          }
        }
      }
    });
  }

  it("a typed choice passes the same check as a pressed button", async () => {
    // A staff member whose remembered choices hold a manager's action (as a
    // demoted secretary's would): typing its form is refused like the button.
    const staff = world.people.staff;
    const items = [{ action: "bcky:v:9", forms: ["1"] }];
    const storage = prismaSessionStorage<SessionData>(t.db);
    const key = privateSessionKey(t.platform, t.platformId(staff.profile.id));
    await storage.write(key, { choices: { items } });
    expect(texts(await staff.send("1"))).toBe(expectedRefusal(BAOCAOKY, "staff", "private"));
    await storage.write(privateSessionKey(t.platform, t.platformId(100)), { choices: { items } });
    expect(texts(await world.people.secretary.send("1"))).not.toBe(expectedRefusal(BAOCAOKY, "staff", "private"));
  });

  it.runIf(CALLBACKS)("covered every case", () => {
    const expected = registrations.reduce((n, r) => n + samplesOf(r.pattern).length, 0) * ROLE_NAMES.length * CHAT_KINDS.length;
    expect(cases).toBe(expected);
    console.info(`choice access matrix: ${cases} cases (${registrations.length} registrations)`);
  });
});
