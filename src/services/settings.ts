import { z } from "zod";
import type { Clock } from "../clock.js";
import type { Db, DbOrTx, Tx } from "../db/client.js";
import type { AgencySettings, Member } from "../generated/prisma/client.js";
import { MemberStatus, OutboxStatus } from "../generated/prisma/enums.js";
import { writeAudit } from "./audit.js";
import { DomainError } from "./errors.js";
import { MANAGER_ROLES } from "./roles.js";
import { quietHoursEnd } from "../time/quiet-hours.js";

/**
 * Kinds of scheduled message a secretary can switch off, by the word typed in
 * `/caidat tat <word>`. Meetings (part B) and feedback batches read theirs here too.
 */
export const MESSAGE_KINDS = [
  "nhachan", // deadline reminders to task owners
  "quahan", // weekly overdue list to the secretary
  "baocao", // 6-month / annual report deadlines to secretary and head
  "tonghop", // weekly digest in the group
  "tonghopquy", // quarterly summary in the group
  "gopy", // anonymous feedback batches
  "hop", // meeting reminders in the group
  "nhacbaocao", // pre-meeting "please report" nudges
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const timeSchema = z
  .string()
  .trim()
  .regex(/^([01]?\d|2[0-3])[:hH.]([0-5]\d)$/)
  .transform((s) => {
    const [h, m] = s.split(/[:hH.]/) as [string, string];
    return `${h.padStart(2, "0")}:${m}`;
  });

export const leadDaysSchema = z.coerce.number().int().min(0).max(15);

export interface SettingsView {
  agencyId: number;
  digestWeekday: number;
  digestTime: string;
  feedbackTimes: string[];
  reminderTime: string;
  deadlineLeadDays: number;
  meetingNudgeDays: number;
  quietStart: string;
  quietEnd: string;
  disabled: ReadonlySet<MessageKind>;
  /** Group posts reach each committee member privately instead of the groups (src/messaging/group-posts.ts). */
  groupPostsPrivate: boolean;
}

/** Any of the view's values, or one message kind switched on or off. */
export type SettingsPatch = Partial<Omit<SettingsView, "agencyId" | "disabled"> & { enable: MessageKind; disable: MessageKind }>;

const patchSchema = z
  .object({
    digestWeekday: z.number().int().min(1).max(7),
    digestTime: timeSchema,
    feedbackTimes: z.array(timeSchema).min(1).max(6),
    reminderTime: timeSchema,
    deadlineLeadDays: leadDaysSchema,
    meetingNudgeDays: leadDaysSchema,
    quietStart: timeSchema,
    quietEnd: timeSchema,
    enable: z.enum(MESSAGE_KINDS),
    disable: z.enum(MESSAGE_KINDS),
    groupPostsPrivate: z.boolean(),
  })
  .partial();

/** Per-agency times and switches of the scheduled messages (`/caidat`). */
export class SettingsService {
  constructor(private readonly deps: { db: Db; clock: Clock; timezone: string }) {}

  /** The agency's settings; the row is created with the defaults on first read. */
  async get(agencyId: number, db: DbOrTx = this.deps.db): Promise<SettingsView> {
    const row =
      (await db.agencySettings.findUnique({ where: { agencyId } })) ??
      (await db.agencySettings.upsert({ where: { agencyId }, create: { agencyId, updatedAt: this.deps.clock.now() }, update: {} }));
    return toView(row);
  }

  isEnabled(s: SettingsView, kind: MessageKind): boolean {
    return !s.disabled.has(kind);
  }

  /** When messages of this agency sent at `now` must wait for the end of quiet hours; null = send now. */
  async quietHoldUntil(agencyId: number, now: Date): Promise<Date | null> {
    const s = await this.get(agencyId);
    return quietHoursEnd(now, this.deps.timezone, s.quietStart, s.quietEnd);
  }

  async update(actor: Member, patch: SettingsPatch): Promise<SettingsView> {
    if (actor.status !== MemberStatus.ACTIVE || !MANAGER_ROLES.includes(actor.role)) throw new DomainError("forbidden");
    const parsed = patchSchema.safeParse(patch);
    if (!parsed.success) throw new DomainError("settings-invalid");
    const p = parsed.data;
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const current = await this.get(actor.agencyId, tx);
      const disabled = new Set(current.disabled);
      if (p.enable) disabled.delete(p.enable);
      if (p.disable) disabled.add(p.disable);
      const quietStart = p.quietStart ?? current.quietStart;
      const quietEnd = p.quietEnd ?? current.quietEnd;
      // Quiet hours longer than 14 h would hold the daytime reminders too.
      if (quietSpanMinutes(quietStart, quietEnd) > 14 * 60) throw new DomainError("settings-quiet-too-long");
      const row = await tx.agencySettings.update({
        where: { agencyId: actor.agencyId },
        data: {
          ...(p.digestWeekday !== undefined ? { digestWeekday: p.digestWeekday } : {}),
          ...(p.digestTime ? { digestTime: p.digestTime } : {}),
          ...(p.feedbackTimes ? { feedbackTimes: [...new Set(p.feedbackTimes)].sort().join(",") } : {}),
          ...(p.reminderTime ? { reminderTime: p.reminderTime } : {}),
          ...(p.deadlineLeadDays !== undefined ? { deadlineLeadDays: p.deadlineLeadDays } : {}),
          ...(p.meetingNudgeDays !== undefined ? { meetingNudgeDays: p.meetingNudgeDays } : {}),
          ...(p.groupPostsPrivate !== undefined ? { groupPostsPrivate: p.groupPostsPrivate } : {}),
          quietStart,
          quietEnd,
          disabledKinds: MESSAGE_KINDS.filter((k) => disabled.has(k)).join(","),
          updatedAt: now,
        },
      });
      if (quietStart !== current.quietStart || quietEnd !== current.quietEnd) {
        await releaseHeldUnderOldQuietHours(tx, actor.agencyId, now, this.deps.timezone, current, { quietStart, quietEnd });
      }
      await writeAudit(tx, {
        agencyId: actor.agencyId,
        actorMemberId: actor.id,
        actorLabel: `member:${actor.id}`,
        action: "settings.update",
        details: p,
        at: now,
      });
      return toView(row);
    });
  }
}

