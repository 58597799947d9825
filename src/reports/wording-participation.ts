/**
 * The periodic report's sentences about "dân bàn" (plan §1 and §2.1): drafts
 * put to the staff for comment, and votes. Like BODY (wording-body.ts) it is
 * Vietnamese by decree and typed. Figures sit inside sentences, never "a/b";
 * a secret vote is given by its totals only.
 */
import { clause, inSentence } from "./prose.js";
import { joinAnd } from "./wording-body.js";

export interface ConsultedFact {
  /** The drafts' titles as registered ("Dự thảo Quy chế chi tiêu nội bộ năm 2027"). */
  drafts: string[];
  /** People asked, summed over the drafts (lượt). */
  asked: number;
  /** Answers delivered to the drafting side, of every kind. */
  answers: number;
  comments: number;
  accepted: number;
  explained: number;
}

export interface VotedFact {
  items: {
    question: string;
    secret: boolean;
    yesNo: boolean;
    eligible: number;
    /** null while the vote is not over by the report's date. */
    result: { voted: number; counts: { label: string; count: number }[] } | null;
  }[];
}

const percent = (a: number, b: number) => (b ? Math.round((a * 100) / b) : 0);
/** "Dự thảo Quy chế …" → "Quy chế …": the sentence already says "dự thảo". */
const draftName = (t: string) => clause(t).replace(/^dự thảo\s+/iu, "");
const phrase = (t: string) => inSentence(clause(t).replace(/[?]+$/u, ""));

export const PARTICIPATION = Object.freeze({
  consulted(f: ConsultedFact): string {
    const names = f.drafts.map(draftName);
    const what = names.length === 1 ? `dự thảo ${names[0]}` : `${names.length} dự thảo: ${names.join("; ")}`;
    const lead = `Thực hiện việc xây dựng, ban hành nội quy, quy chế chặt chẽ, phù hợp với hoạt động của cơ quan, lãnh đạo cơ quan đã lấy ý kiến đảng viên, công chức, người lao động đối với ${what}.`;
    if (!f.answers) return `${lead} Đến thời điểm báo cáo chưa tổng hợp được ý kiến tham gia.`;
    const share = `(đạt ${percent(f.answers, f.asked)}%)`;
    const took =
      names.length === 1
        ? `Có ${f.answers} trong tổng số ${f.asked} người được lấy ý kiến đã tham gia ý kiến ${share}`
        : `Có ${f.answers} lượt tham gia ý kiến trong tổng số ${f.asked} lượt được lấy ý kiến ${share}`;
    if (!f.comments) return `${lead} ${took}; các ý kiến đều thống nhất với nội dung dự thảo.`;
    const done = [f.accepted ? `tiếp thu ${f.accepted} ý kiến` : "", f.explained ? `giải trình ${f.explained} ý kiến` : ""].filter(Boolean);
    const pending = f.comments - f.accepted - f.explained;
    const uptake = !done.length
      ? "Các ý kiến góp ý đang được tổng hợp, xem xét tiếp thu, giải trình."
      : pending > 0
        ? `Các ý kiến góp ý đã được tổng hợp; đã ${done.join(", ")}; còn ${pending} ý kiến đang được xem xét, tiếp thu, giải trình.`
        : `Các ý kiến góp ý đều đã được tổng hợp, tiếp thu, giải trình: ${done.join(", ")}.`;
    return `${lead} ${took}, trong đó có ${f.comments} ý kiến góp ý cụ thể. ${uptake}`;
  },

  voted(f: VotedFact): string {
    const secret = f.items.filter((v) => v.secret).length;
    const open = f.items.length - secret;
    const forms = [open ? `${open} cuộc biểu quyết công khai` : "", secret ? `${secret} cuộc bỏ phiếu kín` : ""].filter(Boolean);
    const items = f.items.map((v) => {
      const form = v.secret ? "bỏ phiếu kín" : "biểu quyết công khai";
      if (!v.result) return `${phrase(v.question)} (${form}, đang lấy phiếu)`;
      const cast = v.result.counts.filter((c) => c.count > 0);
      const result = !cast.length
        ? "không có phiếu"
        : v.yesNo
          ? cast.map((c) => `${c.count} phiếu ${c.label.toLocaleLowerCase("vi")}`).join(", ")
          : cast.map((c) => `phương án “${clause(c.label)}” được ${c.count} phiếu`).join(", ");
      const turnout = v.result.voted === v.eligible ? `${v.eligible} người được lấy phiếu đều đã tham gia` : `${v.result.voted} trong tổng số ${v.eligible} người được lấy phiếu đã tham gia`;
      return `${phrase(v.question)} (${form}; ${turnout}; kết quả: ${result})`;
    });
    // One form only: "2 cuộc bỏ phiếu kín"; both: "3 cuộc biểu quyết (1 cuộc biểu quyết công khai và 2 cuộc bỏ phiếu kín)".
    const count = forms.length === 1 ? forms[0]! : `${f.items.length} cuộc biểu quyết (${joinAnd(forms)})`;
    return `Thực hiện nguyên tắc tập trung dân chủ, cơ quan đã tổ chức ${count} đối với ${f.items.length === 1 ? "nội dung" : "các nội dung"}: ${items.join("; ")}.`;
  },
});
