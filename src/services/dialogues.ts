import type { Clock } from "../clock.js";
import type { Db, Tx } from "../db/client.js";
import type { AgencyReportProfile, Dialogue, Member } from "../generated/prisma/client.js";
import { DialogueStatus, MemberStatus, Role } from "../generated/prisma/enums.js";
import { formatDate, formatDateTime } from "../format/date.js";
import { translate } from "../i18n/translator.js";
import { enqueueToMember, outboxChoices } from "../messaging/outbox.js";
import { endOfLocalDay, localDate, type LocalDate } from "../time/local-day.js";
import { audienceWhere, serializeAudience, type AudienceSpec } from "./audiences.js";
import { writeAudit } from "./audit.js";
import { assertManager } from "./authorization.js";
import { createCommitteeTask } from "./committee-task.js";
import { canonicalQuestionCode, hashQuestionCode, newQuestionCode } from "./dialogue-code.js";
import { deliverQuestions, sendQuestionBatch, type DeliveredQuestion } from "./dialogue-delivery.js";
import { checkAnswer, checkParticipants, checkPlace, checkQuestion, checkTopic, MAX_AHEAD_MS } from "./dialogue-input.js";
import { dialogueMinutes, type DialogueMinutes } from "./dialogue-minutes.js";
import { deliveredQuestions, findQuestion, listDialogues, pendingCount, type QuestionLine, type QuestionRef } from "./dialogue-views.js";
import { DomainError } from "./errors.js";
import { forgetWriteOrder } from "./forget-write-order.js";
import { AnonymousLimiter } from "./feedback-limits.js";
import type { PlatformUser } from "./roster.js";
import { queueTaskAssigned, type NoticeRecipient } from "./task-notices.js";
import { actorLabel } from "./task-rules.js";

export { DialogueStatus };

export interface ScheduleInput {
  topic: string;
  place: string;
  startsAt: Date;
  audience: AudienceSpec;
}

export interface Deps {
  db: Db;
  clock: Clock;
  timezone: string;
  /** How the agency's documents are headed and signed (ReportService.profile). */
  profile: (agencyId: number) => Promise<AgencyReportProfile>;
}

/**
 * Dialogues of the head with the staff (docs/dialogue.md): scheduling and its
 * announcement, named and anonymous questions, their delivery in batches,
 * answers and questions left for later as tasks. An anonymous question is
 * written with nothing that points back at its asker (docs/anonymity.md):
 * no member, no time, no mark, no duplicate-filter row.
 */
export class DialogueService {
  /** Flood limit and code guessing without identity: the one of /gopy, with its own counters. */
  readonly limiter: AnonymousLimiter;

  constructor(private readonly deps: Deps) {
    this.limiter = new AnonymousLimiter(deps.clock, deps.timezone);
  }

  private get db() {
    return this.deps.db;
  }

  /** Schedules and announces: the row and one private notice per person of the audience, in one transaction. */
  async schedule(actor: Member, input: ScheduleInput): Promise<{ dialogue: Dialogue; invited: number }> {
    assertManager(actor);
    const topic = checkTopic(input.topic);
    const place = checkPlace(input.place);
    const now = this.deps.clock.now();
    if (input.startsAt.getTime() <= now.getTime()) throw new DomainError("dialogue-in-past");
    if (input.startsAt.getTime() - now.getTime() > MAX_AHEAD_MS) throw new DomainError("dialogue-too-far");
    return this.db.$transaction(async (tx) => {
      const members = await tx.member.findMany({
        where: audienceWhere(actor.agencyId, input.audience),
        select: { id: true, agencyId: true, platform: true, platformUserId: true },
        orderBy: [{ fullName: "asc" }, { id: "asc" }],
      });
      if (!members.length) throw new DomainError("dialogue-audience-empty");
      const head = actor.role === Role.HEAD ? actor : await tx.member.findFirst({ where: { agencyId: actor.agencyId, role: Role.HEAD, status: MemberStatus.ACTIVE }, orderBy: { id: "asc" } });
      const last = await tx.dialogue.findFirst({ where: { agencyId: actor.agencyId }, orderBy: { number: "desc" }, select: { number: true } });
      const dialogue = await tx.dialogue.create({
        data: {
          agencyId: actor.agencyId,
          number: (last?.number ?? 0) + 1,
          topic,
          place,
          startsAt: input.startsAt,
          audience: serializeAudience(input.audience),
          invited: members.length,
          chairId: (head ?? actor).id,
          createdById: actor.id,
          createdAt: now,
        },
      });
      const n = String(dialogue.number);
      const text = translate("dialogue-notice", { number: n, topic, place, when: formatDateTime(dialogue.startsAt, this.deps.timezone) });
      const payload = outboxChoices([[{ label: translate("dialogue-btn-how"), action: `dt:how:${n}`, typed: [`/doithoai ${n}`] }]]);
      for (const m of members) await enqueueToMember(tx, m, { text, payload, dedupeKey: `dialogue-open:${dialogue.id}:m=${m.id}` }, now);
      await this.audit(tx, actor, "dialogue.schedule", { number: dialogue.number, invited: members.length });
      return { dialogue, invited: members.length };
    });
  }