/**
 * The outbox sender holds an agency's messages during quiet hours by moving
 * their `notBefore` to the instant the quiet hours end (src/messaging/sender.ts).
 * When the secretary changes the quiet hours, what is held under the old ones
 * moves to the new end (or is released now when the new hours are over): the
 * held rows are exactly those whose `notBefore` is the old end of tonight.
 */
async function releaseHeldUnderOldQuietHours(
  tx: Tx,
  agencyId: number,
  now: Date,
  timezone: string,
  before: { quietStart: string; quietEnd: string },
  after: { quietStart: string; quietEnd: string },
): Promise<void> {
  const oldEnd = quietHoursEnd(now, timezone, before.quietStart, before.quietEnd);
  if (!oldEnd) return;
  const newEnd = quietHoursEnd(now, timezone, after.quietStart, after.quietEnd) ?? now;
  await tx.outboxMessage.updateMany({
    where: { agencyId, status: OutboxStatus.PENDING, notBefore: oldEnd },
    data: { notBefore: newEnd },
  });
}

function quietSpanMinutes(start: string, end: string): number {
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  return (toMin(end) - toMin(start) + 24 * 60) % (24 * 60);
}

function toView(row: AgencySettings): SettingsView {
  return {
    agencyId: row.agencyId,
    digestWeekday: row.digestWeekday,
    digestTime: row.digestTime,
    feedbackTimes: row.feedbackTimes.split(",").filter(Boolean),
    reminderTime: row.reminderTime,
    deadlineLeadDays: row.deadlineLeadDays,
    meetingNudgeDays: row.meetingNudgeDays,
    quietStart: row.quietStart,
    quietEnd: row.quietEnd,
    groupPostsPrivate: row.groupPostsPrivate,
    disabled: new Set(row.disabledKinds.split(",").filter((k): k is MessageKind => (MESSAGE_KINDS as readonly string[]).includes(k))),
  };
}
