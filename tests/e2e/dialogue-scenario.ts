import { expect } from "vitest";
import { dialogueBatchJob } from "../../src/scheduler/jobs/dialogue-batch.js";
import { toInstant } from "../../src/time/local-time.js";
import type { SeededPerson } from "../harness/fixtures.js";
import { runJobNow } from "../harness/run-job.js";
import { TIMEZONE, texts, type TestBot } from "../harness/test-bot.js";

/** Who takes part: the organiser (secretary or head), four staff who ask, and a committee member who gets the task. */
export interface DialogueScenarioPeople {
  organiser: SeededPerson;
  askers: readonly [SeededPerson, SeededPerson, SeededPerson, SeededPerson];
  assignee: SeededPerson;
}

export interface DialogueScenarioResult {
  /** "Đối thoại số N". */
  number: number;
  /** The plan task the fourth question became. */
  taskNumber: number;
  /** The receipt codes of the two anonymous questions. */
  codes: [string, string];
}

export const QUESTIONS = [
  "Đề nghị cho biết lộ trình nâng lương trước thời hạn năm tới.",
  "Đề nghị bố trí thêm máy tính cho bộ phận một cửa.",
  "Đề nghị công khai tiêu chí xét thi đua cuối năm.",
  "Đề nghị xem xét hỗ trợ chi phí gửi xe cho người lao động.",
] as const;

/**
 * Issue 11 point 5 end to end, in any of the three runs (buttons, typed,
 * Zalo): a dialogue on `date` at `time` (local, in the future when called)
 * takes 4 questions, 2 of them anonymous, before it begins; they reach the
 * organiser in one batch at the start; all are answered, the fourth by
 * turning it into a task due on `due`; the named askers are told, the
 * anonymous ones read their answers with their codes; questions are closed
 * with 4 participants. Leaves the clock at the start of the dialogue + 2 h.
 * Creates the plan of the dialogue's year from the template if it has none.
 */
