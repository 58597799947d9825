import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TestBot, choicesShown, texts, type TestUser } from "../harness/test-bot.js";
import { Role, seedAgency, type SeededAgency } from "../harness/fixtures.js";

/**
 * A number typed in the group as if choosing from a list (on Zalo, with no
 * buttons, people answer "Trả lời số 1" or "1"): groups remember no choices,
 * so the bot says where choosing by number works and links the private chat;
 * anything else addressed to it in the group stays unanswered, as before.
 */
let t: TestBot;
let a: SeededAgency;
let minh: TestUser;

beforeEach(async () => {
  t = TestBot.create({ now: "2026-03-02T01:00:00Z" });
  a = await seedAgency(t, { minh: { role: Role.MEMBER, fullName: "Trần Văn Minh" } });
  minh = a.people.minh!.user;
});
afterEach(() => t.close());

describe("a numbered choice typed in the group", () => {
  it("is answered with where choosing by number works, and a link to the private chat", async () => {
    const group = minh.in(a.groupChat);
    for (const typed of ["Trả lời số 1", "1", "tra loi so 2", "Số 3", "#4", "chọn 2", "1."]) {
      const sent = await group.send(typed);
      expect(sent, typed).toHaveLength(1);
      expect(sent[0]!.chatId).toBe(a.groupChatId);
      const text = texts(sent);
      expect(text).toContain("Trong nhóm, bot không nhận lựa chọn gõ bằng số");
      expect(text).toContain("chọn theo số chỉ dùng được trong tin nhắn riêng với bot");
      expect(text).toContain(t.buttonsOn ? "bấm nút dưới tin nhắn đó" : "gõ lệnh ghi ở đầu dòng lựa chọn (bắt đầu bằng dấu /)");
      const open = choicesShown(sent[0]!).find((c) => c.label === "Mở tin nhắn riêng với bot");
      expect(open?.url).toMatch(t.platform === "zalo" ? /^https:\/\/zalo\.me\/\d+$/ : /^https:\/\/t\.me\//);
    }
  });

  it("leaves other group texts unanswered, and private texts to the usual answer", async () => {
    const group = minh.in(a.groupChat);
    for (const typed of ["Chào cả nhà", "1 người vắng", "2026", "Trả lời số 1 giúp em với", "123"]) expect(await group.send(typed), typed).toEqual([]);
    // In private, with no list just offered, a number is a message the bot does not understand.
    expect(texts(await minh.send("Trả lời số 1"))).toContain("Bot chưa hiểu tin nhắn này");
    expect(texts(await minh.send("1"))).not.toContain("Trong nhóm");
  });
});
