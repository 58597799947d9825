import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Chat, Update, User } from "grammy/types";
import { features } from "../../commands/index.js";
import { choiceActions } from "../../src/bot/choice-actions.js";
import { TEST_PLATFORM, TestBot } from "../harness/test-bot.js";
import { TEST_BOT_INFO } from "../harness/fake-telegram.js";
import { buildWorld, ROLE_NAMES } from "./access/matrix-world.js";
import { samplesOf } from "./access/regex-sample.js";
import { hostileCase, seeded, type Cast } from "./access/hostile-updates.js";

/**
 * Issue 14, finding 5: a seeded stream of random and hostile updates through
 * the whole in-process bot. Replay a failure with QCDC_HOSTILE_SEED=<seed>.
 */
const SEED = Number(process.env.QCDC_HOSTILE_SEED ?? 14);
// On Zalo a seeded subset (the first 1,000 of the same stream) keeps CI's time: docs/zalo.md.
const COUNT = Number(process.env.QCDC_HOSTILE_COUNT ?? (TEST_PLATFORM === "zalo" ? 1_000 : 2_000));

let t: TestBot;
let cast: Cast;
beforeAll(async () => {
  t = TestBot.create({ now: "2026-03-02T02:00:00Z" });
  const world = await buildWorld(t);
  const users: User[] = ROLE_NAMES.map((r) => world.people[r].profile);
  // The secretary's own group, the other agency's, the unbound one (test ids; on Zalo their hex forms are t.platformId).
  const groups: Chat[] = [world.groups.A, world.groups.B, world.groups.none].map((g) => ({ id: g.id, type: "supergroup", title: "Nhóm" }) as Chat);
  cast = {
    users,
    privateOf: (u) => ({ id: u.id, type: "private", first_name: u.first_name }) as Chat,
    groups,
    commands: features.flatMap((f) => f.commands.map((c) => c.command)),
    callbackData: choiceActions.registrations().flatMap((r) => samplesOf(r.pattern)),
    botName: TEST_BOT_INFO.username,
  };
});
afterAll(() => t?.close());

describe(`hostile updates (seed ${SEED}, ${COUNT} updates)`, () => {
  it("no crash, no unhandled error, an answer wherever one is due, no one revealed in a group not theirs", async () => {
    const rnd = seeded(SEED);
    const members = await t.db.member.findMany({ select: { fullName: true, agencyId: true } });
    const groupAgency = new Map<string, number | null>();
    for (const g of cast.groups) {
      const a = await t.deps.services.groups.findAgencyByGroup({ platform: t.platform, chatId: t.platformId(g.id) });
      groupAgency.set(t.platformId(g.id), a?.id ?? null);
    }
    const unanswered: string[] = [];
    const revealed: string[] = [];
    let skipped = 0;
    for (let i = 0; i < COUNT; i++) {
      const c = hostileCase(rnd, cast, 10_000 + i, Math.floor(t.clock.now().getTime() / 1000));
      // Zalo delivers messages only: no buttons (callbacks), no membership events. The same stream, those left out.
      if (!t.callbacks && !c.update.message && !c.update.edited_message) {
        skipped++;
        continue;
      }
      const callsBefore = t.telegram.calls.length;
      const sent = await t.deliver(c.update as Update);
      const calls = t.telegram.calls.slice(callsBefore);
      if (c.due === "callback" && !calls.some((x) => x.method === "answerCallbackQuery")) unanswered.push(c.label);
      if (c.due === "answer" && sent.length === 0) unanswered.push(c.label);
      for (const m of sent) {
        if (!groupAgency.has(m.chatId)) continue;
        const owner = groupAgency.get(m.chatId);
        for (const p of members) if (p.agencyId !== owner && m.text.includes(p.fullName)) revealed.push(`${c.label} → ${m.text.slice(0, 120)}`);
      }
      t.clock.advance(1_500);
      // The figure issue 14 asks for (RSS after 1,000 and 10,000 updates), printed for the record.
      if ((i + 1) % 1_000 === 0) console.info(`hostile updates: RSS after ${i + 1}: ${Math.round(process.memoryUsage().rss / 1_048_576)} MiB`);
    }
    const errors = t.logLines.filter((l) => /"level":(50|60)/.test(l));
    console.info(`hostile updates (${t.platform}): ${COUNT - skipped} sent, ${errors.length} unhandled errors, ${unanswered.length} unanswered due answers, ${revealed.length} revelations`);
    expect(errors.slice(0, 5)).toEqual([]);
    expect(unanswered.slice(0, 20)).toEqual([]);
    expect(revealed.slice(0, 10), revealed.join("\n")).toEqual([]);
    // The database stays consistent: both agencies, everyone still in theirs.
    expect(await t.db.agency.count()).toBe(2);
    const agencyIds = new Set((await t.db.agency.findMany({ select: { id: true } })).map((a) => a.id));
    expect((await t.db.member.findMany({ select: { agencyId: true } })).every((m) => agencyIds.has(m.agencyId))).toBe(true);
    expect(await t.db.member.count({ where: { status: "ACTIVE" } })).toBe(members.length);
  }, 600_000);

  it("answers the updates the attack found unanswered", async () => {
    const group = cast.groups[0]!;
    const head = cast.users[3]!;
    let next = 0;
    const send = (text: string, extra: Record<string, unknown> = {}) =>
      t.deliver({
        message: {
          // Distinct ids: Zalo drops a repeated message id as a duplicate delivery.
          message_id: 90_000 + next++, date: 0, chat: group, from: head,
          ...(extra.photo ? { caption: text, caption_entities: [{ type: "bot_command", offset: 0, length: text.split(/[\s]/)[0]!.split("@").slice(0, 2).join("@").length }] } : { text, entities: [{ type: "bot_command", offset: 0, length: text.split(/[\s]/)[0]!.split("@").slice(0, 2).join("@").length }] }),
          ...extra,
        },
      } as unknown as Update);
    expect((await send("/START 00")).length).toBeGreaterThan(0);
    // A button without a message under it (found by the 10,000-update run, seed 14): answered, no error. Telegram only (a callback).
    if (t.callbacks) {
      const errorsBefore = t.logLines.filter((l) => /"level":50/.test(l)).length;
      await t.deliver({ callback_query: { id: "nochat", from: head, chat_instance: "x", data: "kh:1" } } as unknown as Update);
      expect(t.telegram.callsOf("answerCallbackQuery").some((c) => c.payload.callback_query_id === "nochat")).toBe(true);
      expect(t.logLines.filter((l) => /"level":50/.test(l)).length).toBe(errorsBefore);
    }
    // A member of another agency in this group: greeted without name, role or agency.
    const other = await t.deliver({
      message: { message_id: 2, date: 0, chat: group, from: cast.users[6]!, text: "/start", entities: [{ type: "bot_command", offset: 0, length: 6 }] },
    } as unknown as Update);
    expect(other.map((m) => m.text).join("\n")).not.toMatch(/Đặng Thu Hà|Thư ký|Sở Nội vụ/);
    expect(other.length).toBe(1);
    expect((await send("/trogiup", { photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }] })).length).toBeGreaterThan(0);
    expect((await send(`/kehoach@${TEST_BOT_INFO.username}@x`)).length).toBeGreaterThan(0);
  });
});
