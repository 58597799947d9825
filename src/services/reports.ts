import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import type { AgencyReportProfile, GeneratedReport, Member, ReportRequest } from "../generated/prisma/client.js";
import { ReportKind, ReportRequestStatus } from "../generated/prisma/enums.js";
import { renderPeriodicReportText } from "../reports/text.js";
import { DOC } from "../reports/wording.js";
import { DomainError } from "./errors.js";
import {
  DIRECTION_SUPPLEMENT,
  GENERAL_SUPPLEMENT,
  PROPOSALS_SUPPLEMENT,
  assessmentTargets,
  compilePeriodicReport,
  type FeedbackStatsFn,
  type OverallFigures,
} from "./periodic-report.js";
import { writeAudit, type AuditAction } from "./audit.js";
import { actorLabel, assertManager } from "./task-rules.js";
import type { Tx } from "../db/client.js";
import type { DocumentReportFn } from "./documents-report.js";
import type { RecordedRequest } from "./report-request-changes.js";
import { LIMITS, agencyRecipients, checkRecipients, recordReportRequest, type NewRequest } from "./report-requests.js";
import { readProfile, updateProfile, type ProfileUpdate } from "./report-profile.js";
export type { ProfileUpdate } from "./report-profile.js";
import { fileNameOf, frameFor } from "./report-frame.js";
import { endOfLocalDay, localDate, type LocalDate, startOfLocalDay } from "../time/local-day.js";

/**
 * Report requests from the higher level, the agency's document settings, the
 * secretary's supplements and the generated versions (docs/reports.md).
 */


/**
 * The plan's two fixed reports (section 4 of the reference plan) and their
 * default deadlines; the secretary changes them with `/yeucau han …`. The
 * 15/06 and 15/12 deadlines are the ones of the plan template (qcdc.json).
 */
const FIXED = [
  { key: "H1", kind: ReportKind.SIX_MONTH, from: [1, 1], to: [6, 30], deadline: [6, 15] },
  { key: "Y", kind: ReportKind.ANNUAL, from: [1, 1], to: [12, 31], deadline: [12, 15] },
] as const;




export interface GeneratedVersion {
  report: GeneratedReport;
  text: string;
  figures: OverallFigures;
}

export class ReportService {
  constructor(private readonly deps: { db: Db; clock: Clock; timezone: string; feedbackStats?: FeedbackStatsFn | undefined; documentStats?: DocumentReportFn | undefined }) {}

  private get db() {
    return this.deps.db;
  }

  private get tz() {
    return this.deps.timezone;
  }

  private audit(tx: Tx, actor: Member, action: AuditAction, details: Record<string, unknown>): Promise<void> {
    return writeAudit(tx, { agencyId: actor.agencyId, actorMemberId: actor.id, actorLabel: actorLabel(actor), action, details, at: this.deps.clock.now() });
  }

  profile(agencyId: number): Promise<AgencyReportProfile> {
    return readProfile(this.db, agencyId);
  }

  /** The Nơi nhận a new request gets: the agency's own (`/mauvb noinhan`) or the bot's default. */
  agencyDefaultRecipients(agency: { id: number; name: string }): Promise<string[]> {
    return agencyRecipients(this.db, agency);
  }

  updateProfile(actor: Member, update: ProfileUpdate): Promise<AgencyReportProfile> {
    return updateProfile(this.deps, actor, update);
  }

  /**
   * Creates the plan's 6-month and annual requests for a year if missing. Called
   * lazily by /yeucau and /baocaoky; the plan feature may call it when a plan is
   * created. Idempotent (unique agencyId+autoKey).
   */
  async ensureFixedRequests(agencyId: number, year: number): Promise<void> {
    const keys = FIXED.map((f) => `${year}-${f.key}`);
    const existing = await this.db.reportRequest.findMany({ where: { agencyId, autoKey: { in: keys } }, select: { autoKey: true } });
    const have = new Set(existing.map((e) => e.autoKey));
    const missing = FIXED.filter((f) => !have.has(`${year}-${f.key}`));
    if (missing.length === 0) return;
    const agency = await this.db.agency.findUniqueOrThrow({ where: { id: agencyId } });
    const now = this.deps.clock.now();
    await this.db.$transaction(async (tx) => {
      for (const f of missing) {
        // A concurrent call may have created it meanwhile: the unique key makes the second one a no-op.
        const autoKey = `${year}-${f.key}`;
        if (await tx.reportRequest.findUnique({ where: { agencyId_autoKey: { agencyId, autoKey } } })) continue;
        await tx.reportRequest.create({
          data: {
            agencyId,
            kind: f.kind,
            periodFrom: startOfLocalDay({ year, month: f.from[0], day: f.from[1] }, this.tz),
            periodTo: endOfLocalDay({ year, month: f.to[0], day: f.to[1] }, this.tz),
            deadline: endOfLocalDay({ year, month: f.deadline[0], day: f.deadline[1] }, this.tz),
            recipients: JSON.stringify(await agencyRecipients(tx, agency)),
            autoKey,
            createdAt: now,
            updatedAt: now,
          },
        });
      }
    });
  }

