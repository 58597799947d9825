import type { Meeting } from "../../generated/prisma/client.js";
import { formatDateTime } from "../../format/date.js";
import { translate } from "../../messaging/texts.js";

/** The attendance buttons under a reminder; the chat feature handles `hop:att:<id>:<P|A>`. */
export function attendanceMarkup(meetingId: number) {
  return {
    inline_keyboard: [
      [
        { text: translate("hop-btn-present"), callback_data: `hop:att:${meetingId}:P` },
        { text: translate("hop-btn-absent"), callback_data: `hop:att:${meetingId}:A` },
      ],
    ],
  };
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
