import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Member } from "../../src/generated/prisma/client.js";
import { Role } from "../../src/services/roles.js";
import { VoteKind } from "../../src/services/votes.js";
import { serviceWorld, type ServiceWorld } from "../harness/service-fixtures.js";
import type { TestDb } from "../harness/test-db.js";

let w: ServiceWorld;
let head: Member;
let people: Member[];
const deadline = new Date("2026-03-05T10:00:00Z");

beforeEach(async () => {
  w = await serviceWorld();
  head = await w.join(Role.HEAD, "Trần Văn Hùng", "2");
  people = [
    head,
    await w.join(Role.DEPUTY, "Lê Thị Hoa", "3"),
    await w.join(Role.MEMBER, "Phạm Văn Minh", "4"),
    await w.join(Role.MEMBER, "Đỗ Thị Thu", "5"),
  ];
});
afterEach(() => w.tdb.close());

const secretYesNo = { question: "Thông qua dự thảo Quy chế chi tiêu nội bộ năm 2026", kind: VoteKind.YES_NO, secret: true, deadline };

type Dump = Record<string, Record<string, unknown>[]>;

/**
 * Every row of every table with its physical position: on SQLite its rowid,
 * read from the file itself (not through Prisma); on PostgreSQL its ctid.
 */
async function dumpOf(tdb: TestDb): Promise<Dump> {
  if (tdb.provider === "sqlite") return dumpAll(tdb.file);
  const tables = (await tdb.db.$queryRawUnsafe<{ name: string }[]>(
    "SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
  )).map((r) => r.name);
  const out: Dump = {};
  for (const t of tables) out[t] = JSON.parse(JSON.stringify(await tdb.db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT ctid::text AS "__rowid", * FROM "${t}" ORDER BY ctid`), (_k, v: unknown) => (typeof v === "bigint" ? Number(v) : v)));
  return out;
}

function dumpAll(file: string): Dump {
  const raw = new Database(file, { readonly: true });
  const tables = (raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name);
  const out: Dump = {};
  for (const t of tables) out[t] = raw.prepare(`SELECT rowid AS "__rowid", * FROM "${t}" ORDER BY rowid`).all() as Record<string, unknown>[];
  raw.close();
  return out;
}

/** "Table.column" for every column whose values differ between two dumps (row by row, in rowid order). */
function differingColumns(x: Dump, y: Dump): Set<string> {
  const out = new Set<string>();
  for (const t of Object.keys(x)) {
    const rx = x[t]!;
    const ry = y[t] ?? [];
    if (rx.length !== ry.length) out.add(`${t}.*rows*`);
    for (let i = 0; i < Math.min(rx.length, ry.length); i++) {
      for (const c of Object.keys(rx[i]!)) if (JSON.stringify(rx[i]![c]) !== JSON.stringify(ry[i]![c])) out.add(`${t}.${c}`);
    }
  }
  return out;
}

/** The secret-ballot proofs read the SQLite file itself; `npm run test:pg` runs the rest on PostgreSQL. */
const ON_POSTGRES = process.env.TEST_DATABASE === "postgresql";

async function tableCounts(): Promise<Record<string, number>> {
  const sql = ON_POSTGRES
    ? "SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
    : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
  const tables = (await w.tdb.db.$queryRawUnsafe<{ name: string }[]>(sql)).map((r) => r.name);
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = Number((await w.tdb.db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT COUNT(*) AS n FROM "${t}"`))[0]!.n);
  return out;
}