  /** Records a request (see `recordRequest`) and returns it, whatever the outcome. */
  async createRequest(actor: Member, input: NewRequest): Promise<ReportRequest> {
    return (await this.recordRequest(actor, input)).request;
  }

  /**
   * Records the higher level's request: new, an update of the same report, or
   * a change that waits for `replace` (report-requests.ts).
   */
  recordRequest(actor: Member, input: NewRequest, opts: { replace?: boolean } = {}): Promise<RecordedRequest> {
    return recordReportRequest(this.deps, actor, input, opts);
  }

  async setDeadline(actor: Member, requestId: number, deadline: LocalDate): Promise<ReportRequest> {
    assertManager(actor);
    const req = await this.request(actor.agencyId, requestId);
    const at = endOfLocalDay(deadline, this.tz);
    if (at.getTime() < this.deps.clock.now().getTime()) throw new DomainError("report-deadline-past");
    return this.updateRequest(actor, req.id, { deadline: at }, "reportrequest.update", { deadline: at.toISOString() });
  }

  async setRecipients(actor: Member, requestId: number, recipients: string[]): Promise<ReportRequest> {
    assertManager(actor);
    const req = await this.request(actor.agencyId, requestId);
    checkRecipients(recipients);
    return this.updateRequest(actor, req.id, { recipients: JSON.stringify(recipients) }, "reportrequest.update", { recipients });
  }

  async cancelRequest(actor: Member, requestId: number): Promise<ReportRequest> {
    assertManager(actor);
    const req = await this.request(actor.agencyId, requestId);
    return this.updateRequest(actor, req.id, { status: ReportRequestStatus.CANCELLED }, "reportrequest.cancel", {});
  }

  private updateRequest(
    actor: Member,
    requestId: number,
    data: { deadline?: Date; recipients?: string; status?: ReportRequestStatus },
    action: AuditAction,
    details: Record<string, unknown>,
  ): Promise<ReportRequest> {
    return this.db.$transaction(async (tx) => {
      const row = await tx.reportRequest.update({ where: { id: requestId }, data: { ...data, updatedAt: this.deps.clock.now() } });
      await this.audit(tx, actor, action, { requestId, ...details });
      return row;
    });
  }

  /** Requests not cancelled, nearest deadline first. */
  listRequests(agencyId: number): Promise<(ReportRequest & { _count: { versions: number } })[]> {
    return this.db.reportRequest.findMany({
      where: { agencyId, status: { not: ReportRequestStatus.CANCELLED } },
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      include: { _count: { select: { versions: true } } },
    });
  }

  async request(agencyId: number, requestId: number): Promise<ReportRequest> {
    const req = await this.db.reportRequest.findFirst({ where: { id: requestId, agencyId } });
    if (!req || req.status === ReportRequestStatus.CANCELLED) throw new DomainError("report-request-unknown", { id: String(requestId) });
    return req;
  }

  /** The section codes a supplement may be attached to: plan sections + the general parts. */
  async supplementTargets(agencyId: number, req: ReportRequest): Promise<{ code: string; title: string }[]> {
    const years = [localDate(req.periodFrom, this.tz).year, localDate(req.periodTo, this.tz).year];
    const sections = await this.db.planSection.findMany({
      where: { plan: { agencyId, year: { gte: years[0], lte: years[1] } } },
      orderBy: { order: "asc" },
      select: { code: true, title: true },
    });
    const seen = new Set<string>();
    const list: { code: string; title: string }[] = [{ code: GENERAL_SUPPLEMENT, title: DOC.supplementTargets.general }];
    for (const s of sections) if (!seen.has(s.code)) (seen.add(s.code), list.push(s));
    list.push(...assessmentTargets(), { code: DIRECTION_SUPPLEMENT, title: DOC.supplementTargets.direction }, { code: PROPOSALS_SUPPLEMENT, title: DOC.supplementTargets.proposals });
    return list;
  }