  /** The agency's dialogue by its number, or a refusal that names it. */
  async byNumber(agencyId: number, number: number, db: Db | Tx = this.db): Promise<Dialogue> {
    const d = await db.dialogue.findUnique({ where: { agencyId_number: { agencyId, number } } });
    if (!d) throw new DomainError("dialogue-unknown", { number });
    return d;
  }

  /** Questions are taken while the dialogue is open, until the end of its day. */
  private async openForQuestions(tx: Tx, member: Pick<Member, "agencyId" | "status">, number: number): Promise<Dialogue> {
    if (member.status !== MemberStatus.ACTIVE) throw new DomainError("forbidden");
    const d = await this.byNumber(member.agencyId, number, tx);
    const lastDay = endOfLocalDay(localDate(d.startsAt, this.deps.timezone), this.deps.timezone);
    if (d.status !== DialogueStatus.OPEN || lastDay.getTime() < this.deps.clock.now().getTime()) throw new DomainError("dialogue-closed", { number });
    return d;
  }

  /** A named question; its asker is told of the answer. */
  async ask(member: Member, number: number, raw: string): Promise<Dialogue> {
    const text = checkQuestion(raw);
    return this.db.$transaction(async (tx) => {
      const d = await this.openForQuestions(tx, member, number);
      await tx.dialogueQuestion.create({ data: { dialogueId: d.id, memberId: member.id, text } });
      return d;
    });
  }

  /**
   * An anonymous question: one row with the dialogue, the text and the hash of
   * the receipt code, nothing else. The code is returned once and never stored.
   * On SQLite the write-ahead log is checkpointed and truncated at once, as for
   * anonymous answers to consultations (docs/consultations.md).
   */
  async askAnonymously(caller: PlatformUser, member: Pick<Member, "agencyId" | "status">, number: number, raw: string): Promise<{ dialogue: Dialogue; code: string }> {
    const text = checkQuestion(raw);
    const tag = this.limiter.tag(caller);
    if (this.limiter.submissionsLeft(tag) <= 0) throw new DomainError("dialogue-anon-quota", { max: this.limiter.limits.perDay });
    const code = newQuestionCode();
    const dialogue = await this.db.$transaction(async (tx) => {
      const d = await this.openForQuestions(tx, member, number);
      await tx.dialogueAnonymousQuestion.create({ data: { dialogueId: d.id, text, codeHash: hashQuestionCode(canonicalQuestionCode(code)!) } });
      return d;
    });
    this.limiter.countSubmission(tag);
    await forgetWriteOrder(this.db);
    return { dialogue, code };
  }

  /** What the holder of a receipt code may read: the question, its number and the answer once given. */
  async follow(caller: PlatformUser, typed: string): Promise<{ dialogue: Dialogue; number: number | null; text: string; answer: string | null }> {
    const tag = this.limiter.tag(caller);
    const wait = this.limiter.codeLookupWaitMs(tag);
    if (wait > 0) throw new DomainError("feedback-code-wait", { minutes: Math.max(1, Math.ceil(wait / 60_000)) });
    const canonical = canonicalQuestionCode(typed);
    const row = canonical ? await this.db.dialogueAnonymousQuestion.findUnique({ where: { codeHash: hashQuestionCode(canonical) }, include: { dialogue: true } }) : null;
    if (!row) {
      this.limiter.recordWrongCode(tag);
      throw new DomainError("dialogue-code-unknown");
    }
    return { dialogue: row.dialogue, number: row.number, text: row.text, answer: row.answer };
  }

  /**
   * Closes the questions (at the end of the dialogue) with the number of
   * participants: whatever waited is delivered with the closing message.
   */
  async close(actor: Member, number: number, participants: number): Promise<{ dialogue: Dialogue; delivered: DeliveredQuestion[] }> {
    assertManager(actor);
    const now = this.deps.clock.now();
    return this.db.$transaction(async (tx) => {
      const d = await this.byNumber(actor.agencyId, number, tx);
      if (d.status !== DialogueStatus.OPEN) throw new DomainError("dialogue-closed", { number });
      if (d.startsAt.getTime() > now.getTime()) throw new DomainError("dialogue-not-started", { number, when: formatDateTime(d.startsAt, this.deps.timezone) });
      const count = checkParticipants(participants, d.invited);
      const closed = await tx.dialogue.update({ where: { id: d.id }, data: { status: DialogueStatus.CLOSED, closedAt: now, participants: count } });
      const delivered = await deliverQuestions(tx, closed);
      const fresh = await tx.dialogue.findUniqueOrThrow({ where: { id: d.id } });
      await sendQuestionBatch(tx, fresh, delivered, true, `dialogue-close:${d.id}`, now);
      await this.audit(tx, actor, "dialogue.close", { number, participants: count });
      return { dialogue: fresh, delivered };
    });
  }

