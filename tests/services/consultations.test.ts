import { afterEach, describe, expect, it } from "vitest";
import { ConsultationAnswerKind, ConsultationUptake } from "../../src/generated/prisma/enums.js";
import { deliverPending } from "../../src/services/consultation-delivery.js";
import { parseAnswer } from "../../src/services/consultation-input.js";
import { consultationSummary } from "../../src/services/consultation-summary.js";
import { departmentKey } from "../../src/services/audiences.js";
import { DomainError } from "../../src/services/errors.js";
import { Role } from "../../src/services/roles.js";
import { serviceWorld, type ServiceWorld } from "../harness/service-fixtures.js";
import { docxText } from "./docx-read.js";
import { countingDb } from "../harness/counting-db.js";

let w: ServiceWorld;
afterEach(() => w?.tdb.close());

const DRAFT = "Điều 1. Phạm vi điều chỉnh: Quy chế này quy định chế độ công tác phí, hội nghị phí của cơ quan.";
const DEADLINE = new Date("2026-03-13T16:59:59.999Z"); // end of 13/03/2026 in Vietnam

async function world() {
  w = await serviceWorld();
  const db = w.tdb.db;
  const agencyId = w.secretary.agencyId;
  const vp = await db.department.create({ data: { agencyId, name: "Văn phòng", nameKey: departmentKey("Văn phòng") } });
  const nv = await db.department.create({ data: { agencyId, name: "Phòng Nghiệp vụ 1", nameKey: departmentKey("Phòng Nghiệp vụ 1") } });
  const staff = [];
  for (const [i, name] of ["Lê Văn An", "Trần Thị Bình", "Phạm Văn Cường", "Đỗ Thị Dung"].entries()) {
    const m = await w.join(Role.STAFF, name, String(10 + i));
    staff.push(await db.member.update({ where: { id: m.id }, data: { departmentId: i < 2 ? vp.id : nv.id } }));
  }
  const outsider = await w.join(Role.STAFF, "Vũ Văn Em", "20");
  return { db, agencyId, vp, nv, staff, outsider, svc: w.svc.consultations };
}

