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
  identities: IdentityService;
  groups: GroupService;
}

export function createServices(deps: { db: Db; clock: Clock; timezone: string }): Services {
  // Plan and progress share one TaskService (it rolls recurring periods).
  const tasks = new TaskService(deps);
  const feedback = new FeedbackService(deps);
  const reports = new ReportService({ ...deps, feedbackStats: feedbackTotals(deps.db, deps.timezone) });
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
    identities: new IdentityService(deps),
    groups: new GroupService(deps),
  };
}
