import path from "node:path";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { TaskRecurrence } from "../generated/prisma/enums.js";
import { DUE_SPEC_PATTERN } from "./periods.js";
import { projectPath } from "../paths.js";

/**
 * Plan templates are data (`src/data/plan-templates/<id>.json`): next year's
 * plan is a new file, not new code. Validated on load so a typo in a template
 * fails loudly at the first use instead of producing a half-made plan.
 */
const TEMPLATE_DIR = projectPath("src", "data", "plan-templates");

const templateTask = z
  .object({
    key: z.string().regex(/^[a-z0-9-]{2,60}$/),
    title: z.string().min(3).max(300),
    description: z.string().max(1000).optional(),
    due: z.string().regex(DUE_SPEC_PATTERN).optional(),
    recurrence: z.enum([TaskRecurrence.QUARTERLY, TaskRecurrence.HALF_YEARLY, TaskRecurrence.YEARLY]).optional(),
  })
  .refine((t) => !(t.due && t.recurrence), { message: "a recurring task is due at the end of each period; give due or recurrence, not both" });

export const planTemplateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** `{year}` is replaced by the plan's year. */
    title: z.string().min(3).max(300),
    sections: z
      .array(
        z.object({
          code: z.string().regex(/^\d+(\.\d+)*$/),
          title: z.string().min(3).max(300),
          tasks: z.array(templateTask).default([]),
        }),
      )
      .min(1),
  })
  .superRefine((t, c) => {
    const codes = t.sections.map((s) => s.code);
    if (new Set(codes).size !== codes.length) c.addIssue({ code: "custom", message: "duplicate section code" });
    const keys = t.sections.flatMap((s) => s.tasks.map((x) => x.key));
    if (new Set(keys).size !== keys.length) c.addIssue({ code: "custom", message: "duplicate task key" });
  });

export type PlanTemplate = z.infer<typeof planTemplateSchema>;

export const DEFAULT_TEMPLATE_ID = "qcdc";

const cache = new Map<string, PlanTemplate>();

export function loadPlanTemplate(id: string = DEFAULT_TEMPLATE_ID): PlanTemplate {
  if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`bad template id: ${id}`);
  const cached = cache.get(id);
  if (cached) return cached;
  const raw: unknown = JSON.parse(readFileSync(path.join(TEMPLATE_DIR, `${id}.json`), "utf8"));
  const parsed = planTemplateSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`plan template ${id} is invalid: ${z.prettifyError(parsed.error)}`);
  cache.set(id, parsed.data);
  return parsed.data;
}

export function fillYear(text: string, year: number): string {
  return text.replaceAll("{year}", String(year));
}
