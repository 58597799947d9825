import type { DbOrTx } from "../db/client.js";
import type { AgencyReportProfile } from "../generated/prisma/client.js";
import { DialogueStatus } from "../generated/prisma/enums.js";
import { formatDate } from "../format/date.js";
import { translate, type Translate } from "../i18n/translator.js";
import type { DialogueMinutesModel } from "../reports/docx/dialogue-minutes.js";
import { localDay } from "../time/local-day.js";
import { localTime } from "../time/local-time.js";
import { deliveredQuestions, type QuestionLine } from "./dialogue-views.js";
import { DomainError } from "./errors.js";
import { frameFor } from "./report-frame.js";

export interface DialogueMinutes {
  docx: Buffer;
  fileName: string;
  model: DialogueMinutesModel;
  counts: { questions: number; anonymous: number; answered: number; tasks: number; participants: number | null };
}

/** Fluent prints numbers with a thousands separator ("2.026"): counts go in as strings. */
const s = (n: number) => String(n);

/**
 * The "Biên bản hội nghị đối thoại" of dialogue `number` (docs/dialogue.md):
 * five queries whatever the number of questions. An anonymous question is
 * printed without a name; the tasks are read in one query. The texts are the
 * product language's unless `texts` gives another locale's.
 */
export async function dialogueMinutes(
  db: DbOrTx,
  args: { agencyId: number; number: number; profile: AgencyReportProfile; now: Date; timezone: string; texts?: Translate },
): Promise<DialogueMinutes> {
  const tz = args.timezone;
  const tr = args.texts ?? translate;
  // How a time of day is written is the locale's ("14 giờ 30 phút", "14:30"), not this module's.
  const clock = (at: Date) => {
    const [hour, minute] = localTime(at, tz).split(":") as [string, string];
    return tr("dialogue-minutes-clock", { hour, minute });
  };
  const d = await db.dialogue.findUnique({
    where: { agencyId_number: { agencyId: args.agencyId, number: args.number } },
    include: { agency: { select: { name: true } }, chair: { select: { fullName: true, position: true } }, createdBy: { select: { fullName: true } } },
  });
  if (!d) throw new DomainError("dialogue-unknown", { number: args.number });
  if (d.status === DialogueStatus.CANCELLED) throw new DomainError("dialogue-cancelled", { number: args.number });
  const questions = await deliveredQuestions(db, d.id);
  const taskIds = questions.flatMap((q) => (q.taskId === null ? [] : [q.taskId]));
  const tasks = await db.task.findMany({
    where: { id: { in: taskIds } },
    select: { id: true, number: true, dueDate: true, assignees: { select: { member: { select: { fullName: true } } } } },
  });
  const answered = questions.filter((q) => q.answer !== null).length;
  const anonymous = questions.filter((q) => q.author === null).length;
  const from = (q: QuestionLine) =>
    q.author ? tr(q.department ? "dialogue-minutes-from-dept" : "dialogue-minutes-from", { name: q.author, department: q.department ?? "" }) : tr("dialogue-minutes-from-anon");
  const taskLines = questions.flatMap((q) => {
    const t = tasks.find((x) => x.id === q.taskId);
    if (!t) return [];
    return [tr("dialogue-minutes-task-line", { question: s(q.number), task: s(t.number), text: q.text.replace(/[\s.;,!?]+$/u, ""), names: t.assignees.map((a) => a.member.fullName).join(", "), due: t.dueDate ? formatDate(t.dueDate, tz) : "—" })];
  });
  const frame = frameFor(d.agency.name, args.profile, "BB", [], args.now, tz);
  const model: DialogueMinutesModel = {
    frame: { ...frame, kindTitle: "BIÊN BẢN", summary: tr("dialogue-minutes-summary") },
    partOne: {
      heading: tr("dialogue-minutes-part1"),
      lines: [
        tr("dialogue-minutes-time", { time: clock(d.startsAt), date: formatDate(d.startsAt, tz) }),
        tr("dialogue-minutes-place", { place: d.place }),
        tr("dialogue-minutes-chair", { name: d.chair.fullName, position: d.chair.position }),
        tr("dialogue-minutes-secretary", { name: d.createdBy.fullName }),
        d.participants === null ? tr("dialogue-minutes-invited", { invited: s(d.invited) }) : tr("dialogue-minutes-participants", { participants: s(d.participants), invited: s(d.invited) }),
      ],
    },
    partTwo: {
      heading: tr("dialogue-minutes-part2"),
      lines: [
        tr("dialogue-minutes-topic", { topic: d.topic }),
        tr("dialogue-minutes-figures", { questions: s(questions.length), anonymous: s(anonymous), answered: s(answered), tasks: s(taskLines.length) }),
        ...(d.status === DialogueStatus.OPEN ? [tr("dialogue-minutes-still-open", { date: formatDate(args.now, tz) })] : []),
      ],
    },
    columns: [tr("dialogue-minutes-col-no"), tr("dialogue-minutes-col-question"), tr("dialogue-minutes-col-from"), tr("dialogue-minutes-col-answer")],
    rows: questions.map((q) => ({ text: q.text, from: from(q), answer: q.answer ?? tr("dialogue-minutes-not-answered") })),
    noQuestions: tr("dialogue-minutes-no-questions"),
    partThree: { heading: tr("dialogue-minutes-part3"), lines: taskLines.length ? taskLines : [tr("dialogue-minutes-no-tasks")] },
    // The closing time is known when questions were closed on the dialogue's own day.
    closing: d.closedAt && localDay(d.closedAt, tz) === localDay(d.startsAt, tz) ? tr("dialogue-minutes-closing-at", { time: clock(d.closedAt) }) : tr("dialogue-minutes-closing"),
    signatures: [
      { title: tr("dialogue-minutes-sign-secretary"), name: d.createdBy.fullName },
      { title: tr("dialogue-minutes-sign-chair"), name: d.chair.fullName },
    ],
  };
  const { renderDialogueMinutesDocx } = await import("../reports/docx/dialogue-minutes.js");
  return {
    docx: await renderDialogueMinutesDocx(model),
    fileName: `bien-ban-doi-thoai-so-${args.number}.docx`,
    model,
    counts: { questions: questions.length, anonymous, answered, tasks: taskLines.length, participants: d.participants },
  };
}
