import type { Chat } from "grammy/types";
import type { AccessRule } from "../../../src/bot/access.js";
import { translator, DEFAULT_LOCALE } from "../../../src/i18n/translator.js";
import { groupIdentity, seedAgency, Role } from "../../harness/fixtures.js";
import type { TestBot, TestUser } from "../../harness/test-bot.js";

/**
 * The world the authorisation matrices run in: agency A with one person of
 * every role and its bound group, agency B (its secretary, its group), a
 * group bound to nobody, and a stranger. The expected answer is computed
 * here by an oracle written out independently of `accessRefusal`, from the
 * rule as documented (docs/architecture.md, "One authorisation").
 */
export type RoleName = "staff" | "member" | "deputy" | "head" | "secretary" | "stranger" | "otherAgency";
export type ChatKind = "private" | "ownGroup" | "otherGroup" | "unboundGroup";

export const ROLE_NAMES: RoleName[] = ["staff", "member", "deputy", "head", "secretary", "stranger", "otherAgency"];
export const CHAT_KINDS: ChatKind[] = ["private", "ownGroup", "otherGroup", "unboundGroup"];

export interface MatrixWorld {
  people: Record<RoleName, TestUser>;
  /** The person in the given kind of chat ("own group": agency A's for A's people and the stranger, B's for B's secretary). */
  speaker(role: RoleName, chat: ChatKind): TestUser;
  /** The three groups, by their test ids: agency A's, agency B's, and the one bound to nobody. */
  groups: Record<"A" | "B" | "none", Chat>;
}

export async function buildWorld(t: TestBot): Promise<MatrixWorld> {
  const a = await seedAgency(t, {
    staff: { role: Role.STAFF, fullName: "Phạm Văn Tâm" },
    member: { role: Role.MEMBER, fullName: "Lê Thị Mai" },
    deputy: { role: Role.DEPUTY, fullName: "Võ Minh Đức" },
    head: { role: Role.HEAD, fullName: "Trần Văn Hùng" },
  });
  const roster = t.deps.services.roster;
  const bSecretary = await roster.createAgency({
    admin: t.identity(200),
    agencyName: "Sở Nội vụ tỉnh Tây Ninh",
    profile: { fullName: "Đặng Thu Hà", position: "Chánh Văn phòng" },
  });
  const groupB = t.group({ id: -1009000000002, title: "BCĐ Sở Nội vụ" });
  await t.deps.services.groups.bindGroup(bSecretary, { ...groupIdentity(t, groupB.id), title: groupB.title });
  const unbound = t.group({ id: -1009000000003, title: "Nhóm chưa kết nối" });
  const people: Record<RoleName, TestUser> = {
    staff: a.people.staff!.user,
    member: a.people.member!.user,
    deputy: a.people.deputy!.user,
    head: a.people.head!.user,
    secretary: a.secretary.user,
    stranger: t.user({ id: 300, first_name: "Khách" }),
    otherAgency: t.user({ id: 200, first_name: "Hà" }),
  };
  const groups: Record<"A" | "B" | "none", Chat> = { A: a.groupChat, B: groupB, none: unbound };
  return {
    people,
    groups,
    speaker(role, chat) {
      const user = people[role];
      if (chat === "private") return user;
      if (chat === "unboundGroup") return user.in(groups.none);
      const own = role === "otherAgency" ? groups.B : groups.A;
      const other = role === "otherAgency" ? groups.A : groups.B;
      return user.in(chat === "ownGroup" ? own : other);
    },
  };
}

const AUDIENCE_ROLES: Record<AccessRule["audience"], RoleName[]> = {
  anyone: ROLE_NAMES,
  admin: [],
  member: ["staff", "member", "deputy", "head", "secretary", "otherAgency"],
  committee: ["member", "deputy", "head", "secretary", "otherAgency"],
  leaders: ["deputy", "head", "secretary", "otherAgency"],
  managers: ["head", "secretary", "otherAgency"],
};

const t = translator().forLocale(DEFAULT_LOCALE);

/** The guard's refusal text for this case, or undefined when it is allowed. */
export function expectedRefusal(rule: AccessRule, role: RoleName, chat: ChatKind): string | undefined {
  const inGroup = chat !== "private";
  if (rule.chats === "private" && inGroup) return t("guard-private-only", { command: rule.command });
  if (rule.chats === "group" && !inGroup) return t("guard-group-only", { command: rule.command });
  if (!AUDIENCE_ROLES[rule.audience].includes(role)) {
    if (rule.audience === "admin") return t("guard-admin-only");
    if (role === "stranger") return t("guard-not-member");
    return t(`guard-need-${rule.audience}`, { command: rule.command });
  }
  if (inGroup && rule.audience !== "anyone" && rule.needsBoundGroup !== false) {
    if (chat === "unboundGroup") return t("guard-group-unbound");
    // The stranger is refused above for every audience but "anyone".
    if (chat === "otherGroup") return t("guard-other-agency");
  }
  return undefined;
}

/** Every guard refusal text (an allowed answer must be none of them). */
export function allRefusalTexts(command: string): string[] {
  return [
    "guard-private-only", "guard-group-only", "guard-admin-only", "guard-not-member", "guard-need-member",
    "guard-need-committee", "guard-need-leaders", "guard-need-managers", "guard-group-unbound", "guard-other-agency",
  ].map((key) => t(key, { command }));
}