  /** Adds or replaces the secretary's paragraph for a section; empty text removes it. */
  async setSupplement(actor: Member, requestId: number, sectionCode: string, text: string): Promise<void> {
    assertManager(actor);
    const req = await this.request(actor.agencyId, requestId);
    const targets = await this.supplementTargets(actor.agencyId, req);
    if (!targets.some((t) => t.code === sectionCode)) throw new DomainError("report-section-unknown", { code: sectionCode });
    if (text.length > LIMITS.supplement) throw new DomainError("report-supplement-long", { max: String(LIMITS.supplement) });
    const where = { requestId_sectionCode: { requestId: req.id, sectionCode } };
    const now = this.deps.clock.now();
    await this.db.$transaction(async (tx) => {
      if (!text.trim()) await tx.reportSupplement.deleteMany({ where: { requestId: req.id, sectionCode } });
      else
        await tx.reportSupplement.upsert({
          where,
          create: { requestId: req.id, sectionCode, text, authorId: actor.id, updatedAt: now },
          update: { text, authorId: actor.id, updatedAt: now },
        });
      await this.audit(tx, actor, "report.supplement", { requestId: req.id, sectionCode, removed: !text.trim() });
    });
  }

  /** Compiles the report without storing anything: the chat preview. */
  async preview(agencyId: number, requestId: number) {
    const req = await this.request(agencyId, requestId);
    const compiled = await this.compile(req);
    return { request: req, text: renderPeriodicReportText(compiled.model), figures: compiled.figures, model: compiled.model };
  }

  /** Compiles, renders the .docx and stores it as the next version, in one transaction. */
  async generate(actor: Member, requestId: number): Promise<GeneratedVersion> {
    assertManager(actor);
    const req = await this.request(actor.agencyId, requestId);
    const compiled = await this.compile(req);
    // The docx library is loaded on first use: it is large, and most of the
    // bot's life is spent without generating a document (idle memory, docs/architecture.md).
    const { renderPeriodicReportDocx } = await import("../reports/docx/periodic-report.js");
    const docx = await renderPeriodicReportDocx(compiled.model);
    const text = renderPeriodicReportText(compiled.model);
    const now = this.deps.clock.now();
    const report = await this.db.$transaction(async (tx) => {
      const last = await tx.generatedReport.findFirst({ where: { requestId: req.id }, orderBy: { version: "desc" }, select: { version: true } });
      const version = (last?.version ?? 0) + 1;
      const created = await tx.generatedReport.create({
        data: { requestId: req.id, version, fileName: fileNameOf(req, version, this.tz), docx: new Uint8Array(docx), textPreview: text, createdById: actor.id, createdAt: now },
      });
      await tx.reportRequest.update({ where: { id: req.id }, data: { status: ReportRequestStatus.DRAFTED, updatedAt: now } });
      await this.audit(tx, actor, "report.generate", { requestId: req.id, version });
      return created;
    });
    return { report, text, figures: compiled.figures };
  }

  versions(agencyId: number, requestId: number) {
    return this.db.generatedReport.findMany({
      where: { requestId, request: { agencyId } },
      orderBy: { version: "asc" },
      select: { id: true, version: true, fileName: true, createdAt: true, createdById: true },
    });
  }

  async compile(req: ReportRequest) {
    const [agency, profile, supplements] = await Promise.all([
      this.db.agency.findUniqueOrThrow({ where: { id: req.agencyId } }),
      this.profile(req.agencyId),
      this.db.reportSupplement.findMany({ where: { requestId: req.id } }),
    ]);
    return compilePeriodicReport(this.db, {
      agencyId: req.agencyId,
      kind: req.kind,
      topic: req.topic,
      periodFrom: req.periodFrom,
      periodTo: req.periodTo,
      docNumber: req.docNumber,
      docDate: req.docDate,
      frame: frameFor(agency.name, profile, "BC", JSON.parse(req.recipients) as string[], this.deps.clock.now(), this.tz),
      supplements: new Map(supplements.map((s) => [s.sectionCode, s.text])),
      now: this.deps.clock.now(),
      timezone: this.tz,
      feedbackStats: this.deps.feedbackStats,
      documentStats: this.deps.documentStats,
    });
  }
}

export { frameFor } from "./report-frame.js";
export { LIMITS, defaultRecipients, type NewRequest } from "./report-requests.js";
