import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import type { Member, PublicDisclosure } from "../generated/prisma/client.js";
import { foldTyped } from "../format/typed-word.js";
import { writeAudit } from "./audit.js";
import { assertManager } from "./authorization.js";
import { DomainError } from "./errors.js";

/**
 * How something was made public (Nghị định 04/2015/NĐ-CP, Điều 4: niêm yết,
 * thông báo tại hội nghị, văn bản gửi đến công chức, cổng thông tin…). The
 * key is stored; the label is in the locale file (`disclosure-form-<key>`).
 */
export const DISCLOSURE_FORMS = ["niemyet", "hop", "vanban", "congthongtin", "khac"] as const;
export type DisclosureForm = (typeof DISCLOSURE_FORMS)[number];

/** Words people type for each form, folded and squashed. */
const FORM_WORDS: Record<string, DisclosureForm> = {
  niemyet: "niemyet",
  hop: "hop",
  hoinghi: "hop",
  vanban: "vanban",
  congvan: "vanban",
  congthongtin: "congthongtin",
  cong: "congthongtin",
  website: "congthongtin",
  khac: "khac",
};

export function parseDisclosureForm(typed: string): DisclosureForm | undefined {
  return FORM_WORDS[foldTyped(typed, { squash: true })];
}

export const DISCLOSURE_CONTENT_MAX = 500;
const LIST_SIZE = 30;

/** The public register (/congkhai), plan §2.3: what the agency made public, when and how. Any member reads it. */
export class DisclosureService {
  constructor(private readonly deps: { db: Db; clock: Clock }) {}

  async add(actor: Member, input: { content: string; form: DisclosureForm; disclosedOn: string }): Promise<PublicDisclosure> {
    assertManager(actor);
    const content = input.content.normalize("NFC").replace(/\s+/g, " ").trim();
    if (content.length < 3 || !/\p{L}/u.test(content)) throw new DomainError("disclosure-empty");
    if (content.length > DISCLOSURE_CONTENT_MAX) throw new DomainError("document-too-long", { field: "content", max: DISCLOSURE_CONTENT_MAX });
    if (!(DISCLOSURE_FORMS as readonly string[]).includes(input.form)) throw new DomainError("disclosure-bad-form");
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const row = await tx.publicDisclosure.create({
        data: { agencyId: actor.agencyId, content, form: input.form, disclosedOn: input.disclosedOn, createdById: actor.id, createdAt: now },
      });
      await writeAudit(tx, { agencyId: actor.agencyId, actorMemberId: actor.id, actorLabel: `member:${actor.id}`, action: "disclosure.add", details: { disclosureId: row.id, form: row.form }, at: now });
      return row;
    });
  }

  /** The latest entries, newest day first, and how many there are in all. */
  async list(agencyId: number): Promise<{ rows: PublicDisclosure[]; total: number }> {
    const [rows, total] = await Promise.all([
      this.deps.db.publicDisclosure.findMany({ where: { agencyId }, orderBy: [{ disclosedOn: "desc" }, { id: "desc" }], take: LIST_SIZE }),
      this.deps.db.publicDisclosure.count({ where: { agencyId } }),
    ]);
    return { rows, total };
  }
}
