-- CreateTable
CREATE TABLE "SessionEntry" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ProcessedUpdate" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Department" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" DATETIME,
    CONSTRAINT "Department_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Feedback" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'NEW',
    "codeHash" TEXT NOT NULL,
    "delivered" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Feedback_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeedbackReply" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "feedbackId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "public" BOOLEAN NOT NULL DEFAULT false,
    "day" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    CONSTRAINT "FeedbackReply_feedbackId_fkey" FOREIGN KEY ("feedbackId") REFERENCES "Feedback" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FeedbackReply_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "quarter" INTEGER,
    "year" INTEGER NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "place" TEXT NOT NULL,
    "agenda" TEXT,
    "status" TEXT NOT NULL DEFAULT 'SCHEDULED',
    "minutes" TEXT,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL,
    "scheduledAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "cancelledAt" DATETIME,
    CONSTRAINT "Meeting_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "meetingId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "answer" TEXT NOT NULL,
    "reason" TEXT,
    "answeredAt" DATETIME NOT NULL,

    PRIMARY KEY ("meetingId", "memberId"),
    CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingAttendance_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingConclusion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "order" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "taskId" INTEGER,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "MeetingConclusion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingConclusion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER,
    "platform" TEXT NOT NULL DEFAULT 'telegram',
    "chatId" TEXT NOT NULL,
    "chatKind" TEXT NOT NULL DEFAULT 'private',
    "kind" TEXT NOT NULL DEFAULT 'text',
    "text" TEXT NOT NULL,
    "payload" TEXT NOT NULL DEFAULT '{}',
    "memberId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "notBefore" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "sentAt" DATETIME,
    "lastError" TEXT,
    "dedupeKey" TEXT,
    "leaseUntil" DATETIME,
    "leaseOwner" TEXT,
    "attemptedAt" DATETIME
);

-- CreateTable
CREATE TABLE "OutboxPacer" (
    "platform" TEXT NOT NULL PRIMARY KEY
);

