import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestBot, texts, choiceLabels } from "../harness/test-bot.js";
import { Role, seedAgency, type SeededAgency } from "../harness/fixtures.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { documentRemindersJob } from "../../src/scheduler/jobs/document-reminders.js";

/**
 * Issue 11, "Done when": a directive is sent to two departments; 7 of 9 people
 * confirm (by the choice and by typing), the two others are reminded once,
 * although the reminder job runs on two schedulers and after a restart. Bad
 * input (a past deadline, an empty title, confirming a document not sent to
 * you) is answered in Vietnamese and writes nothing. Runs with buttons and with
 * QCDC_TEST_BUTTONS=off.
 */
const vn = (day: string, time = "08:00") => new Date(`${day}T${time}:00+07:00`);

let t: TestBot;
let a: SeededAgency;
let docId: number;
const VP = ["an", "binh", "chi", "dung", "giang"];
const NV1 = ["hai", "khanh", "lam", "mai"];

beforeAll(async () => {
  t = TestBot.create({ now: vn("2026-03-02").toISOString() }); // Monday 02/03/2026 08:00
  a = await seedAgency(t, {
    an: { role: Role.HEAD, fullName: "Võ Minh An" },
    binh: { role: Role.MEMBER, fullName: "Trần Văn Bình" },
    chi: { role: Role.STAFF, fullName: "Phạm Thị Chi" },
    dung: { role: Role.STAFF, fullName: "Lê Văn Dũng" },
    giang: { role: Role.STAFF, fullName: "Ngô Thị Giang" },
    hai: { role: Role.STAFF, fullName: "Đỗ Văn Hải" },
    khanh: { role: Role.STAFF, fullName: "Bùi Thị Khánh" },
    lam: { role: Role.STAFF, fullName: "Hồ Văn Lâm" },
    mai: { role: Role.STAFF, fullName: "Đặng Thị Mai" },
    nam: { role: Role.STAFF, fullName: "Trịnh Văn Nam" },
  });
}, 60_000);
afterAll(() => t.close());

const lan = () => a.secretary.user;
const person = (k: string) => a.people[k]!;

describe("departments", () => {
  it("the secretary adds departments, puts people in them and sees the counts", async () => {
    expect(texts(await lan().send("/phong"))).toContain("chưa có phòng nào");
    expect(texts(await lan().send("/phong them Văn phòng"))).toContain("Đã thêm Văn phòng");
    expect(texts(await lan().send("/phong them Phòng Nghiệp vụ 1"))).toContain("Đã thêm Phòng Nghiệp vụ 1");
    expect(texts(await lan().send("/phong them Phong Nghiep vu 2"))).toContain("Đã thêm");
    expect(texts(await lan().send("/phong them văn phòng"))).toContain("Đã có Văn phòng");
    for (const k of VP) expect(texts(await lan().send(`/phong gan ${person(k).member.id} Văn phòng`))).toContain("thuộc Văn phòng");
    for (const k of NV1) expect(texts(await lan().send(`/phong gan ${person(k).member.id} Nghiệp vụ 1`))).toContain("thuộc Phòng Nghiệp vụ 1");
    expect(texts(await lan().send(`/phong gan ${person("nam").member.id} Phòng Kế toán`))).toContain("Không có phòng “Phòng Kế toán”");
    const nv2 = await t.db.department.findFirstOrThrow({ where: { name: "Phong Nghiep vu 2" } });
    expect(texts(await lan().send(`/phong doiten ${nv2.id} Phòng Nghiệp vụ 2`))).toContain("thành Phòng Nghiệp vụ 2");
    expect(texts(await lan().send(`/phong gan ${person("nam").member.id} ${nv2.id}`))).toContain("thuộc Phòng Nghiệp vụ 2");
    const list = texts(await lan().send("/phong"));
    expect(list).toContain("Văn phòng — 5 người");
    expect(list).toContain("Phòng Nghiệp vụ 1 — 4 người");
    expect(list).toContain("Phòng Nghiệp vụ 2 — 1 người");
    expect(texts(await lan().send("/thanhvien"))).toContain("Đỗ Văn Hải — Công chức, người lao động (Chuyên viên) · Phòng Nghiệp vụ 1");
    const audits = await t.db.auditLog.count({ where: { action: { in: ["department.create", "department.rename", "member.department"] } } });
    expect(audits).toBe(3 + 1 + 10);
  });

  it("an invitation can carry a department, and the newcomer joins it", async () => {
    expect(texts(await lan().send("/moi congchuc 5 phòng Nghiệp vụ 2"))).toContain("sẽ thuộc Phòng Nghiệp vụ 2");
    const invite = await t.db.invite.findFirstOrThrow({ orderBy: { id: "desc" }, include: { department: true } });
    expect(invite.department?.name).toBe("Phòng Nghiệp vụ 2");
    expect(texts(await lan().send("/moi congchuc phòng Kế toán"))).toContain("Không có phòng");
    expect(await t.db.invite.count()).toBe(11); // the ten of the seed and this one
    const joined = await t.deps.services.roster.joinWithInvite({ code: invite.code, user: { platform: "telegram", userId: "900" }, profile: { fullName: "Mạc Văn Phúc", position: "Chuyên viên" } });
    expect(joined.departmentId).toBe(invite.departmentId);
  });
});

