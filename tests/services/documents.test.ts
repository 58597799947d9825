import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Member } from "../../src/generated/prisma/client.js";
import { ReportKind, Role } from "../../src/generated/prisma/enums.js";
import { DomainError } from "../../src/services/errors.js";
import { templateDirectives } from "../../src/services/documents-template.js";
import { endOfLocalDay } from "../../src/time/local-day.js";
import { serviceWorld, TZ, type ServiceWorld } from "../harness/service-fixtures.js";

const due = (y: number, m: number, d: number) => endOfLocalDay({ year: y, month: m, day: d }, TZ);

describe("documents to study (services)", () => {
  let w: ServiceWorld;
  let vp: number;
  let nv: number;
  let people: Member[];

  beforeEach(async () => {
    w = await serviceWorld(); // Monday 02/03/2026 08:00
    vp = (await w.svc.departments.add(w.secretary, "Văn phòng")).id;
    nv = (await w.svc.departments.add(w.secretary, "Phòng Nghiệp vụ 1")).id;
    people = [];
    for (const [i, name] of ["Trần Văn An", "Lê Thị Bình", "Phạm Văn Cường"].entries()) {
      const m = await w.join(Role.STAFF, name, String(10 + i));
      await w.svc.departments.assign(w.secretary, m.id, i < 2 ? vp : nv);
      people.push({ ...m, departmentId: i < 2 ? vp : nv });
    }
  });
  afterEach(() => w.tdb.close());

  it("reads the plan template's five directives with number, issuer and date", () => {
    const list = templateDirectives();
    expect(list.map((d) => d.number)).toEqual(["30-CT/TW", "99-QĐ/TW", "11-QĐi/TW", "403-CV/TU", "05-CT/TU"]);
    expect(list[0]).toMatchObject({ title: "Chỉ thị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở", issuer: "Bộ Chính trị", issuedOn: "1998-02-18" });
    expect(list[1]).toMatchObject({ title: "Quyết định: Hướng dẫn khung phát huy vai trò của Nhân dân", issuer: "Ban Bí thư", issuedOn: "2017-10-03" });
    expect(list[4]).toMatchObject({ issuer: "Ban Thường vụ Tỉnh ủy", issuedOn: "2021-07-20" });
  });

  it("refuses a bad document and a duplicate number, writing nothing", async () => {
    const base = { number: "12-KH/TTr", title: "Kế hoạch thực hiện Quy chế dân chủ năm 2026", issuer: "Thanh tra tỉnh", issuedOn: "2026-03-01", summary: "" };
    await expect(w.svc.documents.register(w.secretary, { ...base, title: "  " })).rejects.toMatchObject({ code: "document-empty-title" });
    await expect(w.svc.documents.register(w.secretary, { ...base, number: "KH" })).rejects.toMatchObject({ code: "document-bad-number" });
    await expect(w.svc.documents.register(w.secretary, { ...base, issuedOn: "2026-02-30" })).rejects.toMatchObject({ code: "document-bad-date" });
    await expect(w.svc.documents.register(w.secretary, { ...base, link: "ftp://x" })).rejects.toMatchObject({ code: "document-bad-link" });
    await expect(w.svc.documents.register(people[0]!, base)).rejects.toMatchObject({ code: "forbidden" });
    expect(await w.tdb.db.studyDocument.count()).toBe(0);
    await w.svc.documents.register(w.secretary, base);
    await expect(w.svc.documents.register(w.secretary, { ...base, number: "12-kh/ttr" })).rejects.toMatchObject({ code: "document-exists" });
    expect(await w.tdb.db.studyDocument.count()).toBe(1);
  });

  it("sends with rows and notices in one transaction; refuses a past deadline; does not send twice to the same person", async () => {
    const doc = (await w.svc.documents.registerFromTemplate(w.secretary)).created[0]!;
    await expect(w.svc.documents.send(w.secretary, doc.id, { kind: "departments", departmentIds: [vp] }, due(2026, 3, 1))).rejects.toMatchObject({ code: "document-deadline-past" });
    expect(await w.tdb.db.documentSend.count()).toBe(0);
    const first = await w.svc.documents.send(w.secretary, doc.id, { kind: "departments", departmentIds: [vp] }, due(2026, 3, 20));
    expect(first.recipients).toBe(2);
    const rows = await w.tdb.db.documentRecipient.findMany({ orderBy: { memberId: "asc" } });
    expect(rows.map((r) => r.departmentId)).toEqual([vp, vp]);
    const notices = await w.tdb.db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: "document-sent:" } } });
    expect(notices).toHaveLength(2);
    expect(JSON.parse(notices[0]!.payload).choices[0][0].typed).toEqual([`/quantriet ${doc.id}`]);
    const second = await w.svc.documents.send(w.secretary, doc.id, { kind: "staff" }, due(2026, 3, 27));
    expect(second).toMatchObject({ recipients: 1, already: 2 });
    await expect(w.svc.documents.send(w.secretary, doc.id, { kind: "staff" }, due(2026, 3, 27))).rejects.toMatchObject({ code: "document-all-sent" });
    expect(await w.tdb.db.documentRecipient.count()).toBe(3);
  });

  it("confirms once; refuses a document not sent to you; the status view counts per department", async () => {
    const doc = (await w.svc.documents.registerFromTemplate(w.secretary)).created[0]!;
    await w.svc.documents.send(w.secretary, doc.id, { kind: "departments", departmentIds: [vp, nv] }, due(2026, 3, 20));
    const err = await w.svc.documents.confirm(w.secretary, doc.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe("document-not-sent-to-you");
    const a = await w.svc.documents.confirm(people[0]!, doc.id, "  Đã đọc kỹ  ");
    expect(a).toMatchObject({ already: false, recipient: { note: "Đã đọc kỹ" } });
    const b = await w.svc.documents.confirm(people[0]!, doc.id, "lần hai");
    expect(b.already).toBe(true);
    expect(b.recipient.note).toBe("Đã đọc kỹ");
    await w.svc.documents.confirm(people[2]!, doc.id);
    const s = await w.svc.documentStatus.status(w.secretary.agencyId, doc.id);
    expect({ total: s.total, confirmed: s.confirmed, done: s.departmentsDone, of: s.departmentsTotal }).toEqual({ total: 3, confirmed: 2, done: 1, of: 2 });
    expect(s.departments.map((g) => [g.name, g.confirmed, g.total, g.pending.map((p) => p.fullName)])).toEqual([
      ["Phòng Nghiệp vụ 1", 1, 1, []],
      ["Văn phòng", 1, 2, ["Lê Thị Bình"]],
    ]);
  });

  it("feeds the 6-month report's sections 2.2 and 2.3 and its weaknesses, with no internal numbers", async () => {
    await w.svc.plan.createFromTemplate(w.secretary, 2026);
    const [d30, d99] = (await w.svc.documents.registerFromTemplate(w.secretary)).created;
    await w.svc.documents.send(w.secretary, d30!.id, { kind: "departments", departmentIds: [vp, nv] }, due(2026, 3, 20));
    await w.svc.documents.send(w.secretary, d99!.id, { kind: "departments", departmentIds: [vp] }, due(2026, 3, 20));
    for (const p of people) await w.svc.documents.confirm(p, d30!.id);
    await w.svc.documents.confirm(people[0]!, d99!.id);
    await w.svc.disclosures.add(w.secretary, { content: "Dự toán ngân sách năm 2026", form: "niemyet", disclosedOn: "2026-03-15" });
    w.clock.set(new Date("2026-06-10T02:00:00Z"));
    await w.svc.reports.ensureFixedRequests(w.secretary.agencyId, 2026);
    const req = (await w.svc.reports.listRequests(w.secretary.agencyId)).find((r) => r.kind === ReportKind.SIX_MONTH)!;
    const { text } = await w.svc.reports.preview(w.secretary.agencyId, req.id);
    expect(text).toContain("Cơ quan đã triển khai, quán triệt 2 văn bản: Chỉ thị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở (số 30-CT/TW ngày 18/02/1998 của Bộ Chính trị)");
    expect(text).toContain("Văn bản được gửi đến 5 lượt đảng viên, công chức, người lao động; 4 lượt đã xác nhận đọc, quán triệt (đạt 80%); 1 trong số 2 phòng được triển khai đã quán triệt đầy đủ.");
    expect(text).toContain("Cơ quan đã thực hiện công khai 1 nội dung: Dự toán ngân sách năm 2026 (niêm yết, ngày 15/03/2026).");
    expect(text).toContain("Còn 1 văn bản chưa được quán triệt, học tập: 99-QĐ/TW");
    expect(text).not.toMatch(/#\d|\d+\/\d+ (người|phòng)/);
  });
});