describe("VoteService", () => {
  it("opens a committee vote with a roll in name order and a notice with typed commands per voter", async () => {
    const { vote, voters } = await w.svc.votes.open(w.secretary, { kind: "committee" }, secretYesNo);
    expect(voters).toBe(5);
    expect(vote.number).toBe(1);
    expect(vote.labels).toEqual(["Tán thành", "Không tán thành", "Không biểu quyết"]);
    const notices = await w.tdb.db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: "vote-open:" } } });
    expect(notices).toHaveLength(5);
    expect(notices[0]!.payload).toContain("/bieuquyet 1 2");
  });

  it("refuses bad input and writes nothing", async () => {
    const before = await tableCounts();
    await expect(w.svc.votes.open(w.secretary, { kind: "committee" }, { ...secretYesNo, deadline: new Date("2026-03-01T00:00:00Z") })).rejects.toMatchObject({ code: "vote-past-deadline" });
    await expect(w.svc.votes.open(w.secretary, { kind: "committee" }, { ...secretYesNo, question: "   " })).rejects.toMatchObject({ code: "vote-bad-question" });
    await expect(w.svc.votes.open(w.secretary, { kind: "committee" }, { ...secretYesNo, kind: VoteKind.CHOICES, choices: ["A"] })).rejects.toMatchObject({ code: "vote-bad-choices" });
    await expect(w.svc.votes.open(w.secretary, { kind: "staff" }, secretYesNo)).rejects.toMatchObject({ code: "vote-empty-audience" });
    await expect(w.svc.votes.open(people[2]!, { kind: "committee" }, secretYesNo)).rejects.toMatchObject({ code: "vote-managers-only" });
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses a second ballot, a ballot from outside the roll, a wrong choice and a late ballot, writing nothing", async () => {
    await w.svc.votes.open(w.secretary, { kind: "committee" }, secretYesNo);
    const staff = await w.join(Role.STAFF, "Ngô Văn Tư", "9");
    await w.svc.votes.cast(people[1]!, 1, 1);
    const before = await tableCounts();
    await expect(w.svc.votes.cast(people[1]!, 1, 2)).rejects.toMatchObject({ code: "vote-already" });
    await expect(w.svc.votes.cast(staff, 1, 1)).rejects.toMatchObject({ code: "vote-not-eligible" });
    await expect(w.svc.votes.cast(people[2]!, 1, 4)).rejects.toMatchObject({ code: "vote-bad-choice" });
    await expect(w.svc.votes.result(people[2]!, 1)).rejects.toMatchObject({ code: "vote-not-over" });
    w.clock.set("2026-03-05T10:00:00Z");
    await expect(w.svc.votes.cast(people[2]!, 1, 1)).rejects.toMatchObject({ code: "vote-closed" });
    expect(await tableCounts()).toEqual(before);
    expect((await w.tdb.db.voteBox.findUniqueOrThrow({ where: { voteId: 1 } })).counts).toBe("[1,0,0]");
  });

  it("shows who voted what in an open vote, to the committee only, after closing", async () => {
    const staff = await w.join(Role.STAFF, "Ngô Văn Tư", "9");
    await w.svc.votes.open(w.secretary, { kind: "all" }, { question: "Chọn ngày tổ chức Hội nghị công chức", kind: VoteKind.CHOICES, choices: ["Thứ Sáu", "Thứ Bảy"], secret: false, deadline });
    await w.svc.votes.cast(head, 1, 1);
    await w.svc.votes.cast(staff, 1, 2);
    await w.svc.votes.cast(people[1]!, 1, 1);
    const closed = await w.svc.votes.close(w.secretary, 1);
    expect(closed.counts.map((c) => c.count)).toEqual([2, 1]);
    expect(closed.winner).toBe("Thứ Sáu");
    expect((await w.svc.votes.result(head, 1)).showNames).toBe(true);
    expect((await w.svc.votes.result(staff, 1)).showNames).toBe(false);
    expect(closed.named).toContainEqual({ fullName: "Ngô Văn Tư", label: "Thứ Bảy" });
    expect(closed.named).toContainEqual({ fullName: "Phạm Văn Minh", label: null });
    // Closing again is refused (this world has no group bound, so nothing was queued for one).
    await expect(w.svc.votes.close(w.secretary, 1)).rejects.toMatchObject({ code: "vote-already-closed" });
    expect(await w.tdb.db.outboxMessage.count({ where: { dedupeKey: "vote-result:1" } })).toBe(0);
  });
});

