import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../src/generated/prisma/client.js";
import { FakeClock } from "../src/clock.js";
import { createServices } from "../src/services/index.js";
import { createTestDb } from "../tests/harness/test-db.js";
import { documentReportStats } from "../src/services/documents-report.js";
import { measure, type Benchmark, type BenchResult } from "./lib.js";

/**
 * Issue 11's figures: who has not confirmed a document (`/vanban <số>`), the
 * list of documents (`/vanban`) and the report's figures, at 500 staff in 10
 * departments and 50 documents each sent to everyone (25,000 recipient rows,
 * two thirds confirmed). The query count of each is printed in its label: it
 * must not grow with the data.
 */
const STAFF = 500;
const DOCUMENTS = 50;
const DEPARTMENTS = 10;

const bench: Benchmark = {
  name: `documents (/vanban) — ${STAFF} staff, ${DOCUMENTS} documents`,
  async run() {
    const tdb = createTestDb();
    const queries: string[] = [];
    const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: tdb.file }), log: [{ emit: "event", level: "query" }] });
    db.$on("query", (e) => queries.push(e.query));
    try {
      const clock = new FakeClock("2026-03-02T01:00:00Z");
      const svc = createServices({ db, clock, timezone: "Asia/Ho_Chi_Minh" });
      const agencyId = await seed(db, clock.now());
      const count = async (fn: () => Promise<unknown>) => {
        queries.length = 0;
        await fn();
        return queries.length;
      };
      const docId = DOCUMENTS; // the last one
      const status = await svc.documentStatus.status(agencyId, docId);
      if (status.total !== STAFF || status.departmentsTotal !== DEPARTMENTS) throw new Error(`unexpected status: ${status.total} / ${status.departmentsTotal}`);
      const statusQ = await count(() => svc.documentStatus.status(agencyId, docId));
      const listQ = await count(() => svc.documentStatus.list(agencyId));
      const stats = documentReportStats(db, "Asia/Ho_Chi_Minh");
      const from = new Date("2026-01-01T00:00:00+07:00");
      const to = new Date("2026-06-30T23:59:59+07:00");
      const statsQ = await count(() => stats(agencyId, from, to, to));
      const results: BenchResult[] = [
        await measure(`who has not confirmed, one document (${statusQ} queries)`, 40, () => svc.documentStatus.status(agencyId, docId), { targetMs: 100 }),
        await measure(`list of ${DOCUMENTS} documents with counts (${listQ} queries)`, 40, () => svc.documentStatus.list(agencyId), { targetMs: 150 }),
        await measure(`report figures for a half-year (${statsQ} queries)`, 20, () => stats(agencyId, from, to, to), { targetMs: 500 }),
      ];
      return results;
    } finally {
      await db.$disconnect();
      await tdb.close();
    }
  },
};

/** An agency, its departments, 500 staff, 50 documents each sent to all with two thirds confirmed. */
async function seed(db: PrismaClient, now: Date): Promise<number> {
  const agency = await db.agency.create({ data: { name: "Cơ quan thử nghiệm", createdAt: now } });
  const secretary = await db.member.create({ data: { agencyId: agency.id, platformUserId: "1", fullName: "Nguyễn Thị Lan", position: "Chánh Văn phòng", role: "SECRETARY", joinedAt: now } });
  const depts: { id: number }[] = [];
  for (let i = 0; i < DEPARTMENTS; i++) depts.push(await db.department.create({ data: { agencyId: agency.id, name: `Phòng ${i + 1}`, nameKey: `phong${i + 1}`, createdAt: now } }));
  await db.member.createMany({
    data: Array.from({ length: STAFF }, (_, i) => ({ agencyId: agency.id, platformUserId: String(1000 + i), fullName: `Công chức Số ${i + 1}`, position: "Chuyên viên", role: "STAFF" as const, joinedAt: now, departmentId: depts[i % DEPARTMENTS]!.id })),
  });
  const staff = await db.member.findMany({ where: { agencyId: agency.id, role: "STAFF" }, select: { id: true, departmentId: true } });
  const deadline = new Date(now.getTime() + 14 * 86_400_000);
  for (let d = 0; d < DOCUMENTS; d++) {
    const doc = await db.studyDocument.create({
      data: { agencyId: agency.id, number: `${d + 1}-CT/TW`, numberKey: `${d + 1}cttw`, title: `Văn bản thử nghiệm ${d + 1}`, issuer: "Bộ Chính trị", issuedOn: "2026-01-15", summary: "", createdById: secretary.id, createdAt: now },
    });
    const send = await db.documentSend.create({ data: { agencyId: agency.id, documentId: doc.id, audience: '{"kind":"staff"}', deadline, sentById: secretary.id, sentAt: now } });
    await db.documentRecipient.createMany({
      data: staff.map((m, i) => ({ agencyId: agency.id, documentId: doc.id, sendId: send.id, memberId: m.id, departmentId: m.departmentId, confirmedAt: i % 3 ? now : null })),
    });
  }
  return agency.id;
}

export default bench;
