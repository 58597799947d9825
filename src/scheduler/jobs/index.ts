import type { ScheduledJob } from "../job.js";
import { consultationBatchJob } from "./consultation-batch.js";
import { consultationRemindersJob } from "./consultation-reminders.js";
import { dialogueBatchJob } from "./dialogue-batch.js";
import { deadlineRemindersJob } from "./deadline-reminders.js";
import { documentRemindersJob } from "./document-reminders.js";
import { downloadLinkPurgeJob } from "./download-link-purge.js";
import { feedbackBatchJob } from "./feedback-batch.js";
import { holidayCheckJob } from "./holiday-check.js";
import { meetingNudges } from "./meeting-nudges.js";
import { meetingReminders } from "./meeting-reminders.js";
import { nightlyBackupJob } from "./nightly-backup.js";
import { overdueListJob } from "./overdue-list.js";
import { quarterlySummaryJob } from "./quarterly-summary.js";
import { reportDeadlinesJob } from "./report-deadlines.js";
import { voteCloseJob } from "./vote-close.js";
import { weeklyDigestJob } from "./weekly-digest.js";
import { zaloBudgetWarningJob } from "./zalo-budget-warning.js";

/** Every kind of scheduled work; the scheduler asks each one what is due on every tick. */
export const allJobs: readonly ScheduledJob[] = [
  meetingReminders,
  meetingNudges,
  deadlineRemindersJob,
  reportDeadlinesJob,
  documentRemindersJob,
  overdueListJob,
  weeklyDigestJob,
  quarterlySummaryJob,
  feedbackBatchJob,
  consultationBatchJob,
  consultationRemindersJob,
  dialogueBatchJob,
  holidayCheckJob,
  voteCloseJob,
  nightlyBackupJob,
  downloadLinkPurgeJob,
  zaloBudgetWarningJob,
];