describe("a directive studied by two departments", () => {
  it("registers the plan's directives in one step", async () => {
    const r = texts(await lan().send("/vanban mau"));
    expect(r).toContain("Đã đăng ký 5 văn bản");
    expect(r).toContain("30-CT/TW");
    docId = (await t.db.studyDocument.findFirstOrThrow({ where: { number: "30-CT/TW" } })).id;
    expect(texts(await lan().send("/vanban mau"))).toContain("đều đã được đăng ký");
    expect(await t.db.studyDocument.count()).toBe(5);
  });

  it("refuses a past deadline, an empty title and an unknown department, writing nothing", async () => {
    expect(texts(await lan().send(`/vanban gui ${docId} 01/03/2026 phòng Văn phòng`))).toContain("Hạn quán triệt đã qua");
    expect(texts(await lan().send(`/vanban gui ${docId} 31/02/2026 phòng Văn phòng`))).toContain("dd/mm/yyyy");
    expect(texts(await lan().send(`/vanban gui ${docId} 13/03/2026 phòng Kế toán`))).toContain("Không có phòng: Kế toán");
    expect(texts(await lan().send("/vanban them 12-KH/TTr |  | Thanh tra tỉnh | 01/03/2026 | Kế hoạch năm"))).toContain("Chưa có trích yếu");
    expect(await t.db.documentSend.count()).toBe(0);
    expect(await t.db.documentRecipient.count()).toBe(0);
    expect(await t.db.outboxMessage.count({ where: { dedupeKey: { startsWith: "document-" } } })).toBe(0);
    expect(await t.db.studyDocument.count()).toBe(5);
  });

  it("sends to Văn phòng and Phòng Nghiệp vụ 1: nine rows, nine private notices with the choice", async () => {
    const r = texts(await lan().send(`/vanban gui ${docId} 13/03/2026 phòng Văn phòng, Phòng Nghiệp vụ 1`));
    expect(r).toContain("đến 9 người (Văn phòng, Phòng Nghiệp vụ 1), hạn quán triệt 13/03/2026");
    expect(await t.db.documentRecipient.count({ where: { documentId: docId } })).toBe(9);
    await t.flushOutbox();
    for (const k of [...VP, ...NV1]) {
      const notice = person(k).user.inbox().at(-1)!;
      expect(notice.text).toContain("Văn bản cần quán triệt: 30-CT/TW");
      expect(notice.text).toContain("Hạn quán triệt: 13/03/2026");
      expect(choiceLabels(notice)).toContain("Đã đọc, đã quán triệt");
    }
    expect(person("nam").user.inbox()).toHaveLength(0);
  });

  it("seven confirm, by the choice or by typing; a second confirmation changes nothing", async () => {
    for (const k of ["an", "binh", "chi", "hai"]) expect(texts(await person(k).user.click("Đã đọc, đã quán triệt"))).toContain("Đã ghi nhận đồng chí đã đọc, đã quán triệt 30-CT/TW");
    for (const k of ["dung", "giang"]) expect(texts(await person(k).user.send(`/quantriet ${docId}`))).toContain("Đã ghi nhận");
    expect(texts(await person("khanh").user.send(`/quantriet ${docId} Đã nghiên cứu, sẽ quán triệt trong phòng.`))).toContain("kèm ghi chú");
    const first = await t.db.documentRecipient.findFirstOrThrow({ where: { documentId: docId, memberId: person("an").member.id } });
    t.clock.advance(60_000);
    expect(texts(await person("an").user.send(`/quantriet ${docId}`))).toContain("không cần xác nhận lại");
    const again = await t.db.documentRecipient.findFirstOrThrow({ where: { id: first.id } });
    expect(again.confirmedAt).toEqual(first.confirmedAt);
    expect(await t.db.documentRecipient.count({ where: { documentId: docId, confirmedAt: { not: null } } })).toBe(7);
    const khanh = await t.db.documentRecipient.findFirstOrThrow({ where: { documentId: docId, memberId: person("khanh").member.id } });
    expect(khanh.note).toBe("Đã nghiên cứu, sẽ quán triệt trong phòng.");
  });

  it("refuses a confirmation of a document not sent to you, writing nothing", async () => {
    expect(texts(await person("nam").user.send(`/quantriet ${docId}`))).toContain("không được gửi đến đồng chí");
    const other = await t.db.studyDocument.findFirstOrThrow({ where: { number: "05-CT/TU" } });
    expect(texts(await person("an").user.send(`/quantriet ${other.id}`))).toContain("không được gửi đến đồng chí");
    expect(await t.db.documentRecipient.count()).toBe(9);
    expect(texts(await person("nam").user.send("/quantriet"))).toContain("không còn văn bản nào");
  });

  it("shows the secretary who has not confirmed, per department", async () => {
    const r = texts(await lan().send(`/vanban ${docId}`));
    expect(r).toContain("Đã quán triệt: 7/9 người; 1/2 phòng đã quán triệt.");
    expect(r).toContain("Văn phòng: 5/5");
    expect(r).toContain("Phòng Nghiệp vụ 1: 2/4 — chưa quán triệt: Đặng Thị Mai, Hồ Văn Lâm");
    expect(texts(await lan().send("/vanban"))).toContain("7/9 người đã quán triệt, hạn 13/03/2026");
    expect(texts(await person("lam").user.send("/quantriet"))).toContain(`#${docId} 30-CT/TW`);
  });

  it("reminds the two others once, two working days before, across two schedulers and a restart", async () => {
    expect(texts(await lan().send("/vanban nhac 11"))).toContain("từ 0 đến 10");
    expect(texts(await lan().send("/vanban nhac"))).toContain("nhắc 2 ngày làm việc trước hạn");
    const before = { lam: person("lam").user.inbox().length, mai: person("mai").user.inbox().length, an: person("an").user.inbox().length };
    const one = new Scheduler(t.deps, [documentRemindersJob]);
    const two = new Scheduler(t.deps, [documentRemindersJob]);
    t.clock.set(vn("2026-03-10", "09:00")); // Tuesday: too early
    await one.tick();
    expect(await t.db.outboxMessage.count({ where: { dedupeKey: { startsWith: "document-reminder:" } } })).toBe(0);
    t.clock.set(vn("2026-03-11", "08:00")); // Wednesday 11/03: 2 working days before Friday 13/03
    await Promise.all([one.tick(), two.tick()]);
    t.clock.set(vn("2026-03-11", "09:00"));
    await one.tick();
    await new Scheduler(t.deps, [documentRemindersJob]).tick(); // a restart
    await t.flushOutbox();
    for (const k of ["lam", "mai"]) {
      const got = person(k).user.inbox().slice(before[k as "lam" | "mai"]);
      expect(got).toHaveLength(1);
      expect(got[0]!.text).toMatch(/^⏰ Nhắc quán triệt: 30-CT\/TW — /);
      expect(got[0]!.text).toContain("hạn 13/03/2026");
      expect(choiceLabels(got[0]!)).toContain("Đã đọc, đã quán triệt");
    }
    expect(person("an").user.inbox().length).toBe(before.an);
    expect(await t.db.jobRun.count({ where: { key: { startsWith: "document-reminder:" } } })).toBe(1);
    // The reminder's choice confirms.
    expect(texts(await person("lam").user.click("Đã đọc, đã quán triệt"))).toContain("Đã ghi nhận");
    expect(await t.db.documentRecipient.count({ where: { documentId: docId, confirmedAt: { not: null } } })).toBe(8);
  });
});

