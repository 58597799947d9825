import type { Block, ReportSection } from "./model.js";
import { capital, clause, enumerate, inSentence, selectQuotes } from "./prose.js";
import { BODY, romanQuarter } from "./wording-body.js";
import { PARTICIPATION, type ConsultedFact, type VotedFact } from "./wording-participation.js";
import { dialogueSentence } from "./wording-dialogue.js";

/**
 * Writes the body of a periodic report (parts I–IV) from facts the compiler
 * gathered (src/services/periodic-report.ts). Pure: no data access, dates
 * already formatted by the caller.
 *
 * Numbering is the report's own, one scheme throughout: parts I, II, III, IV;
 * inside a part 1, 2, 3 (the plan's codes 2.1, 2.2, 3 … are the plan's, not the
 * report's). A part or subsection is printed only when it has content.
 */

export type TaskState = "done" | "in-progress" | "overdue" | "not-started";

export interface TaskFact {
  number: number;
  title: string;
  state: TaskState;
  /** dd/MM/yyyy, or null for a task without a due date. */
  due: string | null;
  /** The members' recorded results, oldest first (already the latest per member and task period). */
  results: string[];
  reportedInPeriod: boolean;
}

/** The recognised individuals of one round, as the periodic report prints them (plan §2.4). */
export interface ExemplaryFact {
  year: number;
  /** How the criteria's document is cited ("Hướng dẫn số 03-HD/BDVTU ngày 26/10/2021 …"). */
  reference: string;
  nominated: number;
  recognised: { fullName: string; position: string }[];
}

export interface SectionFact {
  code: string;
  title: string;
  tasks: TaskFact[];
  obstacles: { text: string; resolved: boolean; resolution: string | null }[];
  /** Set for the committee-activity section: meetings held in the period, by reviewed quarter. */
  meetings?: { held: number; quarters: number[] } | undefined;
  /** Set for the dissemination section (2.2): documents sent for quán triệt in the period. */
  studied?: { documents: string[]; recipients: number; confirmed: number; departments: { done: number; total: number } | null } | undefined;
  /** Set for the supervision section (2.3): the public register's entries of the period, as sentences' items. */
  disclosed?: string[] | undefined;
  /** Set for the leadership section (plan §2.1): dialogues with the staff held in the period (docs/dialogue.md). */
  dialogues?: { dialogues: number; questions: number; answered: number; tasks: number } | undefined;
  /** Set for the emulation section (plan §2.4): the rounds of exemplary individuals decided in the period. */
  exemplary?: ExemplaryFact[] | undefined;
  /** Set for the leadership section (2.1): drafts put to the staff for comment, and votes held (src/services/participation-report.ts). */
  consulted?: ConsultedFact | undefined;
  voted?: VotedFact | undefined;
}

export interface ReportFacts {
  sections: SectionFact[];
  counts: Record<TaskState, number>;
  reports: number;
  meetingsHeld: number;
  /** Quarters that ended in the period without a held quarterly meeting. */
  meetingsMissed: number[];
  /** Already k-anonymous strings ("5", "dưới 3"); null when the feedback feature gave nothing. */
  feedback: { received: string; answered: string; unanswered: string | null; total: number } | null;
  obstaclesResolved: number;
  /** Documents whose deadline passed before everyone confirmed (docs/documents.md). */
  documentsUnstudied: string[];
  proposals: string[];
  conclusions: { text: string; date: string }[];
  /** The people of the agency: a quote naming one is not printed. */
  names: string[];
  nextYear: number;
  /** An annual report: the direction adds the next year's plan. */
  annual: boolean;
  /** dd/MM/yyyy: the day the figures are counted to (the period end, or today while it runs). */
  asOf: string;
  supplements: ReadonlyMap<string, string>;
}

/** Supplement keys besides the plan's section codes (docs/reports.md). */
export const SUPPLEMENT = {
  general: "chung",
  strengths: "uudiem",
  weaknesses: "hanche",
  causes: "nguyennhan",
  direction: "phuonghuong",
  proposals: "kiennghi",
} as const;

const para = (text: string): Block => ({ kind: "paragraph", text });

/** The secretary's text as paragraphs (one per line). */
function supplementBlocks(text: string | undefined): Block[] {
  if (!text) return [];
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(para);
}

function countParts(c: Record<TaskState, number>): string[] {
  const parts: string[] = [];
  if (c.done) parts.push(BODY.counts.done(c.done));
  if (c["in-progress"]) parts.push(BODY.counts.inProgress(c["in-progress"]));
  if (c["not-started"]) parts.push(BODY.counts.notStarted(c["not-started"]));
  if (c.overdue) parts.push(BODY.counts.overdue(c.overdue));
  return parts;
}

const total = (c: Record<TaskState, number>) => c.done + c["in-progress"] + c["not-started"] + c.overdue;