  /** Records the answer to delivered question N; a named asker is told through the outbox. Once per question. */
  async answer(actor: Member, number: number, question: number, raw: string): Promise<QuestionRef> {
    assertManager(actor);
    const text = checkAnswer(raw);
    const now = this.deps.clock.now();
    return this.db.$transaction(async (tx) => {
      const d = await this.byNumber(actor.agencyId, number, tx);
      const q = await findQuestion(tx, d, question);
      if (q.answered) throw new DomainError("dialogue-already-answered", { number, question });
      await this.writeAnswer(tx, d, q, actor, text, null, now);
      await this.audit(tx, actor, "dialogue.answer", { number, question });
      return q;
    });
  }

  /**
   * A question left for later becomes a plan task on the spot (assignees and a
   * due date, as /ketluan does), and its answer says so; all in one transaction.
   */
  async toTask(actor: Member, number: number, question: number, input: { assigneeIds: number[]; dueDate: LocalDate; note: string | null }): Promise<{ taskNumber: number; assignees: Member[]; notified: NoticeRecipient[]; answer: string }> {
    assertManager(actor);
    const note = input.note ? checkAnswer(input.note) : null;
    const now = this.deps.clock.now();
    const tz = this.deps.timezone;
    return this.db.$transaction(async (tx) => {
      const d = await this.byNumber(actor.agencyId, number, tx);
      const q = await findQuestion(tx, d, question);
      if (q.answered) throw new DomainError("dialogue-already-answered", { number, question });
      const description = translate("dialogue-task-description", { question, number, topic: d.topic });
      const { task, section, assignees } = await createCommitteeTask(tx, { actor, year: localDate(d.startsAt, tz).year, text: q.text, description, assigneeIds: input.assigneeIds, dueDate: input.dueDate, now, timezone: tz });
      const answer = translate("dialogue-task-answer", { note: note ?? translate("dialogue-task-default-note"), task: String(task.number), names: assignees.map((a) => a.fullName).join(", "), due: formatDate(task.dueDate!, tz) });
      await this.writeAnswer(tx, d, q, actor, answer, task.id, now);
      await writeAudit(tx, { agencyId: actor.agencyId, actorMemberId: actor.id, actorLabel: `member:${actor.id}`, action: "dialogue.task", details: { taskId: task.id, number: task.number, dialogue: number, question }, at: now });
      const notified = await queueTaskAssigned(tx, { actorId: actor.id, task, section, members: assignees, now, timezone: tz });
      return { taskNumber: task.number, assignees, notified, answer };
    });
  }

  /** Guarded by "not answered yet", so two organisers answering at once cannot both write. */
  private async writeAnswer(tx: Tx, d: Dialogue, q: QuestionRef, actor: Member, answer: string, taskId: number | null, now: Date): Promise<void> {
    const data = { answer, answeredById: actor.id, taskId };
    const where = { id: q.id, answer: null };
    const written = q.anonymous ? await tx.dialogueAnonymousQuestion.updateMany({ where, data }) : await tx.dialogueQuestion.updateMany({ where, data });
    if (written.count !== 1) throw new DomainError("dialogue-already-answered", { number: d.number, question: q.number });
    if (q.anonymous || !q.asker || q.asker.status !== MemberStatus.ACTIVE) return;
    const text = translate("dialogue-answer-notice", { number: String(d.number), topic: d.topic, question: q.text, answer });
    await enqueueToMember(tx, q.asker, { text, dedupeKey: `dialogue-answer:q=${q.id}` }, now);
  }

  list(agencyId: number): Promise<Dialogue[]> {
    return listDialogues(this.db, agencyId);
  }

  /** The organisers' view: delivered questions with their answers, and how many wait for the next batch. */
  async detail(actor: Member, number: number): Promise<{ dialogue: Dialogue; questions: QuestionLine[]; pending: number }> {
    assertManager(actor);
    const dialogue = await this.byNumber(actor.agencyId, number);
    const [questions, pending] = await Promise.all([deliveredQuestions(this.db, dialogue.id), pendingCount(this.db, dialogue.id)]);
    return { dialogue, questions, pending };
  }

  /** The "Biên bản hội nghị đối thoại" (.docx). */
  async minutes(actor: Member, number: number): Promise<DialogueMinutes> {
    assertManager(actor);
    const profile = await this.deps.profile(actor.agencyId);
    return dialogueMinutes(this.db, { agencyId: actor.agencyId, number, profile, now: this.deps.clock.now(), timezone: this.deps.timezone });
  }

  private audit(tx: Tx, actor: Member, action: "dialogue.schedule" | "dialogue.close" | "dialogue.answer", details: Record<string, unknown>) {
    return writeAudit(tx, { agencyId: actor.agencyId, actorMemberId: actor.id, actorLabel: actorLabel(actor), action, details, at: this.deps.clock.now() });
  }
}
