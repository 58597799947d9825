import type { AppDeps } from "../../app.js";
import type { Tx } from "../../db/client.js";
import type { Agency, Feedback } from "../../generated/prisma/client.js";
import { enqueueMessage } from "../../messaging/outbox.js";
import { translate } from "../../i18n/translator.js";
import { outboxChoices } from "../../messaging/outbox.js";
import type { Choice } from "../../chat/message.js";
import { takeUndeliveredFeedback } from "../../services/feedback.js";
import { showDay } from "../../services/local-day.js";
import { TELEGRAM_MESSAGE_LIMIT } from "../../format/text.js";
import type { Occurrence, RunResult, ScheduledJob } from "../job.js";
import { atLocal, daysBetween, localDay } from "../local-time.js";

/** Used when the agency's setting holds no valid time (the schema default is the same). */
export const DEFAULT_FEEDBACK_TIMES = ["08:00", "16:00"];

/** Room for the header and a page marker under Telegram's limit. */
const PART_LIMIT = TELEGRAM_MESSAGE_LIMIT - 200;

/**
 * New anonymous feedback reaches the committee group only at fixed times of
 * day (default 08:00 and 16:00, `AgencySettings.feedbackTimes`), never the
 * moment it is sent: the arrival time must not point at whoever was just
 * talking to the bot (docs/anonymity.md). Each run marks the waiting items as
 * delivered and enqueues the group message in the scheduler's transaction.
 * Switched off (`/caidat tat gopy`) or without a bound group, items keep
 * waiting (and stay visible in /gopy_ds) until a batch can deliver them.
 */
export const feedbackBatchJob: ScheduledJob = {
  kind: "feedback-batch",

  async occurrences(deps: AppDeps, agency: Agency, from: Date, to: Date): Promise<Occurrence[]> {
    const times = await feedbackTimes(deps, agency.id);
    const out: Occurrence[] = [];
    for (const day of daysBetween(localDay(from, deps.timezone), localDay(to, deps.timezone))) {
      for (const time of times) {
        const dueAt = atLocal(day, time, deps.timezone);
        if (dueAt < from || dueAt > to) continue;
        out.push({ key: `feedback-batch:agency=${agency.id}:${day}T${time}`, dueAt });
      }
    }
    return out;
  },

  /** A late batch is still a batch: whatever waited is delivered at the next run. */
  stillUseful(): boolean {
    return true;
  },

  async run(tx: Tx, deps: AppDeps, agency: Agency, occ: Occurrence): Promise<void | RunResult> {
    const settings = await deps.services.settings.get(agency.id, tx);
    if (!deps.services.settings.isEnabled(settings, "gopy")) return { skipped: "feedback batches switched off" };
    if (!agency.groupChatId) return { skipped: "no group bound" };
    const items = await takeUndeliveredFeedback(tx, agency.id);
    if (items.length === 0) return { skipped: "no new feedback" };
    const parts = batchParts(items);
    const now = deps.clock.now();
    for (const [i, part] of parts.entries()) {
      const header = translate(parts.length > 1 ? "gopy-batch-header-part" : "gopy-batch-header", {
        count: items.length,
        part: i + 1,
        parts: parts.length,
      });
      await enqueueMessage(
        tx,
        {
          agencyId: agency.id,
          platform: agency.groupPlatform ?? "telegram",
          chatId: agency.groupChatId,
          chatKind: "group",
          text: [header, ...part.map(itemText)].join("\n\n"),
          payload: outboxChoices(part.map(itemChoices)),
          dedupeKey: parts.length > 1 ? `${occ.key}:part=${i + 1}` : occ.key,
        },
        now,
      );
    }
  },
};

/** One message normally; several only when the texts exceed one Telegram message (5 × 2,000 characters). */
function batchParts(items: Feedback[]): Feedback[][] {
  const parts: Feedback[][] = [[]];
  let size = 0;
  for (const item of items) {
    const len = itemText(item).length + 2;
    if (size + len > PART_LIMIT && parts.at(-1)!.length > 0) {
      parts.push([]);
      size = 0;
    }
    parts.at(-1)!.push(item);
    size += len;
  }
  return parts;
}

export function itemText(f: Feedback): string {
  return translate("gopy-batch-item", {
    number: f.number,
    category: translate(`gopy-cat-${f.category}`),
    date: showDay(f.day),
    text: f.text,
  });
}

/**
 * The group's choices; the chat feature (commands/feedback/) handles `gopyql:<action>:<id>`,
 * and each can be typed as the matching command with the item's number.
 */
function itemChoices(f: Feedback): Choice[] {
  const n = String(f.number);
  return [
    { label: translate("gopy-btn-take", { number: f.number }), action: `gopyql:take:${f.id}`, typed: [`/gopy_nhan ${n}`] },
    { label: translate("gopy-btn-reply", { number: f.number }), action: `gopyql:reply:${f.id}`, typed: [`/traloi ${n}`] },
    { label: translate("gopy-btn-close", { number: f.number }), action: `gopyql:close:${f.id}`, typed: [`/gopy_dong ${n}`] },
  ];
}

async function feedbackTimes(deps: AppDeps, agencyId: number): Promise<string[]> {
  const { feedbackTimes } = await deps.services.settings.get(agencyId);
  const times = feedbackTimes.map((t) => t.trim()).filter((t) => /^([01]\d|2[0-3]):[0-5]\d$/.test(t));
  return times.length ? [...new Set(times)].sort() : DEFAULT_FEEDBACK_TIMES;
}
