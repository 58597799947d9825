import type { BotContext } from "../../src/bot/context.js";
import { formatDate } from "../../src/format/date.js";
import type { AudienceSpec } from "../../src/services/audiences.js";
import type { DocumentStatus } from "../../src/services/documents-status.js";
import { showDay } from "../../src/services/documents-input.js";
import { documentLabel } from "../../src/services/documents.js";

/** How an audience reads in the secretary's confirmations: "Văn phòng, Phòng Nghiệp vụ 1", "toàn thể cơ quan". */
export function audienceLabel(ctx: BotContext, audience: AudienceSpec, names: ReadonlyMap<number, string>): string {
  if (audience.kind !== "departments") return ctx.t(`audience-${audience.kind}`);
  return ctx.t("audience-departments", { names: audience.departmentIds.map((id) => names.get(id) ?? `#${id}`).join(", ") });
}

/** `/vanban <số>`: the counts, then each department with who has not confirmed. */
export function renderStatus(ctx: BotContext, s: DocumentStatus): string {
  const d = s.document;
  if (!s.total) return ctx.t("vanban-status-not-sent", { id: String(d.id) });
  const head = {
    label: `#${d.id} ${documentLabel(d)}`,
    issuer: d.issuer,
    date: showDay(d.issuedOn),
    deadline: s.deadline ? formatDate(s.deadline, ctx.app.timezone) : "—",
    confirmed: s.confirmed,
    total: s.total,
  };
  const lines = [s.departmentsTotal ? ctx.t("vanban-status-head", { ...head, done: s.departmentsDone, departments: s.departmentsTotal }) : ctx.t("vanban-status-head-nodept", head)];
  for (const g of s.departments) {
    const name = g.name ?? ctx.t("vanban-status-no-dept");
    const fields = { name, confirmed: g.confirmed, total: g.total };
    lines.push(g.pending.length ? ctx.t("vanban-status-dept-pending", { ...fields, names: g.pending.map((p) => p.fullName).join(", ") }) : ctx.t("vanban-status-dept", fields));
  }
  return lines.join("\n");
}
