import type { Db, DbOrTx, Tx } from "../db/client.js";
import type { Dialogue, Member } from "../generated/prisma/client.js";
import { DialogueStatus } from "../generated/prisma/enums.js";
import { DomainError } from "./errors.js";

/** A delivered question, named or anonymous, as the organisers handle it. */
export interface QuestionRef {
  id: number;
  anonymous: boolean;
  number: number;
  text: string;
  answered: boolean;
  /** The named asker (null when anonymous): told of the answer. */
  asker: Pick<Member, "id" | "agencyId" | "fullName" | "platform" | "platformUserId" | "status"> | null;
}

/**
 * Question N of a dialogue, once a batch delivered it (docs/dialogue.md): an
 * undelivered question has no number and is "unknown", so nobody answers a
 * question seconds after it was sent (that would date it).
 */
export async function findQuestion(tx: Tx, d: Dialogue, number: number): Promise<QuestionRef> {
  const where = { dialogueId_number: { dialogueId: d.id, number } };
  const named = await tx.dialogueQuestion.findUnique({ where, include: { member: true } });
  if (named) return { id: named.id, anonymous: false, number, text: named.text, answered: named.answer !== null, asker: named.member };
  const anon = await tx.dialogueAnonymousQuestion.findUnique({ where });
  if (anon) return { id: anon.id, anonymous: true, number, text: anon.text, answered: anon.answer !== null, asker: null };
  throw new DomainError("dialogue-question-unknown", { number: d.number, question: number, last: d.questionCount });
}

/** One delivered question with its answer, for lists and the minutes. */
export interface QuestionLine {
  number: number;
  text: string;
  /** null: anonymous. */
  author: string | null;
  department: string | null;
  answer: string | null;
  taskId: number | null;
}

/** Delivered questions in number order: two queries whatever their number. */
export async function deliveredQuestions(db: DbOrTx, dialogueId: number): Promise<QuestionLine[]> {
  const [named, anonymous] = await Promise.all([
    db.dialogueQuestion.findMany({
      where: { dialogueId, delivered: true },
      select: { number: true, text: true, answer: true, taskId: true, member: { select: { fullName: true, department: { select: { name: true } } } } },
    }),
    db.dialogueAnonymousQuestion.findMany({ where: { dialogueId, delivered: true }, select: { number: true, text: true, answer: true, taskId: true } }),
  ]);
  return [
    ...named.map((q) => ({ number: q.number!, text: q.text, author: q.member.fullName, department: q.member.department?.name ?? null, answer: q.answer, taskId: q.taskId })),
    ...anonymous.map((q) => ({ number: q.number!, text: q.text, author: null, department: null, answer: q.answer, taskId: q.taskId })),
  ].sort((a, b) => a.number - b.number);
}

/** How many questions wait for the next batch (a count: it says nothing of who or when). */
export async function pendingCount(db: DbOrTx, dialogueId: number): Promise<number> {
  const [a, b] = await Promise.all([
    db.dialogueQuestion.count({ where: { dialogueId, delivered: false } }),
    db.dialogueAnonymousQuestion.count({ where: { dialogueId, delivered: false } }),
  ]);
  return a + b;
}

/** The agency's dialogues, newest first (not cancelled ones). */
export function listDialogues(db: Db, agencyId: number): Promise<Dialogue[]> {
  return db.dialogue.findMany({ where: { agencyId, status: { not: DialogueStatus.CANCELLED } }, orderBy: { number: "desc" }, take: 20 });
}

/** Figures for section 2.1 of the periodic report: dialogues held in [from, to) and their questions. */
export interface DialogueStats {
  dialogues: number;
  questions: number;
  answered: number;
  tasks: number;
}

export async function dialogueStats(db: DbOrTx, agencyId: number, from: Date, to: Date): Promise<DialogueStats> {
  const where = { agencyId, status: { not: DialogueStatus.CANCELLED }, startsAt: { gte: from, lt: to } };
  const inPeriod = { dialogue: where, delivered: true };
  const [dialogues, named, anon, namedAnswered, anonAnswered, namedTasks, anonTasks] = await Promise.all([
    db.dialogue.count({ where }),
    db.dialogueQuestion.count({ where: inPeriod }),
    db.dialogueAnonymousQuestion.count({ where: inPeriod }),
    db.dialogueQuestion.count({ where: { ...inPeriod, answer: { not: null } } }),
    db.dialogueAnonymousQuestion.count({ where: { ...inPeriod, answer: { not: null } } }),
    db.dialogueQuestion.count({ where: { ...inPeriod, taskId: { not: null } } }),
    db.dialogueAnonymousQuestion.count({ where: { ...inPeriod, taskId: { not: null } } }),
  ]);
  return { dialogues, questions: named + anon, answered: namedAnswered + anonAnswered, tasks: namedTasks + anonTasks };
}
