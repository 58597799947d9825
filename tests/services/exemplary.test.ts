import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Member } from "../../src/generated/prisma/client.js";
import { ReportKind } from "../../src/generated/prisma/enums.js";
import { loadExemplaryCriteria } from "../../src/services/exemplary-criteria.js";
import { ExemplaryStatus } from "../../src/services/exemplary.js";
import { Role } from "../../src/services/roles.js";
import { serviceWorld, type ServiceWorld } from "../harness/service-fixtures.js";
import { docxText } from "./docx-read.js";

let w: ServiceWorld;
let head: Member;
let hoa: Member;
let minh: Member;
let tu: Member;
const closes = new Date("2026-11-20T10:00:00Z");
const voteDeadline = new Date("2026-11-27T10:00:00Z");

beforeEach(async () => {
  w = await serviceWorld("2026-11-02T01:00:00Z");
  head = await w.join(Role.HEAD, "Trần Văn Hùng", "2");
  hoa = await w.join(Role.DEPUTY, "Lê Thị Hoa", "3");
  minh = await w.join(Role.MEMBER, "Phạm Văn Minh", "4");
  tu = await w.join(Role.STAFF, "Ngô Văn Tư", "5");
});
afterEach(() => w.tdb.close());

const REASONS = "Hoàn thành xuất sắc nhiệm vụ, gương mẫu thực hiện Quy chế dân chủ ở cơ sở";

describe("criteria data", () => {
  it("names Hướng dẫn 03-HD/BDVTU and says its wording is still to be checked", () => {
    const c = loadExemplaryCriteria();
    expect(c.source).toContain("03-HD/BDVTU");
    expect(c.verified).toBe(false);
    expect(c.note).toContain("đối chiếu");
    expect(c.criteria.length).toBeGreaterThan(0);
  });
});

describe("ExemplaryService", () => {
  it("refuses self-nomination, a second nomination of the same person, unknown people and thin reasons, writing nothing", async () => {
    await expect(w.svc.exemplary.nominate(tu, hoa.id, REASONS)).rejects.toMatchObject({ code: "exemplary-not-nominating" });
    await expect(w.svc.exemplary.open(minh, closes)).rejects.toMatchObject({ code: "vote-managers-only" });
    await expect(w.svc.exemplary.open(w.secretary, new Date("2026-11-01T00:00:00Z"))).rejects.toMatchObject({ code: "exemplary-past-deadline" });
    await w.svc.exemplary.open(w.secretary, closes);
    await expect(w.svc.exemplary.open(w.secretary, closes)).rejects.toMatchObject({ code: "exemplary-round-exists" });
    await w.svc.exemplary.nominate(tu, hoa.id, REASONS);
    await expect(w.svc.exemplary.nominate(tu, hoa.id, "Lý do khác hẳn nhưng vẫn là đề cử lại")).rejects.toMatchObject({ code: "exemplary-already-nominated" });
    await expect(w.svc.exemplary.nominate(tu, tu.id, REASONS)).rejects.toMatchObject({ code: "exemplary-self" });
    await expect(w.svc.exemplary.nominate(tu, 999, REASONS)).rejects.toMatchObject({ code: "exemplary-unknown-member" });
    await expect(w.svc.exemplary.nominate(tu, minh.id, "ngắn")).rejects.toMatchObject({ code: "exemplary-bad-reasons" });
    expect(await w.tdb.db.exemplaryNomination.count()).toBe(1);
    expect(await w.tdb.db.exemplaryNominee.count()).toBe(1);
    // Nominations close at their deadline.
    w.clock.set("2026-11-20T10:00:00Z");
    await expect(w.svc.exemplary.nominate(minh, hoa.id, REASONS)).rejects.toMatchObject({ code: "exemplary-not-nominating" });
  });

  it("takes two nominations, votes on each nominee in the committee, records the head's decision and puts it in the annual report", async () => {
    await w.svc.exemplary.open(w.secretary, closes);
    await w.svc.exemplary.nominate(tu, hoa.id, REASONS);
    await w.svc.exemplary.nominate(hoa, minh.id, "Tích cực tham gia phong trào thi đua Dân vận khéo của cơ quan");
    const voting = await w.svc.exemplary.startVoting(w.secretary, { deadline: voteDeadline, secret: true });
    expect(voting.status).toBe(ExemplaryStatus.VOTING);
    expect(voting.nominees.map((n) => n.voteNumber)).toEqual([1, 2]);
    await expect(w.svc.exemplary.nominate(minh, tu.id, REASONS)).rejects.toMatchObject({ code: "exemplary-not-nominating" });
    // The committee (secretary, head, deputy, member) votes; staff are not on the roll.
    for (const m of [w.secretary, head, minh]) await w.svc.votes.cast(m, 1, 1);
    await w.svc.votes.cast(hoa, 1, 3);
    for (const m of [w.secretary, head]) await w.svc.votes.cast(m, 2, 2);
    await expect(w.svc.votes.cast(tu, 1, 1)).rejects.toMatchObject({ code: "vote-not-eligible" });
    await expect(w.svc.exemplary.decide(head, [hoa.id])).rejects.toMatchObject({ code: "exemplary-votes-open" });
    w.clock.set("2026-11-27T10:00:00Z");
    await expect(w.svc.exemplary.decide(w.secretary, [hoa.id])).rejects.toMatchObject({ code: "exemplary-head-only" });
    await expect(w.svc.exemplary.decide(head, [tu.id])).rejects.toMatchObject({ code: "exemplary-not-nominee" });
    const decided = await w.svc.exemplary.decide(head, [hoa.id]);
    expect(decided.nominees.map((n) => [n.fullName, n.recognised])).toEqual([["Lê Thị Hoa", true], ["Phạm Văn Minh", false]]);
    await expect(w.svc.exemplary.decide(head, [])).rejects.toMatchObject({ code: "exemplary-not-voting" });

    await w.svc.reports.ensureFixedRequests(w.secretary.agencyId, 2026);
    await w.svc.plan.createFromTemplate(w.secretary, 2026);
    const annual = (await w.svc.reports.listRequests(w.secretary.agencyId)).find((r) => r.kind === ReportKind.ANNUAL)!;
    const text = await docxText((await w.svc.reports.generate(w.secretary, annual.id)).report.docx);
    expect(text).toContain("Công tác thi đua, khen thưởng về thực hiện dân chủ tại cơ quan");
    expect(text).toContain(
      "Thực hiện Hướng dẫn số 03-HD/BDVTU ngày 26/10/2021 của Ban Dân vận Tỉnh ủy về tiêu chí xét gương điển hình tiên tiến trong thực hiện Quy chế dân chủ ở cơ sở, cơ quan đã tổ chức đề cử 2 cá nhân; sau khi Ban Chỉ đạo biểu quyết, người đứng đầu cơ quan đã quyết định công nhận 1 gương điển hình tiên tiến năm 2026: đồng chí Lê Thị Hoa, Chuyên viên.",
    );
    expect(text).not.toContain("Phạm Văn Minh");
  });
});
