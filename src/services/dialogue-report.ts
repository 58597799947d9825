import type { DbOrTx } from "../db/client.js";
import { dialogueStats, type DialogueStats } from "./dialogue-views.js";

/** Plan §2.1 (lãnh đạo cơ quan "định kỳ tổ chức tiếp xúc đối thoại"): where the dialogue figures go. */
export const DIALOGUE_SECTION = "2.1";

/**
 * The periodic report's dialogue figures, keyed by the plan section they
 * belong to (as documents-report.ts does for 2.2 and 2.3): empty when no
 * dialogue was held in the period, so the section is not printed for them alone.
 */
export async function dialogueSectionFacts(db: DbOrTx, agencyId: number, from: Date, to: Date): Promise<{ byCode: Map<string, { dialogues: DialogueStats }> }> {
  // `to` is inclusive in the compiler's periods: one millisecond more keeps the last instant in.
  const stats = await dialogueStats(db, agencyId, from, new Date(to.getTime() + 1));
  return { byCode: new Map(stats.dialogues ? [[DIALOGUE_SECTION, { dialogues: stats }]] : []) };
}
