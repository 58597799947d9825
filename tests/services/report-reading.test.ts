import { afterEach, describe, expect, it } from "vitest";
import { FakeClock } from "../../src/clock.js";
import { ReportKind, Role, TaskStatus } from "../../src/generated/prisma/enums.js";
import { createServices, type Services } from "../../src/services/index.js";
import { createTestDb, type TestDb } from "../harness/test-db.js";
import { YEAR_SECTIONS, seedRealisticYear } from "../harness/report-seed.js";
import { docxText } from "./docx-read.js";

/**
 * Issue 12, point 5: the 6-month and annual reports of a realistic year, read as
 * the office would read them before signing. Each check below is something a
 * clerk looks for on the page; the figures are recounted from the tables.
 */
const TZ = "Asia/Ho_Chi_Minh";
const NAMES = ["Lê Thị Hoa", "Phạm Minh Đức", "Nguyễn Thị Lan", "Trần Văn Hùng"];
const ROMAN = ["I", "II", "III", "IV", "V"];

let t: TestDb;
afterEach(async () => t?.close());

async function world(nowIso: string): Promise<{ services: Services; agencyId: number; secretaryId: number; now: Date }> {
  t = createTestDb();
  const clock = new FakeClock(nowIso);
  const services = createServices({ db: t.db, clock, timezone: TZ });
  const agency = await t.db.agency.create({ data: { name: "Thanh tra tỉnh Tây Ninh", createdAt: clock.now() } });
  const roles = [Role.MEMBER, Role.MEMBER, Role.SECRETARY, Role.HEAD];
  const ids: number[] = [];
  for (const [i, fullName] of NAMES.entries()) {
    ids.push((await t.db.member.create({ data: { agencyId: agency.id, platformUserId: String(i + 1), fullName, position: "Chuyên viên", role: roles[i]!, joinedAt: clock.now() } })).id);
  }
  await seedRealisticYear(t.db, agency.id, ids.slice(0, 3), clock.now(), NAMES);
  await services.reports.ensureFixedRequests(agency.id, 2026);
  return { services, agencyId: agency.id, secretaryId: ids[2]!, now: clock.now() };
}

/** The body: from part I to the closing sentence (the header and Nơi nhận name bodies and the signer on purpose). */
function bodyOf(text: string): string {
  const start = text.indexOf("I. KẾT QUẢ THỰC HIỆN");
  const end = text.indexOf("Trên đây là báo cáo");
  expect(start, "part I").toBeGreaterThan(0);
  expect(end, "closing sentence").toBeGreaterThan(start);
  return text.slice(start, end);
}

const isPart = (line: string) => /^(I|II|III|IV|V|VI)\. /.test(line);
const isSub = (line: string) => /^\d+(\.\d+)*\.? /.test(line) && /^\d+\. [A-ZĐÂĂÊÔƠƯ]/u.test(line);

function partText(body: string, heading: string): string {
  const lines = body.split("\n");
  const i = lines.findIndex((l) => l.startsWith(heading));
  expect(i, heading).toBeGreaterThanOrEqual(0);
  const rest = lines.slice(i + 1);
  const next = rest.findIndex(isPart);
  return (next < 0 ? rest : rest.slice(0, next)).join("\n");
}

async function readBoth(kind: ReportKind, nowIso: string) {
  const w = await world(nowIso);
  const req = (await w.services.reports.listRequests(w.agencyId)).find((r) => r.kind === kind)!;
  const secretary = await t.db.member.findUniqueOrThrow({ where: { id: w.secretaryId } });
  const v = await w.services.reports.generate(secretary, req.id);
  return { ...w, req, preview: v.text, docx: await docxText(v.report.docx) };
}

