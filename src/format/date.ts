import { format } from "date-fns/format";
import { TZDate } from "@date-fns/tz";

/** dd/MM/yyyy in the agency's time zone: the form every Vietnamese office writes. */
export function formatDate(date: Date, timezone: string): string {
  return format(new TZDate(date, timezone), "dd/MM/yyyy");
}

/** HH:mm dd/MM/yyyy in the agency's time zone. */
export function formatDateTime(date: Date, timezone: string): string {
  return format(new TZDate(date, timezone), "HH:mm dd/MM/yyyy");
}
