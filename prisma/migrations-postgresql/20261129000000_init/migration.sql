-- CreateEnum
CREATE TYPE "ConsultationStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ConsultationAnswerKind" AS ENUM ('AGREE', 'NO_OPINION', 'COMMENT');

-- CreateEnum
CREATE TYPE "ConsultationUptake" AS ENUM ('ACCEPTED', 'EXPLAINED');

-- CreateEnum
CREATE TYPE "DialogueStatus" AS ENUM ('OPEN', 'CLOSED', 'CANCELLED');

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

-- CreateEnum
CREATE TYPE "VoteKind" AS ENUM ('YES_NO', 'CHOICES');

-- CreateEnum
CREATE TYPE "VoteStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ExemplaryStatus" AS ENUM ('NOMINATING', 'VOTING', 'DECIDED');

-- CreateTable
CREATE TABLE "Attachment" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "documentId" INTEGER,
    "consultationId" INTEGER,
    "name" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

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
CREATE TABLE "Consultation" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "draftText" TEXT,
    "draftLink" TEXT,
    "audience" TEXT NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "status" "ConsultationStatus" NOT NULL DEFAULT 'OPEN',
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "commentCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationRecipient" (
    "id" SERIAL NOT NULL,
    "consultationId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "answered" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ConsultationRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationAnswer" (
    "id" SERIAL NOT NULL,
    "consultationId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "kind" "ConsultationAnswerKind" NOT NULL,
    "text" TEXT,
    "delivered" BOOLEAN NOT NULL DEFAULT false,
    "number" INTEGER,
    "uptake" "ConsultationUptake",
    "responseNote" TEXT,
    "respondedById" INTEGER,

    CONSTRAINT "ConsultationAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationAnonymousAnswer" (
    "id" SERIAL NOT NULL,
    "consultationId" INTEGER NOT NULL,
    "kind" "ConsultationAnswerKind" NOT NULL,
    "text" TEXT,
    "delivered" BOOLEAN NOT NULL DEFAULT false,
    "number" INTEGER,
    "uptake" "ConsultationUptake",
    "responseNote" TEXT,
    "respondedById" INTEGER,

    CONSTRAINT "ConsultationAnonymousAnswer_pkey" PRIMARY KEY ("id")
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
CREATE TABLE "Dialogue" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "topic" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "audience" TEXT NOT NULL,
    "invited" INTEGER NOT NULL,
    "chairId" INTEGER NOT NULL,
    "participants" INTEGER,
    "status" "DialogueStatus" NOT NULL DEFAULT 'OPEN',
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "questionCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Dialogue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogueQuestion" (
    "id" SERIAL NOT NULL,
    "dialogueId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "delivered" BOOLEAN NOT NULL DEFAULT false,
    "number" INTEGER,
    "answer" TEXT,
    "answeredById" INTEGER,
    "taskId" INTEGER,

    CONSTRAINT "DialogueQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogueAnonymousQuestion" (
    "id" SERIAL NOT NULL,
    "dialogueId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "delivered" BOOLEAN NOT NULL DEFAULT false,
    "number" INTEGER,
    "answer" TEXT,
    "answeredById" INTEGER,
    "taskId" INTEGER,

    CONSTRAINT "DialogueAnonymousQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyDocument" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "numberKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "issuedOn" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "link" TEXT,
    "templateKey" TEXT,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StudyDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentSend" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "documentId" INTEGER NOT NULL,
    "audience" TEXT NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "sentById" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentSend_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentRecipient" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "documentId" INTEGER NOT NULL,
    "sendId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "departmentId" INTEGER,
    "confirmedAt" TIMESTAMP(3),
    "note" TEXT,

    CONSTRAINT "DocumentRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentSettings" (
    "agencyId" INTEGER NOT NULL,
    "reminderLeadDays" INTEGER NOT NULL DEFAULT 2,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentSettings_pkey" PRIMARY KEY ("agencyId")
);

-- CreateTable
CREATE TABLE "PublicDisclosure" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "disclosedOn" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicDisclosure_pkey" PRIMARY KEY ("id")
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
CREATE TABLE "DownloadLink" (
    "id" SERIAL NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DownloadLink_pkey" PRIMARY KEY ("id")
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
    "category" TEXT NOT NULL DEFAULT 'reminder',

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
CREATE TABLE "MemberIdentity" (
    "id" SERIAL NOT NULL,
    "memberId" INTEGER NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "platformUserId" TEXT NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3),
    "unreachableAt" TIMESTAMP(3),

    CONSTRAINT "MemberIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LinkCode" (
    "id" SERIAL NOT NULL,
    "memberId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "LinkCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyGroup" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "boundAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgencyGroup_pkey" PRIMARY KEY ("id")
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
    "recipients" TEXT,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL DEFAULT 'telegram',
    "platformUserId" TEXT NOT NULL,
    "preferredPlatform" TEXT,
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
    "groupPostsPrivate" BOOLEAN NOT NULL DEFAULT false,
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

-- CreateTable
CREATE TABLE "Vote" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "kind" "VoteKind" NOT NULL,
    "secret" BOOLEAN NOT NULL,
    "audience" TEXT NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "status" "VoteStatus" NOT NULL DEFAULT 'OPEN',
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VoteChoice" (
    "voteId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "VoteChoice_pkey" PRIMARY KEY ("voteId","position")
);

-- CreateTable
CREATE TABLE "VoteBox" (
    "voteId" INTEGER NOT NULL,
    "counts" TEXT NOT NULL,

    CONSTRAINT "VoteBox_pkey" PRIMARY KEY ("voteId")
);

-- CreateTable
CREATE TABLE "VoteVoter" (
    "voteId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "voted" BOOLEAN NOT NULL DEFAULT false,
    "choice" INTEGER,

    CONSTRAINT "VoteVoter_pkey" PRIMARY KEY ("voteId","memberId")
);

-- CreateTable
CREATE TABLE "ExemplaryRound" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "criteriaId" TEXT NOT NULL,
    "status" "ExemplaryStatus" NOT NULL DEFAULT 'NOMINATING',
    "closesAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" INTEGER,

    CONSTRAINT "ExemplaryRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExemplaryNominee" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "voteId" INTEGER,
    "recognised" BOOLEAN,

    CONSTRAINT "ExemplaryNominee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExemplaryNomination" (
    "id" SERIAL NOT NULL,
    "nomineeId" INTEGER NOT NULL,
    "nominatorId" INTEGER NOT NULL,
    "reasons" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExemplaryNomination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ZaloMonthUsage" (
    "month" TEXT NOT NULL,
    "inbound" INTEGER NOT NULL DEFAULT 0,
    "outbound" INTEGER NOT NULL DEFAULT 0,
    "quotaHeldAt" TIMESTAMP(3),
    "heldAtLimit" INTEGER,

    CONSTRAINT "ZaloMonthUsage_pkey" PRIMARY KEY ("month")
);

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_documentId_key" ON "Attachment"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_consultationId_key" ON "Attachment"("consultationId");

-- CreateIndex
CREATE INDEX "Attachment_agencyId_idx" ON "Attachment"("agencyId");

-- CreateIndex
CREATE INDEX "ProcessedUpdate_createdAt_idx" ON "ProcessedUpdate"("createdAt");

-- CreateIndex
CREATE INDEX "Consultation_agencyId_status_deadline_idx" ON "Consultation"("agencyId", "status", "deadline");

-- CreateIndex
CREATE INDEX "Consultation_agencyId_createdAt_idx" ON "Consultation"("agencyId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Consultation_agencyId_number_key" ON "Consultation"("agencyId", "number");

-- CreateIndex
CREATE INDEX "ConsultationRecipient_memberId_answered_idx" ON "ConsultationRecipient"("memberId", "answered");

-- CreateIndex
CREATE INDEX "ConsultationRecipient_consultationId_answered_idx" ON "ConsultationRecipient"("consultationId", "answered");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationRecipient_consultationId_memberId_key" ON "ConsultationRecipient"("consultationId", "memberId");

-- CreateIndex
CREATE INDEX "ConsultationAnswer_consultationId_delivered_idx" ON "ConsultationAnswer"("consultationId", "delivered");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationAnswer_consultationId_memberId_key" ON "ConsultationAnswer"("consultationId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationAnswer_consultationId_number_key" ON "ConsultationAnswer"("consultationId", "number");

-- CreateIndex
CREATE INDEX "ConsultationAnonymousAnswer_consultationId_delivered_idx" ON "ConsultationAnonymousAnswer"("consultationId", "delivered");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationAnonymousAnswer_consultationId_number_key" ON "ConsultationAnonymousAnswer"("consultationId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Department_agencyId_nameKey_key" ON "Department"("agencyId", "nameKey");

-- CreateIndex
CREATE INDEX "Dialogue_agencyId_status_startsAt_idx" ON "Dialogue"("agencyId", "status", "startsAt");

-- CreateIndex
CREATE INDEX "Dialogue_status_startsAt_idx" ON "Dialogue"("status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Dialogue_agencyId_number_key" ON "Dialogue"("agencyId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "DialogueQuestion_taskId_key" ON "DialogueQuestion"("taskId");

-- CreateIndex
CREATE INDEX "DialogueQuestion_dialogueId_delivered_idx" ON "DialogueQuestion"("dialogueId", "delivered");

-- CreateIndex
CREATE INDEX "DialogueQuestion_memberId_idx" ON "DialogueQuestion"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "DialogueQuestion_dialogueId_number_key" ON "DialogueQuestion"("dialogueId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "DialogueAnonymousQuestion_codeHash_key" ON "DialogueAnonymousQuestion"("codeHash");

-- CreateIndex
CREATE UNIQUE INDEX "DialogueAnonymousQuestion_taskId_key" ON "DialogueAnonymousQuestion"("taskId");

-- CreateIndex
CREATE INDEX "DialogueAnonymousQuestion_dialogueId_delivered_idx" ON "DialogueAnonymousQuestion"("dialogueId", "delivered");

-- CreateIndex
CREATE UNIQUE INDEX "DialogueAnonymousQuestion_dialogueId_number_key" ON "DialogueAnonymousQuestion"("dialogueId", "number");

-- CreateIndex
CREATE INDEX "StudyDocument_agencyId_createdAt_idx" ON "StudyDocument"("agencyId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "StudyDocument_agencyId_numberKey_key" ON "StudyDocument"("agencyId", "numberKey");

-- CreateIndex
CREATE INDEX "DocumentSend_agencyId_deadline_idx" ON "DocumentSend"("agencyId", "deadline");

-- CreateIndex
CREATE INDEX "DocumentSend_agencyId_sentAt_idx" ON "DocumentSend"("agencyId", "sentAt");

-- CreateIndex
CREATE INDEX "DocumentSend_documentId_idx" ON "DocumentSend"("documentId");

-- CreateIndex
CREATE INDEX "DocumentRecipient_sendId_confirmedAt_idx" ON "DocumentRecipient"("sendId", "confirmedAt");

-- CreateIndex
CREATE INDEX "DocumentRecipient_memberId_confirmedAt_idx" ON "DocumentRecipient"("memberId", "confirmedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRecipient_documentId_memberId_key" ON "DocumentRecipient"("documentId", "memberId");

-- CreateIndex
CREATE INDEX "PublicDisclosure_agencyId_disclosedOn_idx" ON "PublicDisclosure"("agencyId", "disclosedOn");

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
CREATE UNIQUE INDEX "DownloadLink_tokenHash_key" ON "DownloadLink"("tokenHash");

-- CreateIndex
CREATE INDEX "DownloadLink_expiresAt_idx" ON "DownloadLink"("expiresAt");

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
CREATE INDEX "MemberIdentity_platform_platformUserId_idx" ON "MemberIdentity"("platform", "platformUserId");

-- CreateIndex
CREATE UNIQUE INDEX "MemberIdentity_agencyId_platform_platformUserId_key" ON "MemberIdentity"("agencyId", "platform", "platformUserId");

-- CreateIndex
CREATE UNIQUE INDEX "MemberIdentity_memberId_platform_key" ON "MemberIdentity"("memberId", "platform");

-- CreateIndex
CREATE UNIQUE INDEX "LinkCode_code_key" ON "LinkCode"("code");

-- CreateIndex
CREATE INDEX "LinkCode_memberId_usedAt_idx" ON "LinkCode"("memberId", "usedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyGroup_agencyId_platform_key" ON "AgencyGroup"("agencyId", "platform");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyGroup_platform_chatId_key" ON "AgencyGroup"("platform", "chatId");

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
CREATE INDEX "Member_agencyId_status_role_idx" ON "Member"("agencyId", "status", "role");

-- CreateIndex
CREATE INDEX "Member_departmentId_idx" ON "Member"("departmentId");

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

-- CreateIndex
CREATE INDEX "Vote_status_deadline_idx" ON "Vote"("status", "deadline");

-- CreateIndex
CREATE INDEX "Vote_agencyId_status_idx" ON "Vote"("agencyId", "status");

-- CreateIndex
CREATE INDEX "Vote_agencyId_createdAt_idx" ON "Vote"("agencyId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Vote_agencyId_number_key" ON "Vote"("agencyId", "number");

-- CreateIndex
CREATE INDEX "VoteVoter_memberId_voted_idx" ON "VoteVoter"("memberId", "voted");

-- CreateIndex
CREATE UNIQUE INDEX "ExemplaryRound_agencyId_year_key" ON "ExemplaryRound"("agencyId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "ExemplaryNominee_voteId_key" ON "ExemplaryNominee"("voteId");

-- CreateIndex
CREATE UNIQUE INDEX "ExemplaryNominee_roundId_memberId_key" ON "ExemplaryNominee"("roundId", "memberId");

-- CreateIndex
CREATE INDEX "ExemplaryNomination_nominatorId_idx" ON "ExemplaryNomination"("nominatorId");

-- CreateIndex
CREATE UNIQUE INDEX "ExemplaryNomination_nomineeId_nominatorId_key" ON "ExemplaryNomination"("nomineeId", "nominatorId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "StudyDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationRecipient" ADD CONSTRAINT "ConsultationRecipient_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationRecipient" ADD CONSTRAINT "ConsultationRecipient_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationAnswer" ADD CONSTRAINT "ConsultationAnswer_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationAnswer" ADD CONSTRAINT "ConsultationAnswer_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationAnswer" ADD CONSTRAINT "ConsultationAnswer_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationAnonymousAnswer" ADD CONSTRAINT "ConsultationAnonymousAnswer_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationAnonymousAnswer" ADD CONSTRAINT "ConsultationAnonymousAnswer_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dialogue" ADD CONSTRAINT "Dialogue_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dialogue" ADD CONSTRAINT "Dialogue_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dialogue" ADD CONSTRAINT "Dialogue_chairId_fkey" FOREIGN KEY ("chairId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueQuestion" ADD CONSTRAINT "DialogueQuestion_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "Dialogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueQuestion" ADD CONSTRAINT "DialogueQuestion_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueAnonymousQuestion" ADD CONSTRAINT "DialogueAnonymousQuestion_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "Dialogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyDocument" ADD CONSTRAINT "StudyDocument_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyDocument" ADD CONSTRAINT "StudyDocument_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentSend" ADD CONSTRAINT "DocumentSend_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "StudyDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentSend" ADD CONSTRAINT "DocumentSend_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRecipient" ADD CONSTRAINT "DocumentRecipient_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "StudyDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRecipient" ADD CONSTRAINT "DocumentRecipient_sendId_fkey" FOREIGN KEY ("sendId") REFERENCES "DocumentSend"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRecipient" ADD CONSTRAINT "DocumentRecipient_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentSettings" ADD CONSTRAINT "DocumentSettings_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicDisclosure" ADD CONSTRAINT "PublicDisclosure_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicDisclosure" ADD CONSTRAINT "PublicDisclosure_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

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
ALTER TABLE "MemberIdentity" ADD CONSTRAINT "MemberIdentity_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberIdentity" ADD CONSTRAINT "MemberIdentity_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LinkCode" ADD CONSTRAINT "LinkCode_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyGroup" ADD CONSTRAINT "AgencyGroup_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

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

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteChoice" ADD CONSTRAINT "VoteChoice_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "Vote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteBox" ADD CONSTRAINT "VoteBox_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "Vote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteVoter" ADD CONSTRAINT "VoteVoter_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "Vote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteVoter" ADD CONSTRAINT "VoteVoter_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExemplaryRound" ADD CONSTRAINT "ExemplaryRound_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExemplaryRound" ADD CONSTRAINT "ExemplaryRound_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExemplaryRound" ADD CONSTRAINT "ExemplaryRound_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExemplaryNominee" ADD CONSTRAINT "ExemplaryNominee_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ExemplaryRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExemplaryNominee" ADD CONSTRAINT "ExemplaryNominee_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExemplaryNominee" ADD CONSTRAINT "ExemplaryNominee_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "Vote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExemplaryNomination" ADD CONSTRAINT "ExemplaryNomination_nomineeId_fkey" FOREIGN KEY ("nomineeId") REFERENCES "ExemplaryNominee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExemplaryNomination" ADD CONSTRAINT "ExemplaryNomination_nominatorId_fkey" FOREIGN KEY ("nominatorId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
