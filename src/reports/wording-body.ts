/**
 * The sentences of a periodic report's body (issue 12): what was done per plan
 * section, the assessment (ưu điểm; hạn chế, tồn tại; nguyên nhân), the
 * direction for the next period and the proposals. Like `DOC` (wording.ts) it
 * is Vietnamese by decree and typed, so it is a module and not a Fluent file.
 *
 * The body speaks for the agency: members' words appear only as quoted
 * results, without who wrote them, when, or with what percent; figures are
 * written inside sentences, never as "a / b".
 */

/** "3 nhiệm vụ" — counts are written as digits, as provincial reports do. */
const tasks = (n: number) => `${n} nhiệm vụ`;

/** "a, b và c" — the last pair joined with "và", as a sentence reads. */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} và ${parts.at(-1)}`;
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object") {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

export const BODY = deepFreeze({
  headings: {
    results: "I. KẾT QUẢ THỰC HIỆN",
    assessment: "II. ĐÁNH GIÁ CHUNG",
    strengths: "1. Ưu điểm",
    weaknesses: "2. Hạn chế, tồn tại",
    causes: "3. Nguyên nhân",
    direction: "III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
    proposals: "IV. ĐỀ XUẤT, KIẾN NGHỊ",
    /** A plan section inside part I, numbered by the report (1, 2, 3 …), not by the plan's codes. */
    section: (n: number, title: string) => `${n}. ${title}`,
  },

  /** The lead paragraph of part I: the whole period in figures. */
  overall: {
    tasks: (total: number, parts: readonly string[], asOf: string) =>
      total === 0 ? "Trong kỳ, Kế hoạch chưa có nhiệm vụ nào." : `Kế hoạch có ${tasks(total)} thực hiện trong kỳ; tính đến ngày ${asOf}, ${joinAnd(parts)}.`,
    reports: (n: number) => `Các thành viên Ban Chỉ đạo đã gửi ${n} báo cáo tiến độ thực hiện nhiệm vụ.`,
    meetings: (n: number) => `Ban Chỉ đạo cơ quan đã tổ chức ${n} cuộc họp.`,
    feedback: (received: string, answered: string) =>
      `Cơ quan đã tiếp nhận ${received} ý kiến góp ý, phản ánh, kiến nghị của công chức, người lao động và đã trả lời ${answered} ý kiến.`,
    noFeedback: "Trong kỳ, cơ quan chưa tiếp nhận góp ý, phản ánh, kiến nghị của công chức, người lao động.",
  },

  /** The parts of a count sentence ("đã hoàn thành 2, đang thực hiện 1 …"). */
  counts: {
    done: (n: number) => `đã hoàn thành ${n}`,
    inProgress: (n: number) => `đang thực hiện ${n}`,
    notStarted: (n: number) => `chưa triển khai ${n}`,
    overdue: (n: number) => `quá hạn ${n}`,
  },

  /** One plan section in part I. Task titles are already in running-text case. */
  section: {
    allDone: (n: number) => (n === 1 ? "Nhiệm vụ đề ra trong kỳ đã hoàn thành." : `Cả ${tasks(n)} đề ra trong kỳ đã hoàn thành.`),
    /** "a few": a count of 1–2 feedback items, which the report does not print exactly. */
    few: "một số",
    mixed: (n: number, parts: readonly string[]) => `Nội dung này có ${tasks(n)}: ${joinAnd(parts)}.`,
    doneWith: (title: string, quotes: string) => `Hoàn thành việc ${title}: ${quotes}.`,
    doneList: (titles: readonly string[], after: boolean) => `${after ? "Đồng thời, hoàn thành" : "Hoàn thành"} việc ${titles.join("; ")}.`,
    progressWith: (title: string, quotes: string) => `Đang thực hiện việc ${title}; kết quả bước đầu: ${quotes}.`,
    progressList: (titles: readonly string[]) => `Đang thực hiện việc ${titles.join("; ")}.`,
    notStarted: (titles: readonly string[]) => `Chưa triển khai việc ${titles.join("; ")}; sẽ thực hiện theo thời hạn của Kế hoạch.`,
    overdue: (title: string, due: string, quotes: string | null) =>
      `Nhiệm vụ ${title} chưa hoàn thành đúng hạn (hạn ${due})${quotes ? `; kết quả đến nay: ${quotes}` : ""}.`,
    obstacles: (n: number, items: readonly string[]) =>
      `Trong quá trình thực hiện phát sinh ${n} khó khăn, vướng mắc: ${items.join("; ")}.`,
    obstacleResolved: (text: string, resolution: string | null) => `${text} (đã được giải quyết${resolution ? `: ${resolution}` : ""})`,
    obstacleOpen: (text: string) => `${text} (chưa được giải quyết)`,
    /** Plan §2.2: documents sent for quán triệt in the period (docs/documents.md). */
    studied: (docs: readonly string[], recipients: number, confirmed: number, departments: { done: number; total: number } | null) => {
      const what = docs.length === 1 ? docs[0]! : `${docs.length} văn bản: ${docs.join("; ")}`;
      const share = recipients ? Math.round((confirmed * 100) / recipients) : 0;
      const depts = !departments ? "" : departments.done === departments.total ? `; ${departments.total === 1 ? "phòng" : `cả ${departments.total} phòng`} được triển khai đã quán triệt đầy đủ` : `; ${departments.done} trong số ${departments.total} phòng được triển khai đã quán triệt đầy đủ`;
      return `Cơ quan đã triển khai, quán triệt ${what}. Văn bản được gửi đến ${recipients} lượt đảng viên, công chức, người lao động; ${confirmed} lượt đã xác nhận đọc, quán triệt (đạt ${share}%)${depts}.`;
    },
    studiedDocument: (title: string, number: string, date: string, issuer: string) => `${title} (số ${number} ngày ${date} của ${issuer})`,
    /** Plan §2.3: what the agency made public in the period. */
    disclosed: (items: readonly string[]) => `Cơ quan đã thực hiện công khai ${items.length} nội dung: ${items.join("; ")}.`,
    disclosedItem: (content: string, form: string, date: string) => `${content} (${form}, ngày ${date})`,
    disclosureForms: { niemyet: "niêm yết", hop: "thông báo tại hội nghị", vanban: "thông báo bằng văn bản", congthongtin: "đăng trên cổng thông tin điện tử", khac: "hình thức khác" } as Record<string, string>,
    /** Plan §2.4: the year's round of exemplary individuals, decided by the head. */
    exemplary: (year: number, reference: string, nominated: number, people: readonly string[]) =>
      `Thực hiện ${reference} về tiêu chí xét gương điển hình tiên tiến trong thực hiện Quy chế dân chủ ở cơ sở, cơ quan đã tổ chức đề cử ${nominated} cá nhân; sau khi Ban Chỉ đạo biểu quyết, người đứng đầu cơ quan ${
        people.length ? `đã quyết định công nhận ${people.length} gương điển hình tiên tiến năm ${year}: ${people.join("; ")}` : `chưa công nhận cá nhân nào là gương điển hình tiên tiến năm ${year}`
      }.`,
    exemplaryPerson: (name: string, position: string) => `đồng chí ${name}, ${position}`,
    meetings: (n: number, quarters: readonly string[]) =>
      `Ban Chỉ đạo đã tổ chức ${n} cuộc họp${quarters.length ? ` định kỳ ${quarters.length === 1 ? "quý" : "các quý"} ${joinAnd(quarters)}` : ""} để đánh giá kết quả và đề ra nhiệm vụ tiếp theo.`,
  },

  /** Part II, drafted from the data; the secretary replaces any part with /baocaoky … bosung. */
  assessment: {
    doneShare: (done: number, total: number) =>
      done === total ? `Đã hoàn thành toàn bộ ${tasks(total)} đề ra trong kỳ.` : `Đã hoàn thành ${done} trong tổng số ${tasks(total)} đề ra trong kỳ.`,
    /** Sections whose every task of the period is done. */
    doneSections: (titles: readonly string[]) => `Hoàn thành toàn bộ nhiệm vụ về ${titles.join("; ")}.`,
    meetingsKept: (n: number) => `Ban Chỉ đạo duy trì chế độ họp định kỳ (${n} cuộc họp trong kỳ).`,
    reportsKept: (n: number) => `Việc theo dõi, báo cáo tiến độ thực hiện nhiệm vụ được duy trì (${n} báo cáo trong kỳ).`,
    obstaclesSolved: (n: number) => `Đã xem xét, giải quyết ${n} khó khăn, vướng mắc phát sinh trong quá trình thực hiện.`,
    feedbackAllAnswered: "Các góp ý, phản ánh, kiến nghị của công chức, người lao động đều được xem xét, trả lời.",
    inProgress: (n: number) => `Đang triển khai thực hiện ${tasks(n)} theo Kế hoạch.`,
    noStrength: "Chưa có kết quả nổi bật được ghi nhận trong kỳ.",
    overdue: (n: number, items: readonly string[]) => `Còn ${tasks(n)} chưa hoàn thành đúng hạn: ${items.join("; ")}.`,
    overdueItem: (title: string, due: string) => `${title} (hạn ${due})`,
    obstaclesOpen: (n: number, items: readonly string[]) => `Còn ${n} khó khăn, vướng mắc chưa được giải quyết: ${items.join("; ")}.`,
    meetingsMissed: (quarters: readonly string[]) => `Chưa tổ chức họp Ban Chỉ đạo định kỳ ${quarters.length === 1 ? "quý" : "các quý"} ${joinAnd(quarters)}.`,
    /** `n` is "một số" below 3 (design §5: small feedback counts are not printed exactly). */
    feedbackUnanswered: (n: string) => `Còn ${n} ý kiến góp ý, phản ánh, kiến nghị của công chức, người lao động chưa được trả lời.`,
    /** Documents sent for quán triệt whose deadline passed before everyone confirmed. */
    documentsUnstudied: (n: number, titles: readonly string[]) => `Còn ${n} văn bản chưa được quán triệt, học tập: ${titles.join("; ")}.`,
    noWeakness: "Trong kỳ không có nhiệm vụ quá hạn, không còn khó khăn, vướng mắc tồn đọng.",
    causeObstacles: "Một số khó khăn, vướng mắc phát sinh trong quá trình thực hiện chưa được tháo gỡ kịp thời.",
    causeUnreported: (n: number) => `${n === 1 ? "Có nhiệm vụ" : `Có ${tasks(n)}`} đã quá hạn nhưng chưa được theo dõi, báo cáo tiến độ trong kỳ.`,
    causeLate: "Việc theo dõi, đôn đốc thực hiện nhiệm vụ theo thời hạn của Kế hoạch có lúc chưa thường xuyên.",
    causeMeetings: "Lịch họp định kỳ của Ban Chỉ đạo chưa được bố trí đúng kỳ.",
  },

  /** Part III: only what is open and not yet late; late work is under part II. */
  direction: {
    lead: "Tiếp tục thực hiện các nhiệm vụ còn lại của Kế hoạch:",
    item: (title: string, due: string | null) => `${title}${due ? `, hoàn thành trước ngày ${due}` : ", thực hiện thường xuyên"}`,
    catchUp: "Khẩn trương hoàn thành các nhiệm vụ còn chậm so với thời hạn nêu tại Mục II.",
    conclusionsLead: "Thực hiện các kết luận của Ban Chỉ đạo:",
    conclusion: (text: string, meetingDate: string) => `${text} (kết luận tại cuộc họp ngày ${meetingDate})`,
    nextPlan: (nextYear: number) => `Xây dựng, ban hành Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm ${nextYear}.`,
    allDone: (nextYear: number) => `Tiếp tục duy trì thực hiện Quy chế dân chủ ở cơ sở; xây dựng Kế hoạch thực hiện năm ${nextYear}.`,
    solveObstacles: "Tập trung tháo gỡ các khó khăn, vướng mắc chưa được giải quyết nêu tại Mục II.",
  },

  proposals: {
    lead: "Cơ quan đề xuất, kiến nghị:",
  },

  quarters: ["I", "II", "III", "IV"] as const,
} as const);

/** "quý II" style: administrative writing numbers quarters in Roman numerals. */
export function romanQuarter(q: number): string {
  return BODY.quarters[q - 1] ?? String(q);
}
