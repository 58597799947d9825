import type { ChoiceGrid } from "../chat/message.js";
import type { Consultation } from "../generated/prisma/client.js";
import { translate } from "../i18n/translator.js";
import { outboxChoices } from "../messaging/outbox.js";
import { formatDate } from "../format/date.js";

/**
 * The private notice of a consultation (when it opens, and the reminder). Its
 * choices carry full commands, because the person may answer days later by
 * typing (Zalo has no buttons): `/ykien N đồng ý`, `/ykien_an N đồng ý`…
 * `ykan:` choices belong to the anonymous flow (commands/consultations/ykien-an.ts).
 */
export function answerChoices(number: number): ChoiceGrid {
  const n = String(number);
  return [
    [
      { label: translate("consult-btn-agree"), action: `ykien:${n}:agree`, typed: [`/ykien ${n} đồng ý`] },
      { label: translate("consult-btn-none"), action: `ykien:${n}:none`, typed: [`/ykien ${n} không có ý kiến`] },
    ],
    [
      { label: translate("consult-btn-agree-anon"), action: `ykan:${n}:agree`, typed: [`/ykien_an ${n} đồng ý`] },
      { label: translate("consult-btn-none-anon"), action: `ykan:${n}:none`, typed: [`/ykien_an ${n} không có ý kiến`] },
    ],
    [{ label: translate("consult-btn-comment"), action: `ykien:${n}:how`, typed: [`/ykien ${n}`] }],
  ];
}

export function answerPayload(number: number): { choices: ChoiceGrid } {
  return outboxChoices(answerChoices(number));
}

/** The draft as the recipient reads it: the text (cut for a chat message) or the link. */
export function draftExcerpt(c: Pick<Consultation, "draftText" | "draftLink">, max = 1500): string {
  if (c.draftLink) return c.draftLink;
  const text = c.draftText ?? "";
  return text.length > max ? `${text.slice(0, max)}… ${translate("consult-draft-cut", { length: text.length })}` : text;
}

export function noticeText(c: Consultation, timezone: string, key: "consult-notice" | "consult-reminder"): string {
  return translate(key, {
    number: String(c.number),
    title: c.title,
    deadline: formatDate(c.deadline, timezone),
    draft: draftExcerpt(c),
  });
}
