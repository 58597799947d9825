import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import type { Member, SelfAssessment, SelfAssessmentScore } from "../generated/prisma/client.js";
import { MemberStatus, Role } from "../generated/prisma/enums.js";
import { bandFor, criteriaSetForYear, maxTotal, parseCriteriaSet, type CriteriaSet } from "../reports/criteria.js";
import type { SelfAssessmentModel } from "../reports/model.js";
import { renderSelfAssessmentText } from "../reports/text.js";
import { DOC } from "../reports/wording.js";
import { writeAudit } from "./audit.js";
import { DomainError } from "./errors.js";
import { actorLabel } from "./task-rules.js";
import { isCommittee } from "./roles.js";
import type { ReportService } from "./reports.js";

/**
 * The year-end self-assessment against the QCDC criteria: a committee member
 * proposes a score and evidence per criterion, the head confirms (possibly a
 * different score); the total counts confirmed scores only and the band comes
 * from the thresholds of the criteria file.
 */
export const EVIDENCE_MAX = 1000;

export interface AssessmentView {
  assessment: SelfAssessment;
  set: CriteriaSet;
  scores: Map<string, SelfAssessmentScore>;
  total: number;
  maxTotal: number;
  /** Null until every criterion is confirmed. */
  band: string | null;
}

export class SelfAssessmentService {
  constructor(private readonly deps: { db: Db; clock: Clock; timezone: string; reports: ReportService }) {}

  private get db() {
    return this.deps.db;
  }

  /** The agency's assessment for a year, created (with a snapshot of the criteria) on first use. */
  async open(agencyId: number, year: number): Promise<AssessmentView> {
    let assessment = await this.db.selfAssessment.findUnique({ where: { agencyId_year: { agencyId, year } } });
    if (!assessment) {
      const set = criteriaSetForYear(year);
      assessment = await this.db.selfAssessment.upsert({
        where: { agencyId_year: { agencyId, year } },
        create: { agencyId, year, criteriaSetId: set.id, criteria: JSON.stringify(set), createdAt: this.deps.clock.now() },
        update: {},
      });
    }
    return this.view(assessment);
  }

  private async view(assessment: SelfAssessment): Promise<AssessmentView> {
    const set = parseCriteriaSet(JSON.parse(assessment.criteria), assessment.criteriaSetId);
    const rows = await this.db.selfAssessmentScore.findMany({ where: { assessmentId: assessment.id } });
    const scores = new Map(rows.map((r) => [r.criterionCode, r]));
    const total = round1(set.criteria.reduce((a, c) => a + (scores.get(c.code)?.confirmed ?? 0), 0));
    const complete = set.criteria.every((c) => scores.get(c.code)?.confirmed != null);
    return { assessment, set, scores, total, maxTotal: maxTotal(set), band: complete ? bandFor(set, total) : null };
  }

  async propose(actor: Member, year: number, criterionCode: string, score: number, evidence: string): Promise<AssessmentView> {
    if (actor.status !== MemberStatus.ACTIVE || !isCommittee(actor.role)) throw new DomainError("forbidden");
    const view = await this.open(actor.agencyId, year);
    const criterion = this.criterion(view.set, criterionCode);
    checkScore(score, criterion.maxPoints);
    if (evidence.length > EVIDENCE_MAX) throw new DomainError("assess-evidence-long", { max: String(EVIDENCE_MAX) });
    const now = this.deps.clock.now();
    const key = { assessmentId_criterionCode: { assessmentId: view.assessment.id, criterionCode } };
    // A new proposal after confirmation re-opens the criterion for the head.
    const data = { proposed: score, evidence: evidence || null, proposedById: actor.id, proposedAt: now, confirmed: null, confirmedById: null, confirmedAt: null };
    await this.db.selfAssessmentScore.upsert({ where: key, create: { assessmentId: view.assessment.id, criterionCode, ...data }, update: data });
    return this.view(view.assessment);
  }

