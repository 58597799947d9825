import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import type { Agency, AgencyGroup, Member } from "../generated/prisma/client.js";
import { writeAudit } from "./audit.js";
import { assertManager } from "./authorization.js";
import { DomainError } from "./errors.js";
import { translate } from "../i18n/translator.js";
import { enqueueMessage } from "../messaging/outbox.js";

export interface PlatformChat {
  platform: string;
  chatId: string;
  title: string;
}

/**
 * The committee's groups: one per platform per agency (a Telegram group and a
 * Zalo group may both be bound). Posting to them is src/messaging/group-posts.ts.
 */
export class GroupService {
  constructor(private readonly deps: { db: Db; clock: Clock }) {}

  async findAgencyByGroup(chat: { platform: string; chatId: string }): Promise<Agency | null> {
    const group = await this.deps.db.agencyGroup.findUnique({
      where: { platform_chatId: { platform: chat.platform, chatId: chat.chatId } },
      include: { agency: true },
    });
    return group?.agency ?? null;
  }

  listGroups(agencyId: number): Promise<AgencyGroup[]> {
    return this.deps.db.agencyGroup.findMany({ where: { agencyId }, orderBy: { platform: "asc" } });
  }

  /**
   * Binds a group chat to the actor's agency for the chat's platform. Binding
   * another group on the same platform moves it; the other platform's group
   * stays. A group already bound to another agency is refused. The group left
   * behind is told, through the outbox and in the same transaction (on the
   * platform of the move, which is the old group's): the notice is paced and
   * retried like any other, and a group that already removed the bot just
   * refuses it.
   */
  async bindGroup(actor: Member, chat: PlatformChat): Promise<{ agency: Agency; previousChatId: string | null }> {
    assertManager(actor);
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const owner = await tx.agencyGroup.findUnique({ where: { platform_chatId: { platform: chat.platform, chatId: chat.chatId } } });
      if (owner && owner.agencyId !== actor.agencyId) throw new DomainError("group-taken");
      const before = await tx.agencyGroup.findUnique({ where: { agencyId_platform: { agencyId: actor.agencyId, platform: chat.platform } } });
      const data = { chatId: chat.chatId, title: chat.title, boundAt: now };
      const group = await tx.agencyGroup.upsert({
        where: { agencyId_platform: { agencyId: actor.agencyId, platform: chat.platform } },
        create: { ...data, agencyId: actor.agencyId, platform: chat.platform },
        update: data,
        include: { agency: true },
      });
      await writeAudit(tx, {
        agencyId: actor.agencyId,
        actorMemberId: actor.id,
        actorLabel: `member:${actor.id}`,
        action: "group.bind",
        details: { platform: chat.platform, chatId: chat.chatId, title: chat.title, previousChatId: before?.chatId ?? null },
        at: now,
      });
      const previousChatId = before && before.chatId !== chat.chatId ? before.chatId : null;
      if (previousChatId) {
        const text = translate("ketnoi-left-old", { agency: group.agency.name });
        await enqueueMessage(tx, { agencyId: actor.agencyId, platform: chat.platform, chatId: previousChatId, chatKind: "group", text, category: "reply" }, now);
      }
      return { agency: group.agency, previousChatId };
    });
  }
}
