import type { Db } from "../db/client.js";
import { FeedbackStatus } from "../generated/prisma/enums.js";
import type { FeedbackStatsFn } from "./periodic-report.js";
import { localDate } from "../time/local-day.js";

/**
 * Feedback totals for a periodic report. FeedbackService.feedbackStats returns
 * k-anonymous month×category buckets (small buckets hidden), which would
 * undercount a half-year total and has no "answered" figure; the report needs
 * just two agency-wide totals, read here by the feedback table's own `day`
 * granularity (no sender, no time: nothing identifying is touched). Totals
 * under 3 are printed as "dưới 3" by the compiler (design §5).
 */
export function feedbackTotals(db: Db, timezone: string): FeedbackStatsFn {
  const iso = (d: Date) => {
    const l = localDate(d, timezone);
    return `${l.year}-${String(l.month).padStart(2, "0")}-${String(l.day).padStart(2, "0")}`;
  };
  return async (agencyId, from, to) => {
    const rows = await db.feedback.groupBy({
      by: ["status"],
      // Delivered items only, as everywhere the committee looks (docs/anonymity.md).
      where: { agencyId, day: { gte: iso(from), lte: iso(to) }, delivered: true },
      _count: { _all: true },
    });
    const received = rows.reduce((a, r) => a + r._count._all, 0);
    const answered = rows.filter((r) => r.status === FeedbackStatus.ANSWERED).reduce((a, r) => a + r._count._all, 0);
    return { received, answered };
  };
}
