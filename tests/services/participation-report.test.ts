import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Member } from "../../src/generated/prisma/client.js";
import { PARTICIPATION } from "../../src/reports/wording-participation.js";
import { deliverPending } from "../../src/services/consultation-delivery.js";
import { parseAnswer } from "../../src/services/consultation-input.js";
import { ConsultationUptake } from "../../src/services/consultations.js";
import { participationInPeriod } from "../../src/services/participation-report.js";
import { Role } from "../../src/services/roles.js";
import { VoteKind } from "../../src/services/votes.js";
import { countingDb } from "../harness/counting-db.js";
import { serviceWorld, type ServiceWorld } from "../harness/service-fixtures.js";

let w: ServiceWorld;
let people: Member[];
const from = new Date("2025-12-31T17:00:00Z");
const to = new Date("2026-06-30T16:59:59.999Z");

beforeEach(async () => {
  w = await serviceWorld();
  people = [
    await w.join(Role.HEAD, "Trần Văn Hùng", "2"),
    await w.join(Role.MEMBER, "Lê Thị Hoa", "3"),
    await w.join(Role.STAFF, "Phạm Văn Minh", "4"),
    await w.join(Role.STAFF, "Đỗ Thị Thu", "5"),
  ];
});
afterEach(() => w.tdb.close());

/** A draft to everyone (5 people): 1 named and 1 anonymous comment, 1 agreement; the named one taken up. */
async function consultation(title: string, respondAll: boolean): Promise<void> {
  const c = w.svc.consultations;
  const { consultation } = await c.open(w.secretary, { title, draft: "Điều 1. Phạm vi điều chỉnh của quy chế này.", audience: { kind: "all" }, deadline: new Date(w.clock.now().getTime() + 7 * 86_400_000) });
  await c.answer(people[2]!, consultation.number, parseAnswer("Đề nghị sửa Điều 1 cho rõ phạm vi."));
  await c.answerAnonymously(people[3]!, consultation.number, parseAnswer("Đề nghị bổ sung Điều 2 về đối tượng áp dụng."));
  await c.answer(people[1]!, consultation.number, parseAnswer("đồng ý"));
  await w.tdb.db.$transaction((tx) => deliverPending(tx, consultation));
  const named = await w.tdb.db.consultationAnswer.findFirstOrThrow({ where: { consultationId: consultation.id, kind: "COMMENT" } });
  await c.respond(w.secretary, consultation.number, named.number!, ConsultationUptake.ACCEPTED, "Đã sửa Điều 1.");
  if (respondAll) {
    const anon = await w.tdb.db.consultationAnonymousAnswer.findFirstOrThrow({ where: { consultationId: consultation.id } });
    await c.respond(w.secretary, consultation.number, anon.number!, ConsultationUptake.EXPLAINED, "Giữ như dự thảo.");
  }
}

async function secretVote(close: boolean): Promise<number> {
  const v = w.svc.votes;
  const { vote } = await v.open(w.secretary, { kind: "all" }, { question: "Thông qua dự thảo Quy chế làm việc?", kind: VoteKind.YES_NO, secret: true, deadline: new Date(w.clock.now().getTime() + 86_400_000) });
  await v.cast(w.secretary, vote.number, 1);
  await v.cast(people[0]!, vote.number, 1);
  await v.cast(people[1]!, vote.number, 2);
  if (close) await v.close(w.secretary, vote.number);
  return vote.number;
}

describe("the periodic report's consultations and votes (2.1)", () => {
  it("counts drafts, answers, comments taken up and explained, and votes with their totals", async () => {
    await consultation("Dự thảo Quy chế chi tiêu nội bộ năm 2026", false);
    await secretVote(true);
    await secretVote(false);
    const f = await participationInPeriod(w.tdb.db, w.secretary.agencyId, from, to, w.clock.now());
    expect(f.consulted).toEqual({ drafts: ["Dự thảo Quy chế chi tiêu nội bộ năm 2026"], asked: 5, answers: 3, comments: 2, accepted: 1, explained: 0 });
    expect(f.voted?.items).toEqual([
      { question: "Thông qua dự thảo Quy chế làm việc?", secret: true, yesNo: true, eligible: 5, result: { voted: 3, counts: [{ label: "Tán thành", count: 2 }, { label: "Không tán thành", count: 1 }, { label: "Không biểu quyết", count: 0 }] } },
      { question: "Thông qua dự thảo Quy chế làm việc?", secret: true, yesNo: true, eligible: 5, result: null },
    ]);
    const consulted = PARTICIPATION.consulted(f.consulted!);
    expect(consulted).toContain("đối với dự thảo Quy chế chi tiêu nội bộ năm 2026.");
    expect(consulted).toContain("Có 3 trong tổng số 5 người được lấy ý kiến đã tham gia ý kiến (đạt 60%), trong đó có 2 ý kiến góp ý cụ thể.");
    expect(consulted).toContain("đã tiếp thu 1 ý kiến; còn 1 ý kiến đang được xem xét, tiếp thu, giải trình.");
    const voted = PARTICIPATION.voted(f.voted!);
    expect(voted).toBe(
      "Thực hiện nguyên tắc tập trung dân chủ, cơ quan đã tổ chức 2 cuộc bỏ phiếu kín đối với các nội dung: thông qua dự thảo Quy chế làm việc (bỏ phiếu kín; 3 trong tổng số 5 người được lấy phiếu đã tham gia; kết quả: 2 phiếu tán thành, 1 phiếu không tán thành); thông qua dự thảo Quy chế làm việc (bỏ phiếu kín, đang lấy phiếu).",
    );
    for (const p of [w.secretary, ...people]) expect(voted).not.toContain(p.fullName);
  });

  it("says nothing for a period without consultations or votes, and leaves out earlier ones", async () => {
    await consultation("Dự thảo Quy chế làm việc", true);
    await secretVote(true);
    const later = await participationInPeriod(w.tdb.db, w.secretary.agencyId, new Date("2026-07-01T00:00:00Z"), new Date("2026-12-31T00:00:00Z"), new Date("2026-12-31T00:00:00Z"));
    expect(later).toEqual({ consulted: undefined, voted: undefined });
  });

  it("runs the same number of queries for 1 and for 4 consultations and votes", async () => {
    await consultation("Dự thảo Quy chế 1", true);
    await secretVote(true);
    const counted = countingDb(w.tdb.db);
    await participationInPeriod(counted.db, w.secretary.agencyId, from, to, w.clock.now());
    const one = counted.count();
    for (let i = 2; i <= 4; i++) {
      await consultation(`Dự thảo Quy chế ${i}`, true);
      await secretVote(i % 2 === 0);
    }
    counted.reset();
    const f = await participationInPeriod(counted.db, w.secretary.agencyId, from, to, w.clock.now());
    expect(f.consulted?.drafts).toHaveLength(4);
    expect(f.consulted).toMatchObject({ asked: 20, answers: 12, comments: 8, accepted: 4, explained: 4 });
    expect(f.voted?.items).toHaveLength(4);
    expect(counted.count()).toBe(one);
    expect(one).toBe(4);
    expect(PARTICIPATION.consulted(f.consulted!)).toContain("Có 12 lượt tham gia ý kiến trong tổng số 20 lượt được lấy ý kiến (đạt 60%)");
  });
});
