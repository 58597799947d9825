import { loadPlanTemplate, DEFAULT_TEMPLATE_ID } from "./plan-template.js";
import type { DocumentInput } from "./documents-input.js";

/**
 * The directives the plan template asks the agency to study (plan §2.2: "tiếp
 * tục quán triệt, thực hiện Chỉ thị số 30-CT/TW …"). They are read from the
 * template's own task titles, so that next year's template brings its own list
 * with no change of code: a title of the form
 *   "Quán triệt <loại> số <số hiệu> ngày <dd/mm/yyyy> của <cơ quan> về <nội dung>"
 * (or "… của <cơ quan> (<nội dung>)") is a directive.
 */
const DIRECTIVE = /^Quán triệt (.+?) số (\S+) ngày (\d{1,2})\/(\d{1,2})\/(\d{4}) của (.+?)(?: \((.+)\)| (về .+))$/u;

export interface TemplateDirective extends DocumentInput {
  templateKey: string;
}

export function templateDirectives(templateId: string = DEFAULT_TEMPLATE_ID): TemplateDirective[] {
  const template = loadPlanTemplate(templateId);
  const out: TemplateDirective[] = [];
  for (const section of template.sections) {
    for (const task of section.tasks) {
      const m = DIRECTIVE.exec(task.title);
      if (!m) continue;
      const [, kind, number, d, mo, y, issuer, paren, about] = m as unknown as string[];
      out.push({
        templateKey: `${template.id}:${task.key}`,
        number: number!,
        title: about ? `${kind} ${about}` : `${kind}: ${paren}`,
        issuer: issuer!,
        issuedOn: `${y}-${mo!.padStart(2, "0")}-${d!.padStart(2, "0")}`,
        // The plan's own words: why the agency studies it.
        summary: `Kế hoạch thực hiện Quy chế dân chủ, mục ${section.code}: ${task.title}.`,
        link: null,
      });
    }
  }
  return out;
}