  /** The head confirms a criterion: the proposed score, or another one. */
  async confirm(actor: Member, year: number, criterionCode: string, score?: number): Promise<AssessmentView> {
    if (actor.status !== MemberStatus.ACTIVE || actor.role !== Role.HEAD) throw new DomainError("assess-head-only");
    const view = await this.open(actor.agencyId, year);
    const criterion = this.criterion(view.set, criterionCode);
    const current = view.scores.get(criterionCode);
    if (!current || current.proposed === null) throw new DomainError("assess-not-proposed", { code: criterionCode });
    const value = score ?? current.proposed;
    checkScore(value, criterion.maxPoints);
    const now = this.deps.clock.now();
    await this.db.$transaction(async (tx) => {
      await tx.selfAssessmentScore.update({
        where: { assessmentId_criterionCode: { assessmentId: view.assessment.id, criterionCode } },
        data: { confirmed: value, confirmedById: actor.id, confirmedAt: now },
      });
      await writeAudit(tx, {
        agencyId: actor.agencyId,
        actorMemberId: actor.id,
        actorLabel: actorLabel(actor),
        action: "assessment.confirm",
        details: { year, criterionCode, proposed: current.proposed, confirmed: value },
        at: now,
      });
    });
    return this.view(view.assessment);
  }

  /** Whether anyone has scored the year yet (the annual report then carries the table along). */
  async hasScores(agencyId: number, year: number): Promise<boolean> {
    return (await this.db.selfAssessmentScore.count({ where: { assessment: { agencyId, year } } })) > 0;
  }

  async model(agencyId: number, year: number): Promise<SelfAssessmentModel> {
    const view = await this.open(agencyId, year);
    const [agency, profile] = await Promise.all([this.db.agency.findUniqueOrThrow({ where: { id: agencyId } }), this.deps.reports.profile(agencyId)]);
    return {
      appendix: { heading: DOC.title.appendix, title: DOC.title.selfAssessment(year), attachedTo: DOC.title.attachedTo(profile.symbolSuffix, year, agency.name) },
      intro: [DOC.intro.selfAssessment({ title: view.set.title, official: view.set.official }, agency.name, year)],
      rows: view.set.criteria.map((c) => {
        const s = view.scores.get(c.code);
        return { code: c.code, title: c.title, maxPoints: c.maxPoints, proposed: s?.proposed ?? null, confirmed: s?.confirmed ?? null, evidence: s?.evidence ?? "" };
      }),
      maxTotal: view.maxTotal,
      total: view.total,
      band: view.band,
    };
  }

  async exportDocx(agencyId: number, year: number): Promise<{ docx: Buffer; text: string; fileName: string; model: SelfAssessmentModel }> {
    const model = await this.model(agencyId, year);
    const { renderSelfAssessmentDocx } = await import("../reports/docx/self-assessment.js"); // loaded on first use, like the report
    return { docx: await renderSelfAssessmentDocx(model), text: renderSelfAssessmentText(model), fileName: `tu-danh-gia-qcdc-${year}.docx`, model };
  }

  private criterion(set: CriteriaSet, code: string) {
    const c = set.criteria.find((x) => x.code === code);
    if (!c) throw new DomainError("assess-criterion-unknown", { code, codes: set.criteria.map((x) => x.code).join(", ") });
    return c;
  }
}

function checkScore(score: number, max: number): void {
  if (!Number.isFinite(score)) throw new DomainError("assess-score-nan");
  if (score < 0 || score > max) throw new DomainError("assess-score-range", { max: String(max).replace(".", ",") });
  // Half points are the finest grain the provincial forms use.
  if (Math.round(score * 2) !== score * 2) throw new DomainError("assess-score-step");
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** "7", "7,5", "7.5" → 7.5; anything else → NaN (answered as err-assess-score-nan). */
export function parseScore(text: string): number {
  const t = text.trim().replace(",", ".");
  return /^\d{1,4}(\.\d{1,2})?$/.test(t) ? Number(t) : Number.NaN;
}