export function composeBody(f: ReportFacts): ReportSection[] {
  const out: ReportSection[] = [];
  const lead: Block[] = [para(BODY.overall.tasks(total(f.counts), countParts(f.counts), f.asOf))];
  if (f.reports) lead.push(para(BODY.overall.reports(f.reports)));
  if (f.feedback) lead.push(para(f.feedback.total > 0 ? BODY.overall.feedback(f.feedback.received, f.feedback.answered) : BODY.overall.noFeedback));
  lead.push(...supplementBlocks(f.supplements.get(SUPPLEMENT.general)));
  out.push({ heading: BODY.headings.results, level: 1, blocks: lead });
  let n = 0;
  for (const s of f.sections) {
    const blocks = [...sectionBlocks(s, f.names), ...supplementBlocks(f.supplements.get(s.code))];
    if (blocks.length) out.push({ heading: BODY.headings.section(++n, s.title), level: 2, blocks });
  }
  out.push(...assessment(f));
  out.push(direction(f));
  const proposals = [...(f.proposals.length ? [para(BODY.proposals.lead), { kind: "list", items: enumerate(f.proposals.map((p) => capital(clause(p)))) } as Block] : [])];
  proposals.push(...supplementBlocks(f.supplements.get(SUPPLEMENT.proposals)));
  if (proposals.length) out.push({ heading: BODY.headings.proposals, level: 1, blocks: proposals });
  return out;
}

function sectionBlocks(s: SectionFact, names: readonly string[]): Block[] {
  if (s.tasks.length === 0 && !s.meetings?.held && !s.studied && !s.disclosed?.length && !s.exemplary?.length && !s.consulted && !s.voted && !s.dialogues) return [];
  const c: Record<TaskState, number> = { done: 0, "in-progress": 0, overdue: 0, "not-started": 0 };
  for (const t of s.tasks) c[t.state]++;
  const sentences: string[] = [];
  // One task: the sentence about it says where it stands; a count would only repeat it.
  if (s.tasks.length > 1) sentences.push(c.done === s.tasks.length ? BODY.section.allDone(c.done) : BODY.section.mixed(s.tasks.length, countParts(c)));
  const by = (state: TaskState) => s.tasks.filter((t) => t.state === state);
  const quotes = (t: TaskFact) => selectQuotes(t.results, names).join("; ");

  const blocks: Block[] = [];
  const flush = () => {
    if (sentences.length) blocks.push(para(sentences.join(" ")));
    sentences.length = 0;
  };
  flush();
  // Done work first: what the period achieved, quoted from the members where they said it well.
  const plainDone: string[] = [];
  for (const t of by("done")) {
    const q = quotes(t);
    if (q) sentences.push(BODY.section.doneWith(inSentence(clause(t.title)), q));
    else plainDone.push(inSentence(clause(t.title)));
  }
  if (plainDone.length) sentences.push(BODY.section.doneList(plainDone, sentences.length > 0));
  flush();
  const plainProgress: string[] = [];
  for (const t of by("in-progress")) {
    const q = quotes(t);
    if (q) sentences.push(BODY.section.progressWith(inSentence(clause(t.title)), q));
    else plainProgress.push(inSentence(clause(t.title)));
  }
  if (plainProgress.length) sentences.push(BODY.section.progressList(plainProgress));
  const notStarted = by("not-started").map((t) => inSentence(clause(t.title)));
  if (notStarted.length) sentences.push(BODY.section.notStarted(notStarted));
  for (const t of by("overdue")) sentences.push(BODY.section.overdue(inSentence(clause(t.title)), t.due ?? "", quotes(t) || null));
  flush();
  if (s.consulted) blocks.push(para(PARTICIPATION.consulted(s.consulted)));
  if (s.voted) blocks.push(para(PARTICIPATION.voted(s.voted)));
  if (s.meetings?.held) blocks.push(para(BODY.section.meetings(s.meetings.held, s.meetings.quarters.map(romanQuarter))));
  if (s.dialogues) blocks.push(para(dialogueSentence(s.dialogues)));
  if (s.studied) blocks.push(para(BODY.section.studied(s.studied.documents, s.studied.recipients, s.studied.confirmed, s.studied.departments)));
  if (s.disclosed?.length) blocks.push(para(BODY.section.disclosed(s.disclosed)));
  for (const e of s.exemplary ?? []) {
    const people = e.recognised.map((p) => BODY.section.exemplaryPerson(p.fullName, clause(p.position)));
    blocks.push(para(BODY.section.exemplary(e.year, e.reference, e.nominated, people)));
  }
  if (s.obstacles.length) {
    const items = s.obstacles.map((o) =>
      o.resolved ? BODY.section.obstacleResolved(inSentence(clause(o.text)), o.resolution ? inSentence(clause(o.resolution)) : null) : BODY.section.obstacleOpen(inSentence(clause(o.text))),
    );
    blocks.push(para(BODY.section.obstacles(s.obstacles.length, items)));
  }
  return blocks;
}