-- CreateTable
CREATE TABLE "JobRun" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "agencyId" INTEGER,
    "dueAt" DATETIME NOT NULL,
    "ranAt" DATETIME NOT NULL,
    "outcome" TEXT NOT NULL DEFAULT 'done'
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "symbol" TEXT,
    "issuedAt" DATETIME,
    "templateId" TEXT NOT NULL,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "Plan_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Plan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanSection" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    CONSTRAINT "PlanSection_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Task" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "planId" INTEGER NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "recurrence" TEXT NOT NULL DEFAULT 'NONE',
    "periodStart" DATETIME,
    "periodEnd" DATETIME,
    "dueDate" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'NOT_STARTED',
    "percent" INTEGER NOT NULL DEFAULT 0,
    "lastReportAt" DATETIME,
    "templateKey" TEXT,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "completedAt" DATETIME,
    "cancelledAt" DATETIME,
    CONSTRAINT "Task_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Task_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Task_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PlanSection" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Task_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TaskAssignee" (
    "taskId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "assignedAt" DATETIME NOT NULL,

    PRIMARY KEY ("taskId", "memberId"),
    CONSTRAINT "TaskAssignee_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TaskAssignee_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProgressReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "taskId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "periodStart" DATETIME,
    "periodEnd" DATETIME,
    "percent" INTEGER NOT NULL,
    "result" TEXT NOT NULL,
    "obstacles" TEXT,
    "proposals" TEXT,
    "createdAt" DATETIME NOT NULL,
    "editedAt" DATETIME,
    CONSTRAINT "ProgressReport_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProgressReport_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Obstacle" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,
    "taskId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "resolution" TEXT,
    "resolvedById" INTEGER,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "Obstacle_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Obstacle_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Obstacle_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Obstacle_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,
    "taskId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "Proposal_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Proposal_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Proposal_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReportRequest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "topic" TEXT,
    "periodFrom" DATETIME NOT NULL,
    "periodTo" DATETIME NOT NULL,
    "deadline" DATETIME NOT NULL,
    "docNumber" TEXT,
    "docDate" DATETIME,
    "recipients" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "autoKey" TEXT,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReportRequest_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReportRequest_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GeneratedReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "requestId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "docx" BLOB NOT NULL,
    "textPreview" TEXT NOT NULL,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "GeneratedReport_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ReportRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GeneratedReport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReportSupplement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "requestId" INTEGER NOT NULL,
    "sectionCode" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" INTEGER,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReportSupplement_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ReportRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReportSupplement_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgencyReportProfile" (
    "agencyId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "parentAgency" TEXT,
    "place" TEXT NOT NULL DEFAULT 'Tây Ninh',
    "symbolSuffix" TEXT NOT NULL DEFAULT 'TTr',
    "authorityLine" TEXT,
    "signerTitle" TEXT NOT NULL DEFAULT 'CHÁNH THANH TRA',
    "signerName" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AgencyReportProfile_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SelfAssessment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "criteriaSetId" TEXT NOT NULL,
    "criteria" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "SelfAssessment_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SelfAssessmentScore" (
    "assessmentId" INTEGER NOT NULL,
    "criterionCode" TEXT NOT NULL,
    "proposed" REAL,
    "evidence" TEXT,
    "proposedById" INTEGER,
    "proposedAt" DATETIME,
    "confirmed" REAL,
    "confirmedById" INTEGER,
    "confirmedAt" DATETIME,

    PRIMARY KEY ("assessmentId", "criterionCode"),
    CONSTRAINT "SelfAssessmentScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "SelfAssessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SelfAssessmentScore_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SelfAssessmentScore_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "groupPlatform" TEXT,
    "groupChatId" TEXT,
    "groupTitle" TEXT,
    "groupBoundAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Member" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL DEFAULT 'telegram',
    "platformUserId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" DATETIME,
    "unreachableAt" DATETIME,
    "departmentId" INTEGER,
    CONSTRAINT "Member_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Member_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invite" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "usedById" INTEGER,
    "revokedAt" DATETIME,
    "departmentId" INTEGER,
    CONSTRAINT "Invite_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Invite_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Invite_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Invite_usedById_fkey" FOREIGN KEY ("usedById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "actorMemberId" INTEGER,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetMemberId" INTEGER,
    "details" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditLog_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AuditLog_actorMemberId_fkey" FOREIGN KEY ("actorMemberId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AuditLog_targetMemberId_fkey" FOREIGN KEY ("targetMemberId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgencySettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "digestWeekday" INTEGER NOT NULL DEFAULT 1,
    "digestTime" TEXT NOT NULL DEFAULT '08:00',
    "feedbackTimes" TEXT NOT NULL DEFAULT '08:00,16:00',
    "reminderTime" TEXT NOT NULL DEFAULT '08:00',
    "deadlineLeadDays" INTEGER NOT NULL DEFAULT 3,
    "meetingNudgeDays" INTEGER NOT NULL DEFAULT 3,
    "quietStart" TEXT NOT NULL DEFAULT '20:00',
    "quietEnd" TEXT NOT NULL DEFAULT '07:00',
    "disabledKinds" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AgencySettings_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgencyDayOverride" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "AgencyDayOverride_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ProcessedUpdate_createdAt_idx" ON "ProcessedUpdate"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Department_agencyId_nameKey_key" ON "Department"("agencyId", "nameKey");

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_codeHash_key" ON "Feedback"("codeHash");

-- CreateIndex
CREATE INDEX "Feedback_agencyId_status_idx" ON "Feedback"("agencyId", "status");

-- CreateIndex
CREATE INDEX "Feedback_agencyId_delivered_idx" ON "Feedback"("agencyId", "delivered");

-- CreateIndex
CREATE INDEX "Feedback_agencyId_day_idx" ON "Feedback"("agencyId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_agencyId_number_key" ON "Feedback"("agencyId", "number");

-- CreateIndex
CREATE INDEX "FeedbackReply_feedbackId_id_idx" ON "FeedbackReply"("feedbackId", "id");

-- CreateIndex
CREATE INDEX "FeedbackReply_authorId_idx" ON "FeedbackReply"("authorId");

-- CreateIndex
CREATE INDEX "Meeting_agencyId_status_startsAt_idx" ON "Meeting"("agencyId", "status", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_status_startsAt_idx" ON "Meeting"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_agencyId_kind_year_quarter_idx" ON "Meeting"("agencyId", "kind", "year", "quarter");

-- CreateIndex
CREATE INDEX "MeetingAttendance_memberId_idx" ON "MeetingAttendance"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingConclusion_taskId_key" ON "MeetingConclusion"("taskId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingConclusion_meetingId_order_key" ON "MeetingConclusion"("meetingId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_notBefore_idx" ON "OutboxMessage"("status", "notBefore");

-- CreateIndex
CREATE INDEX "OutboxMessage_chatId_status_notBefore_idx" ON "OutboxMessage"("chatId", "status", "notBefore");

-- CreateIndex
CREATE INDEX "OutboxMessage_chatId_attemptedAt_idx" ON "OutboxMessage"("chatId", "attemptedAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_attemptedAt_idx" ON "OutboxMessage"("attemptedAt");

-- CreateIndex
CREATE INDEX "JobRun_kind_dueAt_idx" ON "JobRun"("kind", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_agencyId_year_key" ON "Plan"("agencyId", "year");

-- CreateIndex
CREATE INDEX "PlanSection_planId_order_idx" ON "PlanSection"("planId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "PlanSection_planId_code_key" ON "PlanSection"("planId", "code");

-- CreateIndex
CREATE INDEX "Task_planId_sectionId_idx" ON "Task"("planId", "sectionId");

-- CreateIndex
CREATE INDEX "Task_agencyId_status_dueDate_idx" ON "Task"("agencyId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Task_sectionId_idx" ON "Task"("sectionId");

-- CreateIndex
CREATE INDEX "Task_status_periodEnd_idx" ON "Task"("status", "periodEnd");

-- CreateIndex
CREATE UNIQUE INDEX "Task_agencyId_number_key" ON "Task"("agencyId", "number");

-- CreateIndex
CREATE INDEX "TaskAssignee_memberId_idx" ON "TaskAssignee"("memberId");

-- CreateIndex
CREATE INDEX "ProgressReport_taskId_createdAt_idx" ON "ProgressReport"("taskId", "createdAt");

-- CreateIndex
CREATE INDEX "ProgressReport_memberId_createdAt_idx" ON "ProgressReport"("memberId", "createdAt");

-- CreateIndex
CREATE INDEX "ProgressReport_agencyId_createdAt_idx" ON "ProgressReport"("agencyId", "createdAt");

-- CreateIndex
CREATE INDEX "Obstacle_agencyId_status_createdAt_idx" ON "Obstacle"("agencyId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Obstacle_reportId_idx" ON "Obstacle"("reportId");

-- CreateIndex
CREATE INDEX "Obstacle_taskId_idx" ON "Obstacle"("taskId");

-- CreateIndex
CREATE INDEX "Proposal_agencyId_createdAt_idx" ON "Proposal"("agencyId", "createdAt");

-- CreateIndex
CREATE INDEX "Proposal_reportId_idx" ON "Proposal"("reportId");

-- CreateIndex
CREATE INDEX "Proposal_taskId_idx" ON "Proposal"("taskId");

-- CreateIndex
CREATE INDEX "ReportRequest_agencyId_status_deadline_idx" ON "ReportRequest"("agencyId", "status", "deadline");

-- CreateIndex
CREATE INDEX "ReportRequest_status_deadline_idx" ON "ReportRequest"("status", "deadline");

-- CreateIndex
CREATE UNIQUE INDEX "ReportRequest_agencyId_autoKey_key" ON "ReportRequest"("agencyId", "autoKey");

-- CreateIndex
CREATE UNIQUE INDEX "GeneratedReport_requestId_version_key" ON "GeneratedReport"("requestId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ReportSupplement_requestId_sectionCode_key" ON "ReportSupplement"("requestId", "sectionCode");

-- CreateIndex
CREATE UNIQUE INDEX "SelfAssessment_agencyId_year_key" ON "SelfAssessment"("agencyId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_groupPlatform_groupChatId_key" ON "Agency"("groupPlatform", "groupChatId");

-- CreateIndex
CREATE INDEX "Member_platform_platformUserId_status_idx" ON "Member"("platform", "platformUserId", "status");

-- CreateIndex
CREATE INDEX "Member_agencyId_status_role_idx" ON "Member"("agencyId", "status", "role");

-- CreateIndex
CREATE INDEX "Member_departmentId_idx" ON "Member"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_agencyId_platform_platformUserId_key" ON "Member"("agencyId", "platform", "platformUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Invite_code_key" ON "Invite"("code");

-- CreateIndex
CREATE INDEX "Invite_agencyId_usedAt_idx" ON "Invite"("agencyId", "usedAt");

-- CreateIndex
CREATE INDEX "AuditLog_agencyId_createdAt_idx" ON "AuditLog"("agencyId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AgencySettings_agencyId_key" ON "AgencySettings"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyDayOverride_agencyId_day_key" ON "AgencyDayOverride"("agencyId", "day");
