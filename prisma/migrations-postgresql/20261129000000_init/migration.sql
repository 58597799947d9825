-- CreateEnum
CREATE TYPE "FeedbackCategory" AS ENUM ('SUGGESTION', 'COMPLAINT', 'RECOMMENDATION', 'OTHER');

-- CreateEnum
CREATE TYPE "FeedbackStatus" AS ENUM ('NEW', 'IN_PROGRESS', 'ANSWERED', 'CLOSED');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('QUARTERLY', 'EXTRAORDINARY');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('SCHEDULED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AttendanceAnswer" AS ENUM ('PRESENT', 'ABSENT');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "TaskRecurrence" AS ENUM ('NONE', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ObstacleStatus" AS ENUM ('OPEN', 'RESOLVED');

-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('SIX_MONTH', 'ANNUAL', 'THEMATIC');

-- CreateEnum
CREATE TYPE "ReportRequestStatus" AS ENUM ('OPEN', 'DRAFTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('HEAD', 'DEPUTY', 'MEMBER', 'SECRETARY', 'STAFF');

-- CreateEnum
CREATE TYPE "MemberStatus" AS ENUM ('ACTIVE', 'LEFT');

-- CreateTable
CREATE TABLE "SessionEntry" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SessionEntry_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ProcessedUpdate" (
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedUpdate_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Department" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Feedback" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "category" "FeedbackCategory" NOT NULL,
    "text" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "status" "FeedbackStatus" NOT NULL DEFAULT 'NEW',
    "codeHash" TEXT NOT NULL,
    "delivered" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackReply" (
    "id" SERIAL NOT NULL,
    "feedbackId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "public" BOOLEAN NOT NULL DEFAULT false,
    "day" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,

    CONSTRAINT "FeedbackReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "quarter" INTEGER,
    "year" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL,
    "agenda" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "minutes" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "meetingId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "answer" "AttendanceAnswer" NOT NULL,
    "reason" TEXT,
    "answeredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("meetingId","memberId")
);

-- CreateTable
CREATE TABLE "MeetingConclusion" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "order" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "taskId" INTEGER,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingConclusion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER,
    "platform" TEXT NOT NULL DEFAULT 'telegram',
    "chatId" TEXT NOT NULL,
    "chatKind" TEXT NOT NULL DEFAULT 'private',
    "kind" TEXT NOT NULL DEFAULT 'text',
    "text" TEXT NOT NULL,
    "payload" TEXT NOT NULL DEFAULT '{}',
    "memberId" INTEGER,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "notBefore" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "lastError" TEXT,
    "dedupeKey" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "leaseOwner" TEXT,
    "attemptedAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxPacer" (
    "platform" TEXT NOT NULL,

    CONSTRAINT "OutboxPacer_pkey" PRIMARY KEY ("platform")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "agencyId" INTEGER,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "ranAt" TIMESTAMP(3) NOT NULL,
    "outcome" TEXT NOT NULL DEFAULT 'done',

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "symbol" TEXT,
    "issuedAt" TIMESTAMP(3),
    "templateId" TEXT NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanSection" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "PlanSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "planId" INTEGER NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "recurrence" "TaskRecurrence" NOT NULL DEFAULT 'NONE',
    "periodStart" TIMESTAMP(3),
    "periodEnd" TIMESTAMP(3),
    "dueDate" TIMESTAMP(3),
    "status" "TaskStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "percent" INTEGER NOT NULL DEFAULT 0,
    "lastReportAt" TIMESTAMP(3),
    "templateKey" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskAssignee" (
    "taskId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TaskAssignee_pkey" PRIMARY KEY ("taskId","memberId")
);

-- CreateTable
CREATE TABLE "ProgressReport" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "taskId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "periodStart" TIMESTAMP(3),
    "periodEnd" TIMESTAMP(3),
    "percent" INTEGER NOT NULL,
    "result" TEXT NOT NULL,
    "obstacles" TEXT,
    "proposals" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "editedAt" TIMESTAMP(3),

    CONSTRAINT "ProgressReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Obstacle" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,
    "taskId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "status" "ObstacleStatus" NOT NULL DEFAULT 'OPEN',
    "resolution" TEXT,
    "resolvedById" INTEGER,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Obstacle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,
    "taskId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportRequest" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "topic" TEXT,
    "periodFrom" TIMESTAMP(3) NOT NULL,
    "periodTo" TIMESTAMP(3) NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "docNumber" TEXT,
    "docDate" TIMESTAMP(3),
    "recipients" TEXT NOT NULL,
    "status" "ReportRequestStatus" NOT NULL DEFAULT 'OPEN',
    "autoKey" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GeneratedReport" (
    "id" SERIAL NOT NULL,
    "requestId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "docx" BYTEA NOT NULL,
    "textPreview" TEXT NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GeneratedReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportSupplement" (
    "id" SERIAL NOT NULL,
    "requestId" INTEGER NOT NULL,
    "sectionCode" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportSupplement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyReportProfile" (
    "agencyId" INTEGER NOT NULL,
    "parentAgency" TEXT,
    "place" TEXT NOT NULL DEFAULT 'Tây Ninh',
    "symbolSuffix" TEXT NOT NULL DEFAULT 'TTr',
    "authorityLine" TEXT,
    "signerTitle" TEXT NOT NULL DEFAULT 'CHÁNH THANH TRA',
    "signerName" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgencyReportProfile_pkey" PRIMARY KEY ("agencyId")
);