async function counts(db: ServiceWorld["tdb"]["db"]) {
  return {
    consultations: await db.consultation.count(),
    recipients: await db.consultationRecipient.count(),
    outbox: await db.outboxMessage.count(),
    audit: await db.auditLog.count(),
  };
}

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("ConsultationService", () => {
  it("opens to named departments: one recipient row and one private notice with typed commands each, in one go", async () => {
    const { db, vp, nv, svc } = await world();
    const { consultation, recipients } = await svc.open(w.secretary, { title: "Dự thảo Quy chế chi tiêu nội bộ", draft: DRAFT, audience: { kind: "departments", departmentIds: [vp.id, nv.id] }, deadline: DEADLINE });
    expect(recipients).toBe(4);
    expect(consultation.number).toBe(1);
    expect(await db.consultationRecipient.count({ where: { consultationId: consultation.id, answered: false } })).toBe(4);
    const notices = await db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: "consult-open:" } } });
    expect(notices).toHaveLength(4);
    expect(notices[0]!.text).toContain("Dự thảo Quy chế chi tiêu nội bộ");
    expect(notices[0]!.text).toContain("13/03/2026");
    const typed = JSON.parse(notices[0]!.payload!).choices.flat().flatMap((c: { typed: string[] }) => c.typed);
    expect(typed).toEqual(["/ykien 1 đồng ý", "/ykien 1 không có ý kiến", "/ykien_an 1 đồng ý", "/ykien_an 1 không có ý kiến", "/ykien 1"]);
  });

  it("refuses a past deadline, an empty or too short draft, an empty audience and a non-manager, writing nothing", async () => {
    const { db, staff, svc } = await world();
    const before = await counts(db);
    const base = { title: "Dự thảo Quy chế", draft: DRAFT, audience: { kind: "all" } as const, deadline: DEADLINE };
    expect(await refusal(svc.open(w.secretary, { ...base, deadline: new Date("2026-03-01T16:59:59Z") }))).toBe("consult-deadline-past");
    expect(await refusal(svc.open(w.secretary, { ...base, draft: "   " }))).toBe("consult-draft-empty");
    expect(await refusal(svc.open(w.secretary, { ...base, draft: "ngắn" }))).toBe("consult-draft-short");
    expect(await refusal(svc.open(w.secretary, { ...base, draft: "https://" }))).toBe("consult-draft-link");
    expect(await refusal(svc.open(w.secretary, { ...base, audience: { kind: "departments", departmentIds: [999] } }))).toBe("consult-audience-empty");
    expect(await refusal(svc.open(staff[0]!, base))).toBe("forbidden");
    expect(await counts(db)).toEqual(before);
    const link = await svc.open(w.secretary, { ...base, draft: "https://vanban.example.gov.vn/du-thao-quy-che.docx" });
    expect(link.consultation.draftLink).toBe("https://vanban.example.gov.vn/du-thao-quy-che.docx");
    expect(link.consultation.draftText).toBeNull();
  });

  it("takes one answer per person, named or anonymous, and refuses a second of either kind or a person not asked", async () => {
    const { db, vp, staff, outsider, svc } = await world();
    await svc.open(w.secretary, { title: "Dự thảo Quy chế", draft: DRAFT, audience: { kind: "departments", departmentIds: [vp.id] }, deadline: DEADLINE });
    await svc.answer(staff[0]!, 1, parseAnswer("Đồng ý"));
    await svc.answerAnonymously(staff[1]!, 1, parseAnswer("Đề nghị bổ sung mức chi hỗ trợ làm thêm giờ."));
    expect(await refusal(svc.answer(staff[0]!, 1, parseAnswer("không có ý kiến")))).toBe("consult-already-answered");
    expect(await refusal(svc.answerAnonymously(staff[0]!, 1, parseAnswer("đồng ý")))).toBe("consult-already-answered");
    expect(await refusal(svc.answer(staff[1]!, 1, parseAnswer("đồng ý")))).toBe("consult-already-answered");
    expect(await refusal(svc.answerAnonymously(outsider, 1, parseAnswer("đồng ý")))).toBe("consult-not-recipient");
    expect(await refusal(svc.answer(staff[0]!, 7, parseAnswer("đồng ý")))).toBe("consult-unknown");
    expect(await db.consultationAnswer.count()).toBe(1);
    expect(await db.consultationAnonymousAnswer.count()).toBe(1);
    expect(await db.consultationRecipient.count({ where: { answered: true } })).toBe(2);
    // After the deadline nothing is taken.
    w.clock.set("2026-03-14T01:00:00Z");
    expect(await refusal(svc.answer(staff[2]!, 1, parseAnswer("đồng ý")))).toBe("consult-closed");
  });

  it("reads typed answers: only the exact words are đồng ý / không có ý kiến", () => {
    expect(parseAnswer("dong y.").kind).toBe(ConsultationAnswerKind.AGREE);
    expect(parseAnswer("Không có ý kiến").kind).toBe(ConsultationAnswerKind.NO_OPINION);
    expect(parseAnswer("Đồng ý, nhưng sửa Điều 3").kind).toBe(ConsultationAnswerKind.COMMENT);
    expect(() => parseAnswer("  ")).toThrow(DomainError);
    expect(() => parseAnswer("x".repeat(2001))).toThrow(DomainError);
  });

  it("numbers comments at delivery, records tiếp thu / giải trình, and summarises delivered answers only", async () => {
    const { db, agencyId, staff, svc } = await world();
    const { consultation } = await svc.open(w.secretary, { title: "Dự thảo Quy chế", draft: DRAFT, audience: { kind: "staff" }, deadline: DEADLINE });
    await svc.answer(staff[0]!, 1, parseAnswer("Đề nghị làm rõ Điều 2."));
    await svc.answerAnonymously(staff[1]!, 1, parseAnswer("Đề nghị giảm thủ tục thanh toán."));
    await svc.answer(staff[2]!, 1, parseAnswer("đồng ý"));
    expect((await consultationSummary(db, agencyId, 1)).answered).toBe(0);
    expect(await refusal(svc.respond(w.secretary, 1, 1, ConsultationUptake.ACCEPTED, "Đã sửa."))).toBe("consult-comment-unknown");
    const delivered = await db.$transaction((tx) => deliverPending(tx, consultation));
    expect(delivered.filter((d) => d.number !== null).map((d) => d.number)).toEqual([1, 2]);
    await svc.respond(w.secretary, 1, 1, ConsultationUptake.ACCEPTED, "Đã chỉnh sửa theo ý kiến.");
    await svc.respond(w.secretary, 1, 2, ConsultationUptake.EXPLAINED, "Giữ như dự thảo vì theo quy định của Bộ Tài chính.");
    expect(await refusal(svc.respond(staff[0]!, 1, 2, ConsultationUptake.ACCEPTED, "Tự tiếp thu"))).toBe("forbidden");
    const sum = await consultationSummary(db, agencyId, 1);
    expect(sum).toMatchObject({ asked: 5, answered: 3, agree: 1, noOpinion: 0, anonymousComments: 1 });
    expect(sum.comments.map((c) => c.uptake).sort()).toEqual([ConsultationUptake.ACCEPTED, ConsultationUptake.EXPLAINED]);
    const report = await svc.report(w.secretary, 1);
    const text = await docxText(report.docx);
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("Tổng hợp, tiếp thu, giải trình ý kiến góp ý đối với dự thảo Quy chế");
    expect(text).toContain("Số người được lấy ý kiến: 5");
    expect(text).toContain("Ý kiến ẩn danh");
    expect(text).toContain("Đ/c Lê Văn An (Văn phòng)");
    expect(text).toContain("Nơi nhận:");
    expect(text).toContain("Đợt lấy ý kiến chưa kết thúc; số liệu dưới đây tính đến ngày 02/03/2026");
  });

  it("summarises in the same number of queries for 1 and for 5 answers", async () => {
    const { db, agencyId, staff, svc } = await world();
    const { consultation } = await svc.open(w.secretary, { title: "Dự thảo Quy chế", draft: DRAFT, audience: { kind: "staff" }, deadline: DEADLINE });
    const counted = countingDb(db);
    await svc.answer(staff[0]!, 1, parseAnswer("Đề nghị làm rõ Điều 2."));
    await db.$transaction((tx) => deliverPending(tx, consultation));
    counted.reset();
    await consultationSummary(counted.db, agencyId, 1);
    const one = counted.count();
    for (const m of staff.slice(1)) await svc.answerAnonymously(m, 1, parseAnswer("Đề nghị sửa Điều 3."));
    await db.$transaction(async (tx) => deliverPending(tx, await tx.consultation.findUniqueOrThrow({ where: { id: consultation.id } })));
    counted.reset();
    expect((await consultationSummary(counted.db, agencyId, 1)).answered).toBe(4);
    expect(counted.count()).toBe(one);
  });

  it("closes early: delivers what waited and refuses later answers", async () => {
    const { db, staff, svc } = await world();
    await svc.open(w.secretary, { title: "Dự thảo Quy chế", draft: DRAFT, audience: { kind: "staff" }, deadline: DEADLINE });
    await svc.answerAnonymously(staff[0]!, 1, parseAnswer("Đề nghị bỏ Điều 4."));
    const { delivered } = await svc.close(w.secretary, 1, w.secretary.agencyId);
    expect(delivered).toHaveLength(1);
    expect(await db.consultationAnonymousAnswer.count({ where: { delivered: true, number: 1 } })).toBe(1);
    expect(await refusal(svc.answer(staff[1]!, 1, parseAnswer("đồng ý")))).toBe("consult-closed");
    expect(await refusal(svc.close(w.secretary, 1, w.secretary.agencyId))).toBe("consult-closed");
    const closing = await db.outboxMessage.findFirst({ where: { memberId: w.secretary.id }, orderBy: { id: "desc" } });
    expect(closing!.text).toContain("Đã kết thúc lấy ý kiến đợt số 1");
    expect(await docxText((await svc.report(w.secretary, 1)).docx)).not.toContain("chưa kết thúc");
  });

  it("delivers to the agency's secretaries and head when the one who opened it has left", async () => {
    const { db, staff, svc } = await world();
    const head = await w.join(Role.HEAD, "Trần Văn Hùng", "30");
    const { consultation } = await svc.open(w.secretary, { title: "Dự thảo Quy chế", draft: DRAFT, audience: { kind: "staff" }, deadline: DEADLINE });
    await svc.answer(staff[0]!, 1, parseAnswer("Đề nghị làm rõ Điều 2."));
    await db.member.update({ where: { id: w.secretary.id }, data: { status: "LEFT" } });
    await db.$transaction(async (tx) => {
      const { sendBatch } = await import("../../src/services/consultation-delivery.js");
      await sendBatch(tx, consultation, await deliverPending(tx, consultation), false, "test-batch", w.clock.now());
    });
    const sent = await db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: "test-batch" } } });
    expect(sent.map((m) => m.memberId)).toEqual([head.id]);
  });
});
