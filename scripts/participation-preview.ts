import type { Clock } from "../src/clock.js";
import type { Member } from "../src/generated/prisma/client.js";
import { VoteKind } from "../src/generated/prisma/enums.js";
import { deliverPending } from "../src/services/consultation-delivery.js";
import { parseAnswer } from "../src/services/consultation-input.js";
import { ConsultationUptake } from "../src/services/consultations.js";
import type { Services } from "../src/services/index.js";
import type { Db } from "../src/db/client.js";

/**
 * For `npm run report:preview`: the "dân bàn" of a period as the periodic report
 * counts it (src/services/participation-report.ts): a draft put to everyone with
 * comments taken up or explained, one open vote and one secret vote, closed.
 * `people` are at least three members; `manager` is the secretary.
 */
export async function seedParticipation(db: Db, services: Services, clock: Clock, manager: Member, people: Member[], year: number): Promise<void> {
  const c = services.consultations;
  const deadline = new Date(clock.now().getTime() + 5 * 86_400_000);
  const { consultation } = await c.open(manager, {
    title: `Dự thảo Quy chế làm việc của cơ quan năm ${year}`,
    draft: "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định nguyên tắc, chế độ trách nhiệm, lề lối làm việc của cơ quan.",
    audience: { kind: "all" },
    deadline,
  });
  await c.answer(people[0]!, consultation.number, parseAnswer("Đề nghị bổ sung quy định về thời gian trả lời văn bản của các phòng tại Điều 8."));
  await c.answer(people[1]!, consultation.number, parseAnswer("đồng ý"));
  await c.answerAnonymously(people[2]!, consultation.number, parseAnswer("Đề nghị quy định rõ việc họp giao ban định kỳ hằng tuần."));
  await db.$transaction((tx) => deliverPending(tx, consultation));
  await c.close(manager, consultation.number, manager.agencyId);
  const numbers = (await db.consultationAnswer.findMany({ where: { consultationId: consultation.id, number: { not: null } }, select: { number: true } })).map((a) => a.number!);
  const anonymous = (await db.consultationAnonymousAnswer.findMany({ where: { consultationId: consultation.id, number: { not: null } }, select: { number: true } })).map((a) => a.number!);
  for (const n of numbers) await c.respond(manager, consultation.number, n, ConsultationUptake.ACCEPTED, "Đã bổ sung khoản 2 Điều 8.");
  for (const n of anonymous) await c.respond(manager, consultation.number, n, ConsultationUptake.EXPLAINED, "Giữ như dự thảo: lịch giao ban đã quy định tại Điều 12.");

  const v = services.votes;
  const soon = new Date(clock.now().getTime() + 86_400_000);
  const secret = await v.open(manager, { kind: "committee" }, { question: `Thông qua dự thảo Quy chế làm việc của cơ quan năm ${year}`, kind: VoteKind.YES_NO, secret: true, deadline: soon });
  const open = await v.open(manager, { kind: "committee" }, { question: "Chọn thời gian tổ chức Hội nghị cán bộ, công chức", kind: VoteKind.CHOICES, choices: ["Tuần thứ nhất của tháng", "Tuần thứ hai của tháng"], secret: false, deadline: soon });
  const roll = [manager, ...people];
  for (const [i, m] of roll.entries()) {
    await v.cast(m, secret.vote.number, i === roll.length - 1 ? 3 : 1);
    await v.cast(m, open.vote.number, i % 3 === 2 ? 2 : 1);
  }
  await v.close(manager, secret.vote.number);
  await v.close(manager, open.vote.number);
}