/** Part II, drafted from the data. A subsection the secretary wrote replaces the draft. */
function assessment(f: ReportFacts): ReportSection[] {
  const all = f.sections.flatMap((s) => s.tasks);
  const overdue = all.filter((t) => t.state === "overdue");
  const openObstacles = f.sections.flatMap((s) => s.obstacles.filter((o) => !o.resolved));

  const strengths: string[] = [];
  const n = total(f.counts);
  if (f.counts.done) strengths.push(BODY.assessment.doneShare(f.counts.done, n));
  const doneSections = f.sections.filter((s) => s.tasks.length > 0 && s.tasks.every((t) => t.state === "done")).map((s) => inSentence(clause(s.title)));
  if (doneSections.length && f.counts.done < n) strengths.push(BODY.assessment.doneSections(doneSections));
  if (f.meetingsHeld && !f.meetingsMissed.length) strengths.push(BODY.assessment.meetingsKept(f.meetingsHeld));
  if (f.reports) strengths.push(BODY.assessment.reportsKept(f.reports));
  if (f.obstaclesResolved) strengths.push(BODY.assessment.obstaclesSolved(f.obstaclesResolved));
  if (f.feedback && f.feedback.total > 0 && !f.feedback.unanswered) strengths.push(BODY.assessment.feedbackAllAnswered);
  if (!strengths.length && f.counts["in-progress"]) strengths.push(BODY.assessment.inProgress(f.counts["in-progress"]));
  if (!strengths.length) strengths.push(BODY.assessment.noStrength);

  const weaknesses: string[] = [];
  if (overdue.length) weaknesses.push(BODY.assessment.overdue(overdue.length, overdue.map((t) => BODY.assessment.overdueItem(inSentence(clause(t.title)), t.due ?? ""))));
  if (openObstacles.length) weaknesses.push(BODY.assessment.obstaclesOpen(openObstacles.length, openObstacles.map((o) => inSentence(clause(o.text)))));
  if (f.meetingsMissed.length) weaknesses.push(BODY.assessment.meetingsMissed(f.meetingsMissed.map(romanQuarter)));
  if (f.feedback?.unanswered) weaknesses.push(BODY.assessment.feedbackUnanswered(f.feedback.unanswered));
  if (f.documentsUnstudied.length) weaknesses.push(BODY.assessment.documentsUnstudied(f.documentsUnstudied.length, f.documentsUnstudied));

  const causes: string[] = [];
  if (openObstacles.length) causes.push(BODY.assessment.causeObstacles);
  const unreported = overdue.filter((t) => !t.reportedInPeriod).length;
  if (unreported) causes.push(BODY.assessment.causeUnreported(unreported));
  if (overdue.length > unreported) causes.push(BODY.assessment.causeLate);
  if (f.meetingsMissed.length) causes.push(BODY.assessment.causeMeetings);
  if (!weaknesses.length) weaknesses.push(BODY.assessment.noWeakness);

  const sub = (heading: string, key: string, drafted: string[]): ReportSection | null => {
    const own = supplementBlocks(f.supplements.get(key));
    const blocks = own.length ? own : drafted.map(para);
    return blocks.length ? { heading, level: 2, blocks } : null;
  };
  const parts = [
    sub(BODY.headings.strengths, SUPPLEMENT.strengths, strengths),
    sub(BODY.headings.weaknesses, SUPPLEMENT.weaknesses, weaknesses),
    sub(BODY.headings.causes, SUPPLEMENT.causes, causes),
  ].filter((x): x is ReportSection => x !== null);
  return [{ heading: BODY.headings.assessment, level: 1, blocks: [] }, ...parts];
}

/** Part III: open work not yet late, the meetings' conclusions not yet turned into tasks, the secretary's text. */
function direction(f: ReportFacts): ReportSection {
  const all = f.sections.flatMap((s) => s.tasks);
  const open = all.filter((t) => t.state === "in-progress" || t.state === "not-started").sort((a, b) => a.number - b.number);
  const blocks: Block[] = [];
  if (open.length) blocks.push(para(BODY.direction.lead), { kind: "list", items: enumerate(open.map((t) => BODY.direction.item(capital(clause(t.title)), t.due))) });
  const late = all.some((t) => t.state === "overdue");
  if (late) blocks.push(para(BODY.direction.catchUp));
  if (f.sections.some((s) => s.obstacles.some((o) => !o.resolved))) blocks.push(para(BODY.direction.solveObstacles));
  if (f.conclusions.length)
    blocks.push(para(BODY.direction.conclusionsLead), { kind: "list", items: enumerate(f.conclusions.map((c) => BODY.direction.conclusion(capital(clause(c.text)), c.date))) });
  // An annual report looks to the next year, whose plan the committee drafts now.
  if (f.annual) blocks.push(para(BODY.direction.nextPlan(f.nextYear)));
  else if (!blocks.length) blocks.push(para(BODY.direction.allDone(f.nextYear)));
  blocks.push(...supplementBlocks(f.supplements.get(SUPPLEMENT.direction)));
  return { heading: BODY.headings.direction, level: 1, blocks };
}
