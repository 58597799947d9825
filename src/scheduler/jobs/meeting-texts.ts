import type { Meeting } from "../../generated/prisma/client.js";
import { formatDateTime } from "../../format/date.js";
import { translate } from "../../i18n/translator.js";
import type { ChoiceGrid } from "../../chat/message.js";

/** The attendance buttons under a reminder; the chat feature handles `hop:att:<id>:<P|A>`. */
/** Attendance choices under a meeting reminder; typed, they are `/hop comat <số>` and `/hop vang <số>`. */
export function attendanceChoices(meetingId: number): ChoiceGrid {
  const id = String(meetingId);
  return [
    [
      { label: translate("hop-btn-present"), action: `hop:att:${id}:P`, typed: [`/hop comat ${id}`] },
      { label: translate("hop-btn-absent"), action: `hop:att:${id}:A`, typed: [`/hop vang ${id}`] },
    ],
  ];
}

/** The one-paragraph description of a meeting used by reminders and notices. */
export function meetingSummary(m: Meeting, tz: string): string {
  return translate("hop-summary", {
    id: String(m.id),
    kind: m.kind === "QUARTERLY" ? translate("hop-kind-quarterly", { quarter: m.quarter ?? 0, year: String(m.year) }) : translate("hop-kind-extraordinary"),
    when: formatDateTime(m.startsAt, tz),
    place: m.place,
    agenda: m.agenda ?? "-",
  });
}
