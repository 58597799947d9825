import { afterEach, describe, expect, it } from "vitest";
import { Role } from "../../src/generated/prisma/enums.js";
import { documentReportStats } from "../../src/services/documents-report.js";
import { DocumentStatusService } from "../../src/services/documents-status.js";
import { endOfLocalDay } from "../../src/time/local-day.js";
import { countingDb } from "../harness/counting-db.js";
import { serviceWorld, TZ, type ServiceWorld } from "../harness/service-fixtures.js";

/**
 * The hot paths of documents (docs/documents.md, "Queries"): who has not
 * confirmed one document, the list of documents and the report's figures run
 * the same number of Prisma operations whatever the number of people,
 * departments and documents (bench/documents.bench.ts times them at 500 staff).
 */
let w: ServiceWorld;
const worlds: ServiceWorld[] = [];
afterEach(async () => {
  for (const x of worlds.splice(0)) await x.tdb.close();
});

async function world(people: number, departments: number, documents: number) {
  w = await serviceWorld();
  const depts: number[] = [];
  for (let d = 0; d < departments; d++) depts.push((await w.svc.departments.add(w.secretary, `Phòng Nghiệp vụ ${d + 1}`)).id);
  const members = [];
  for (let i = 0; i < people; i++) {
    const m = await w.join(Role.STAFF, `Công chức ${i + 1}`, String(100 + i));
    await w.svc.departments.assign(w.secretary, m.id, depts[i % departments]!);
    members.push(m);
  }
  const deadline = endOfLocalDay({ year: 2026, month: 3, day: 20 }, TZ);
  let last = 0;
  for (let d = 0; d < documents; d++) {
    const doc = await w.svc.documents.register(w.secretary, { number: `${d + 1}-KH/TTr`, title: `Kế hoạch số ${d + 1}`, issuer: "Thanh tra tỉnh", issuedOn: "2026-03-01", summary: "" });
    await w.svc.documents.send(w.secretary, doc.id, { kind: "all" }, deadline);
    last = doc.id;
  }
  for (const m of members.slice(0, Math.ceil(people / 2))) await w.svc.documents.confirm(m, last);
  return { agencyId: w.secretary.agencyId, last };
}

async function operations(people: number, departments: number, documents: number): Promise<number[]> {
  const { agencyId, last } = await world(people, departments, documents);
  const counted = countingDb(w.tdb.db);
  const svc = new DocumentStatusService({ db: counted.db });
  const out: number[] = [];
  for (const run of [() => svc.status(agencyId, last), () => svc.list(agencyId), () => documentReportStats(counted.db, TZ)(agencyId, new Date("2026-01-01T00:00:00+07:00"), new Date("2026-06-30T23:59:59+07:00"), w.clock.now())]) {
    counted.reset();
    await run();
    out.push(counted.count());
  }
  worlds.push(w);
  return out;
}

describe("documents: a constant number of queries", () => {
  it("is the same for 4 people in 2 departments with 2 documents and for 24 people in 6 departments with 6 documents", async () => {
    const small = await operations(4, 2, 2);
    const large = await operations(24, 6, 6);
    expect(large).toEqual(small);
    expect(small).toEqual([4, 4, 5]);
  }, 60_000);
});