describe("secret ballot", () => {
  it.skipIf(ON_POSTGRES)("gives the right result for 5 voters and its rows hold no link between a person and a ballot", async () => {
    await w.svc.votes.open(w.secretary, { kind: "committee" }, secretYesNo);
    const before = await tableCounts();
    const opened = dumpAll(w.tdb.file);
    // Lan yes, Hùng no, Hoa yes, Minh abstains, Thu yes.
    const ballots: [Member, number][] = [[w.secretary, 1], [people[0]!, 2], [people[1]!, 1], [people[2]!, 3], [people[3]!, 1]];
    for (const [m, choice] of ballots) {
      w.clock.advance(3_600_000);
      await w.svc.votes.cast(m, 1, choice);
    }
    w.clock.set("2026-03-05T10:00:01Z");
    const { result } = await w.svc.votes.result(w.secretary, 1);
    expect(result.counts.map((c) => [c.label, c.count])).toEqual([["Tán thành", 3], ["Không tán thành", 1], ["Không biểu quyết", 1]]);
    expect(result.voted).toBe(5);
    expect(result.winner).toBe("Tán thành");
    expect(result.named).toBeNull();

    // Voting inserted no row anywhere: it only flipped flags and changed counts.
    expect(await tableCounts()).toEqual(before);

    // Every table, every column, straight from the file.
    const dump = dumpAll(w.tdb.file);
    // The choices are written once; the ballot box is one row with every count, and nothing else.
    expect(Object.keys(dump.VoteChoice![0]!).sort()).toEqual(["__rowid", "label", "position", "voteId"]);
    expect(dump.VoteChoice).toEqual(opened.VoteChoice);
    expect(dump.VoteBox).toEqual([{ __rowid: 1, voteId: 1, counts: "[3,1,1]" }]);
    expect(Object.keys(dump.VoteVoter![0]!).sort()).toEqual(["__rowid", "choice", "memberId", "voteId", "voted"]);
    expect(dump.VoteVoter!.every((r) => r.voted === 1 && r.choice === null)).toBe(true);
    // The marks sit in the order of the roll (names), written when the vote opened, not in the order of voting.
    const roll = (d: Dump) => d.VoteVoter!.map((r) => [r.__rowid, r.memberId]);
    expect(roll(dump)).toEqual(roll(opened));
    expect(dump.VoteVoter!.map((r) => r.memberId)).not.toEqual(ballots.map(([m]) => m.id));
    expect(dump.AuditLog!.some((a) => /vote/i.test(String(a.action)))).toBe(false);
  });

  it("leaves every table and column the same whoever chose what: the database cannot tell two assignments apart", async () => {
    // Two agencies' worth of the same story in two databases, same clock, same people; only who chose what differs.
    const run = async (assignment: number[]) => {
      const world = await serviceWorld();
      const h = await world.join(Role.HEAD, "Trần Văn Hùng", "2");
      const rest = [h, await world.join(Role.DEPUTY, "Lê Thị Hoa", "3"), await world.join(Role.MEMBER, "Phạm Văn Minh", "4"), await world.join(Role.MEMBER, "Đỗ Thị Thu", "5")];
      await world.svc.votes.open(world.secretary, { kind: "committee" }, secretYesNo);
      const before = await dumpOf(world.tdb);
      const voters = [world.secretary, ...rest];
      for (let i = 0; i < voters.length; i++) {
        world.clock.advance(600_000);
        await world.svc.votes.cast(voters[i]!, 1, assignment[i]!);
      }
      const after = await dumpOf(world.tdb);
      await world.tdb.close();
      return { before, after };
    };
    // The same ballots (3 yes, 1 no, 1 abstain), cast by different people in the same order.
    const a = await run([1, 2, 1, 3, 1]);
    const b = await run([2, 1, 3, 1, 1]);
    // Columns that differ between the two databases anyway (random invitation codes…).
    const random = differingColumns(a.before, b.before);
    expect(differingColumns(a.after, b.after)).toEqual(random);
    expect([...random].some((c) => c.startsWith("Vote"))).toBe(false);
  });

  it("gives two voters' marks nothing that tells which ballot is whose, whatever they chose", async () => {
    await w.svc.votes.open(w.secretary, { kind: "committee" }, secretYesNo);
    const snapshot = () => w.tdb.db.voteVoter.findMany({ where: { voteId: 1 }, orderBy: { memberId: "asc" } });
    await w.svc.votes.cast(people[0]!, 1, 1);
    await w.svc.votes.cast(people[1]!, 1, 2);
    const a = await snapshot();
    const rowA = a.find((r) => r.memberId === people[0]!.id)!;
    const rowB = a.find((r) => r.memberId === people[1]!.id)!;
    // Apart from whose mark it is, the two marks are identical.
    expect({ ...rowA, memberId: 0 }).toEqual({ ...rowB, memberId: 0 });
  });
});