describe("/congkhai", () => {
  it("the secretary records what was made public; any member reads it", async () => {
    expect(texts(await person("chi").user.send("/congkhai"))).toContain("chưa có nội dung nào");
    expect(texts(await lan().send("/congkhai them niemyet | 15/03/2026 | Dự toán ngân sách năm 2026"))).toContain("Đã ghi vào sổ công khai");
    expect(texts(await lan().send("/congkhai them bang loa | 15/03/2026 | Nội dung"))).toContain("Hình thức công khai là một trong");
    expect(texts(await lan().send("/congkhai them hop | 15/03/2026 |  "))).toContain("Chưa ghi nội dung");
    expect(texts(await person("chi").user.send("/congkhai them hop | 15/03/2026 | Quy chế chi tiêu nội bộ"))).toContain("chỉ dành cho Trưởng ban và Thư ký");
    expect(await t.db.publicDisclosure.count()).toBe(1);
    const r = texts(await person("chi").user.send("/congkhai"));
    expect(r).toContain("15/03/2026 · Niêm yết: Dự toán ngân sách năm 2026");
    expect(r).not.toContain("Ghi thêm");
  });

  it("/trogiup lists the new commands to those who may use them", async () => {
    const sec = texts(await lan().send("/trogiup"));
    for (const c of ["/phong", "/vanban", "/quantriet", "/congkhai"]) expect(sec).toContain(c);
    const staff = texts(await person("chi").user.send("/trogiup"));
    expect(staff).toContain("/quantriet");
    expect(staff).toContain("/congkhai");
    expect(staff).not.toContain("/vanban —");
  });
});