async function checkReads(kind: ReportKind, nowIso: string): Promise<void> {
  const { preview, docx, now, req } = await readBoth(kind, nowIso);
  const body = bodyOf(preview);
  const lines = body.split("\n").filter((l) => l.trim());

  // The chat preview and the .docx say the same thing, paragraph for paragraph.
  for (const line of lines) expect(docx, `.docx lacks: ${line}`).toContain(line.replace(/^- /, ""));

  // Nobody's name, no percent, no internal task number, no spreadsheet pair "2 / 1".
  for (const name of NAMES) expect(body, `names ${name}`).not.toContain(name);
  expect(body).not.toMatch(/%|Nhiệm vụ số|#\d|\d+ \/ \d+/);
  // "Thực hiện Kế hoạch", never "Căn cứ Kế hoạch"; no filler.
  expect(preview).toContain("Thực hiện Kế hoạch số 05-KH/TTr");
  expect(preview).not.toMatch(/Căn cứ Kế hoạch|Không có đề xuất|Số liệu|: 0\b/);

  // Every heading has content under it; a part heading may be followed by its first subsection.
  lines.forEach((line, i) => {
    if (!isPart(line) && !isSub(line)) return;
    const next = lines[i + 1];
    expect(next, `nothing after ${line}`).toBeDefined();
    if (isPart(line)) expect(isPart(next!), `empty part ${line}`).toBe(false);
    else expect(isPart(next!) || isSub(next!), `empty heading ${line}`).toBe(false);
  });

  // One numbering scheme: parts I, II, III … in order; inside each part 1, 2, 3 … in order; no plan codes as headings.
  const parts = lines.filter(isPart).map((l) => l.split(".")[0]!);
  expect(parts).toEqual(ROMAN.slice(0, parts.length));
  expect(parts.length).toBeGreaterThanOrEqual(3);
  let expected = 1;
  for (const l of lines) {
    if (isPart(l)) expected = 1;
    else if (isSub(l)) expect(Number(l.split(".")[0]), `numbering at ${l}`).toBe(expected++);
    expect(l, "a plan code used as a heading").not.toMatch(/^\d+\.\d+\. /);
  }

  // The assessment is there, with its strengths and its shortcomings.
  const assessment = partText(body, "II. ĐÁNH GIÁ CHUNG");
  expect(assessment).toMatch(/^1\. Ưu điểm$/m);
  expect(assessment).toMatch(/^2\. Hạn chế, tồn tại$/m);

  // Direction: no task whose due date has passed; each "trước ngày" date is today or later.
  const direction = partText(body, "III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI");
  const late = await t.db.task.findMany({ where: { status: { in: [TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS] }, dueDate: { lt: now } } });
  expect(late.length, "the seed has late tasks").toBeGreaterThan(0);
  for (const task of late) {
    expect(direction, `late task under direction: ${task.title}`).not.toContain(task.title);
    expect(assessment, `late task missing from hạn chế: ${task.title}`).toContain(task.title.charAt(0).toLowerCase() + task.title.slice(1));
  }
  for (const m of direction.matchAll(/trước ngày (\d{2})\/(\d{2})\/(\d{4})/g)) {
    expect(Date.UTC(+m[3]!, +m[2]! - 1, +m[1]!, 23, 59) >= now.getTime(), `past date under direction: ${m[0]}`).toBe(true);
  }

  // Every figure equals the database's count.
  const from = req.periodFrom;
  const to = req.periodTo;
  const asOf = now < to ? now : to;
  const tasks = await t.db.task.findMany({ include: { section: true } });
  const doneIn = (x: (typeof tasks)[number]) => x.status === TaskStatus.DONE && x.completedAt! >= from && x.completedAt! <= to;
  const overdue = (x: (typeof tasks)[number]) => x.status !== TaskStatus.DONE && x.dueDate !== null && x.dueDate < asOf;
  const lead = /Kế hoạch có (\d+) nhiệm vụ thực hiện trong kỳ; tính đến ngày [\d/]+, ([^.]*)\./.exec(body);
  expect(lead, "the lead sentence").not.toBeNull();
  expect(Number(lead![1])).toBe(tasks.length);
  const num = (text: string, word: string) => Number(new RegExp(`${word} (\\d+)`).exec(text)?.[1] ?? 0);
  expect(num(lead![2]!, "đã hoàn thành")).toBe(tasks.filter(doneIn).length);
  expect(num(lead![2]!, "quá hạn")).toBe(tasks.filter(overdue).length);
  expect(num(lead![2]!, "chưa triển khai")).toBe(tasks.filter((x) => x.status === TaskStatus.NOT_STARTED && !overdue(x)).length);
  expect(num(lead![2]!, "đang thực hiện")).toBe(tasks.filter((x) => x.status === TaskStatus.IN_PROGRESS && !overdue(x)).length);
  expect(num(body, "đã gửi")).toBe(await t.db.progressReport.count({ where: { createdAt: { gte: from, lte: to } } }));
  const fb = await t.db.feedback.findMany();
  expect(body).toContain(`tiếp nhận ${fb.length} ý kiến`);
  expect(body).toContain(`đã trả lời ${fb.filter((f) => f.status === "ANSWERED").length} ý kiến`);
  const held = await t.db.meeting.count({ where: { status: "HELD", startsAt: { gte: from, lte: to } } });
  expect(body).toContain(`Ban Chỉ đạo đã tổ chức ${held} cuộc họp`);
  // Per section: "Nội dung này có N nhiệm vụ: đã hoàn thành X …".
  YEAR_SECTIONS.forEach((s) => {
    const own = tasks.filter((x) => x.section.code === s.code);
    const i = lines.findIndex((l) => isSub(l) && l.endsWith(s.title));
    expect(i, `section ${s.title}`).toBeGreaterThan(0);
    if (own.length < 2) return;
    const sentence = lines[i + 1]!;
    expect(sentence).toMatch(new RegExp(`^(Nội dung này có ${own.length} nhiệm vụ|Cả ${own.length} nhiệm vụ)`));
    if (sentence.startsWith("Nội dung")) expect(num(sentence, "đã hoàn thành")).toBe(own.filter(doneIn).length);
    else expect(own.every(doneIn)).toBe(true);
  });
}

describe("the reports read right (issue 12)", () => {
  it("6-month report of a realistic year", async () => {
    await checkReads(ReportKind.SIX_MONTH, "2026-06-10T02:00:00Z");
  });

  it("annual report of a realistic year", async () => {
    await checkReads(ReportKind.ANNUAL, "2026-12-10T02:00:00Z");
  });

  it("the seed gives the body a member's note that names a colleague, which the report leaves out", async () => {
    const { preview } = await readBoth(ReportKind.SIX_MONTH, "2026-06-10T02:00:00Z");
    const note = await t.db.progressReport.findFirst({ where: { result: { contains: NAMES[1]! } } });
    expect(note, "a note naming a member exists").not.toBeNull();
    expect(bodyOf(preview)).not.toContain(NAMES[1]!);
  });
});
