/**
 * One Intl formatter per time zone, built once: `new TZDate` + date-fns'
 * `format` per date computed the zone's offset each time (12 % of /kehoach's
 * time at 2,000 tasks, issue 15).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsOf(date: Date, timezone: string): Record<string, string> {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone: timezone, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(timezone, f);
  }
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(date)) parts[p.type] = p.value;
  return parts;
}

/** dd/MM/yyyy in the agency's time zone: the form every Vietnamese office writes. */
export function formatDate(date: Date, timezone: string): string {
  const p = partsOf(date, timezone);
  return `${p.day}/${p.month}/${p.year}`;
}

/** HH:mm dd/MM/yyyy in the agency's time zone. */
export function formatDateTime(date: Date, timezone: string): string {
  const p = partsOf(date, timezone);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}