-- CreateTable
CREATE TABLE "SelfAssessment" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "criteriaSetId" TEXT NOT NULL,
    "criteria" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SelfAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfAssessmentScore" (
    "assessmentId" INTEGER NOT NULL,
    "criterionCode" TEXT NOT NULL,
    "proposed" DOUBLE PRECISION,
    "evidence" TEXT,
    "proposedById" INTEGER,
    "proposedAt" TIMESTAMP(3),
    "confirmed" DOUBLE PRECISION,
    "confirmedById" INTEGER,
    "confirmedAt" TIMESTAMP(3),

    CONSTRAINT "SelfAssessmentScore_pkey" PRIMARY KEY ("assessmentId","criterionCode")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "groupPlatform" TEXT,
    "groupChatId" TEXT,
    "groupTitle" TEXT,
    "groupBoundAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL DEFAULT 'telegram',
    "platformUserId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "status" "MemberStatus" NOT NULL DEFAULT 'ACTIVE',
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" TIMESTAMP(3),
    "unreachableAt" TIMESTAMP(3),
    "departmentId" INTEGER,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invite" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "usedById" INTEGER,
    "revokedAt" TIMESTAMP(3),
    "departmentId" INTEGER,

    CONSTRAINT "Invite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "actorMemberId" INTEGER,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetMemberId" INTEGER,
    "details" TEXT NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencySettings" (
    "id" SERIAL NOT NULL,
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
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgencySettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyDayOverride" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgencyDayOverride_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackReply" ADD CONSTRAINT "FeedbackReply_feedbackId_fkey" FOREIGN KEY ("feedbackId") REFERENCES "Feedback"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackReply" ADD CONSTRAINT "FeedbackReply_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingConclusion" ADD CONSTRAINT "MeetingConclusion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingConclusion" ADD CONSTRAINT "MeetingConclusion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSection" ADD CONSTRAINT "PlanSection_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PlanSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAssignee" ADD CONSTRAINT "TaskAssignee_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAssignee" ADD CONSTRAINT "TaskAssignee_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Obstacle" ADD CONSTRAINT "Obstacle_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Obstacle" ADD CONSTRAINT "Obstacle_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Obstacle" ADD CONSTRAINT "Obstacle_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Obstacle" ADD CONSTRAINT "Obstacle_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportRequest" ADD CONSTRAINT "ReportRequest_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportRequest" ADD CONSTRAINT "ReportRequest_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GeneratedReport" ADD CONSTRAINT "GeneratedReport_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ReportRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GeneratedReport" ADD CONSTRAINT "GeneratedReport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSupplement" ADD CONSTRAINT "ReportSupplement_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ReportRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSupplement" ADD CONSTRAINT "ReportSupplement_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyReportProfile" ADD CONSTRAINT "AgencyReportProfile_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessmentScore" ADD CONSTRAINT "SelfAssessmentScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "SelfAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessmentScore" ADD CONSTRAINT "SelfAssessmentScore_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessmentScore" ADD CONSTRAINT "SelfAssessmentScore_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_usedById_fkey" FOREIGN KEY ("usedById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorMemberId_fkey" FOREIGN KEY ("actorMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_targetMemberId_fkey" FOREIGN KEY ("targetMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencySettings" ADD CONSTRAINT "AgencySettings_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyDayOverride" ADD CONSTRAINT "AgencyDayOverride_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
