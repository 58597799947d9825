import type { Clock } from "../clock.js";
import type { Db, DbOrTx } from "../db/client.js";
import type { AgencyReportProfile, Member } from "../generated/prisma/client.js";
import { DOC } from "../reports/wording.js";
import { writeAudit } from "./audit.js";
import { checkRecipients } from "./report-requests.js";
import { actorLabel, assertManager } from "./task-rules.js";

/** What `/mauvb` changes: how the agency's documents are headed, signed and addressed. */
export interface ProfileUpdate {
  parentAgency?: string | null;
  place?: string;
  symbolSuffix?: string;
  authorityLine?: string | null;
  signerTitle?: string;
  signerName?: string | null;
  /** The agency's default Nơi nhận; null = the bot's default. */
  recipients?: string[] | null;
}

/** The agency's document profile; the schema's defaults until the first change creates the row. */
export async function readProfile(db: DbOrTx, agencyId: number): Promise<AgencyReportProfile> {
  const found = await db.agencyReportProfile.findUnique({ where: { agencyId } });
  const d = DOC.profileDefaults;
  return (
    found ?? {
      agencyId,
      parentAgency: null,
      place: d.place,
      symbolSuffix: d.symbolSuffix,
      authorityLine: null,
      signerTitle: d.signerTitle,
      signerName: null,
      recipients: null,
      updatedAt: new Date(0),
    }
  );
}

export async function updateProfile(deps: { db: Db; clock: Clock }, actor: Member, update: ProfileUpdate): Promise<AgencyReportProfile> {
  assertManager(actor);
  const now = deps.clock.now();
  const { recipients, ...rest } = update;
  if (recipients) checkRecipients(recipients);
  const change = { ...rest, ...(recipients !== undefined ? { recipients: recipients ? JSON.stringify(recipients) : null } : {}) };
  return deps.db.$transaction(async (tx) => {
    const row = await tx.agencyReportProfile.upsert({
      where: { agencyId: actor.agencyId },
      create: { agencyId: actor.agencyId, ...change, updatedAt: now },
      update: { ...change, updatedAt: now },
    });
    await writeAudit(tx, { agencyId: actor.agencyId, actorMemberId: actor.id, actorLabel: actorLabel(actor), action: "reportprofile.update", details: { ...update }, at: now });
    return row;
  });
}
