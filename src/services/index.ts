import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import { RosterService } from "./roster.js";
import { TaskService } from "./tasks.js";
import { PlanService } from "./plan.js";
import { ProgressService } from "./progress.js";
import { ObstacleService } from "./obstacles.js";
import { MeetingService } from "./meetings.js";
import { ReportService } from "./reports.js";
import { SelfAssessmentService } from "./self-assessment.js";
import { feedbackTotals } from "./report-feedback.js";
import { FeedbackService } from "./feedback.js";
import { SettingsService } from "./settings.js";
import { HolidayService } from "./holidays.js";
import { SummaryService } from "./summaries.js";
import { DepartmentService } from "./departments.js";
import { DocumentService } from "./documents.js";
import { DocumentStatusService } from "./documents-status.js";
import { DisclosureService } from "./documents-disclosures.js";
import { documentReportStats } from "./documents-report.js";
import { ConsultationService } from "./consultations.js";
import { VoteService } from "./votes.js";
import { AttachmentService } from "./attachments.js";
import { DialogueService } from "./dialogues.js";
import { ExemplaryService } from "./exemplary.js";
import { IdentityService } from "./identities.js";
import { GroupService } from "./groups.js";

/** Everything the domain offers; built once and shared by chat commands and the scheduler. */
export interface Services {
  roster: RosterService;
  tasks: TaskService;
  plan: PlanService;
  progress: ProgressService;
  obstacles: ObstacleService;
  meetings: MeetingService;
  feedback: FeedbackService;
  reports: ReportService;
  selfAssessment: SelfAssessmentService;
  settings: SettingsService;
  holidays: HolidayService;
  summaries: SummaryService;
  // departments, documents to study, the public register (docs/documents.md)
  departments: DepartmentService;
  documents: DocumentService;
  documentStatus: DocumentStatusService;
  disclosures: DisclosureService;
  consultations: ConsultationService;
  attachments: AttachmentService;
  votes: VoteService;
  // dialogues of the head with the staff (docs/dialogue.md)
  dialogues: DialogueService;
  exemplary: ExemplaryService;
  identities: IdentityService;
  groups: GroupService;
}

export function createServices(deps: { db: Db; clock: Clock; timezone: string }): Services {
  // Plan and progress share one TaskService (it rolls recurring periods).
  const tasks = new TaskService(deps);
  const feedback = new FeedbackService(deps);
  const reports = new ReportService({ ...deps, feedbackStats: feedbackTotals(deps.db, deps.timezone), documentStats: documentReportStats(deps.db, deps.timezone) });
  const votes = new VoteService(deps);
  return {
    roster: new RosterService(deps),
    tasks,
    plan: new PlanService({ ...deps, tasks }),
    progress: new ProgressService({ ...deps, tasks }),
    obstacles: new ObstacleService(deps),
    meetings: new MeetingService({ ...deps, feedbackStats: (agencyId, from, to) => feedback.feedbackStats(agencyId, from, to) }),
    reports,
    selfAssessment: new SelfAssessmentService({ ...deps, reports }),
    feedback,
    settings: new SettingsService(deps),
    holidays: new HolidayService(deps),
    summaries: new SummaryService(deps),
    departments: new DepartmentService(deps),
    documents: new DocumentService(deps),
    documentStatus: new DocumentStatusService(deps),
    disclosures: new DisclosureService(deps),
    consultations: new ConsultationService({ ...deps, profile: (agencyId) => reports.profile(agencyId) }),
    attachments: new AttachmentService(deps),
    votes,
    dialogues: new DialogueService({ ...deps, profile: (agencyId) => reports.profile(agencyId) }),
    exemplary: new ExemplaryService({ ...deps, votes }),
    identities: new IdentityService(deps),
    groups: new GroupService(deps),
  };
}