export async function runDialogueScenario(t: TestBot, p: DialogueScenarioPeople, when: { date: string; time: string; due: string }): Promise<DialogueScenarioResult> {
  const [dd, mm, yyyy] = when.date.split("/").map(Number) as [number, number, number];
  const [hh, mi] = when.time.split(":").map(Number) as [number, number];
  const startsAt = toInstant({ year: yyyy, month: mm, day: dd }, { hour: hh, minute: mi }, TIMEZONE);
  const agencyId = p.organiser.member.agencyId;
  if (!(await t.db.plan.findFirst({ where: { agencyId, year: yyyy } }))) await t.deps.services.plan.createFromTemplate(p.organiser.member, yyyy);
  const org = p.organiser.user;

  const scheduled = texts(await org.send(`/doithoai_moi\nChủ đề: Chế độ, chính sách đối với công chức, người lao động\nThời gian: ${when.date} ${when.time}\nĐịa điểm: Hội trường tầng 3\nĐối tượng: tất cả`));
  const number = Number(/hội nghị đối thoại số (\d+)/.exec(scheduled)?.[1]);
  expect(number, scheduled).toBeGreaterThan(0);
  await t.flushOutbox();
  for (const a of p.askers) expect(a.user.lastText()).toContain(`THÔNG BÁO HỘI NGHỊ ĐỐI THOẠI — số ${number}`);

  // The announcement's choice shows how to ask; then two named and two anonymous questions.
  expect(texts(await p.askers[0].user.click("Cách đặt câu hỏi"))).toContain(`/hoi_an ${number} <câu hỏi>`);
  for (const i of [0, 1]) expect(texts(await p.askers[i]!.user.send(`/hoi ${number} ${QUESTIONS[i]}`))).toContain("Đã gửi câu hỏi của đồng chí");
  const codes: [string, string] = ["", ""];
  for (const i of [2, 3] as const) {
    const reply = texts(await p.askers[i].user.send(`/hoi_an ${number} ${QUESTIONS[i]}`));
    expect(reply).toContain("Đã gửi câu hỏi ẩn danh");
    codes[i - 2] = /(DT-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(reply)![1]!;
  }
  // Nothing reaches the organiser before the batch at the start.
  expect((await t.flushOutbox()).filter((m) => m.chatId === org.chatId)).toHaveLength(0);
  expect(texts(await p.askers[2].user.send(`/hoi_xem ${codes[0]}`))).toContain("đang chờ chuyển");

  const before = t.clock.now();
  t.clock.set(startsAt.toISOString());
  await runJobNow(t, dialogueBatchJob, before);
  await t.flushOutbox();
  const batch = org.lastText();
  expect(batch).toContain(`Hội nghị đối thoại số ${number} (`);
  expect(batch).toContain("4 câu hỏi mới");
  const numberOf = (i: number) => Number(new RegExp(`Câu hỏi số (\\d+) — [^:]+:\\n${QUESTIONS[i]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).exec(batch)?.[1]);
  const n = [0, 1, 2, 3].map(numberOf);
  expect(n.slice().sort()).toEqual([1, 2, 3, 4].map((k) => k + (n.reduce((a, b) => Math.min(a, b)) - 1)));
  expect(batch).toContain("Câu hỏi ẩn danh:");

  // Answers: by the list's button, typed in one line (named and anonymous), and a task for the fourth.
  expect(texts(await org.send(`/doithoai ${number}`))).toContain("Đã nhận 4 câu hỏi, đã trả lời 0");
  expect(texts(await org.click(`Trả lời câu ${n[0]}`))).toContain("Vui lòng gõ nội dung trả lời");
  expect(texts(await org.send("Năm tới cơ quan xét nâng lương trước hạn vào quý II, theo Quy chế đã ban hành."))).toContain("và báo cho người hỏi");
  expect(texts(await org.send(`/giaidap ${number} ${n[1]} Văn phòng sẽ bố trí thêm hai máy tính trong tháng này.`))).toContain("và báo cho người hỏi");
  expect(texts(await org.send(`/giaidap ${number} ${n[2]} Tiêu chí xét thi đua sẽ được niêm yết tại bảng tin và gửi qua nhóm.`))).toContain("Người hỏi ẩn danh xem trả lời bằng mã");
  expect(texts(await org.click(`Giao nhiệm vụ câu ${n[3]}`))).toContain("Chọn người thực hiện");
  await org.click(p.assignee.member.fullName);
  expect(texts(await org.click("Xong"))).toContain("Hạn hoàn thành");
  const done = texts(await org.send(when.due));
  expect(done).toContain(`Câu hỏi số ${n[3]} (đối thoại số ${number}) đã được giao thành nhiệm vụ số`);
  const taskNumber = Number(/thành nhiệm vụ số (\d+)/.exec(done)?.[1]);

  t.clock.advance(2 * 3_600_000);
  expect(texts(await org.send(`/doithoai_dong ${number} 4`))).toContain(`Đã kết thúc nhận câu hỏi cho hội nghị đối thoại số ${number} (4 người tham dự)`);
  await t.flushOutbox();
  expect(p.askers[0].user.lastText()).toContain("Năm tới cơ quan xét nâng lương trước hạn");
  expect(p.askers[1].user.lastText()).toContain("bố trí thêm hai máy tính");
  expect(p.assignee.user.inbox().some((m) => m.text.includes(`Đồng chí được giao nhiệm vụ #${taskNumber}: ${QUESTIONS[3]}`))).toBe(true);
  expect(texts(await p.askers[2].user.send(`/hoi_xem ${codes[0]}`))).toContain("Tiêu chí xét thi đua sẽ được niêm yết");
  expect(texts(await p.askers[3].user.send(`/hoi_xem ${codes[1].toLowerCase().replace(/-/g, " ")}`))).toContain(`Đã giao nhiệm vụ số ${taskNumber}`);
  expect(texts(await p.askers[0].user.send(`/hoi ${number} Còn câu hỏi nữa ạ?`))).toContain("đã kết thúc nhận câu hỏi");
  return { number, taskNumber, codes };
}
