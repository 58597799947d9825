import type { Agency, Member } from "../../src/generated/prisma/client.js";
import { Role } from "../../src/services/roles.js";
import type { TestBot, TestUser } from "./test-bot.js";

export interface SeededPerson {
  user: TestUser;
  member: Member;
}

export interface SeededAgency {
  agency: Agency;
  secretary: SeededPerson;
  people: Record<string, SeededPerson>;
  /** The secretary speaking in the bound committee group. */
  groupChat: { id: number; type: "supergroup"; title: string };
  /** The bound group's chat id as the outbox and the fake API know it (`t.platformId(groupChat.id)`). */
  groupChatId: string;
}

/**
 * An agency with a bound group and the given people, created through the
 * services (fast) rather than the chat flows, which have their own tests.
 * Test ids: secretary 100, then 101, 102… in the order given (on Zalo, their hex forms: `t.platformId`).
 */
export async function seedAgency(
  t: TestBot,
  people: Record<string, { role: Role; fullName: string; position?: string }> = {},
  opts: { agencyName?: string; groupId?: number } = {},
): Promise<SeededAgency> {
  const roster = t.deps.services.roster;
  const secUser = t.user({ id: 100, first_name: "Lan" });
  const secretary = await roster.createAgency({
    admin: t.identity(100),
    agencyName: opts.agencyName ?? "Thanh tra tỉnh Tây Ninh",
    profile: { fullName: "Nguyễn Thị Lan", position: "Chánh Văn phòng" },
  });
  const result: Record<string, SeededPerson> = {};
  let nextId = 101;
  for (const [key, p] of Object.entries(people)) {
    const id = nextId++;
    const invite = await roster.createInvite(secretary, p.role);
    const member = await roster.joinWithInvite({
      code: invite.code,
      user: t.identity(id),
      profile: { fullName: p.fullName, position: p.position ?? "Chuyên viên" },
    });
    result[key] = { user: t.user({ id, first_name: p.fullName.split(" ").at(-1)! }), member };
  }
  const groupChat = t.group({ id: opts.groupId ?? -1001234567890, title: "BCĐ QCDC" });
  const { agency } = await t.deps.services.groups.bindGroup(secretary, { ...groupIdentity(t, groupChat.id), title: groupChat.title });
  return { agency, secretary: { user: secUser, member: secretary }, people: result, groupChat, groupChatId: t.platformId(groupChat.id) };
}

export { Role };

/** A group as the services know it on the suite's platform. */
export function groupIdentity(t: TestBot, id: number): { platform: string; chatId: string } {
  return { platform: t.platform, chatId: t.platformId(id) };
}
