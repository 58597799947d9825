import type { Benchmark } from "./lib.js";

/**
 * `npm run bench`: runs every benchmark module listed here, one after the
 * other (the machine has two cores; parallel runs would distort the figures),
 * prints the medians and exits non-zero when a target is missed.
 * `npm run bench -- update-cost` runs only the modules whose key contains a given word.
 * Add a module by appending its import to this list.
 */
const modules: [string, () => Promise<{ default: Benchmark }>][] = [
  ["progress", () => import("./progress.bench.js")],
  ["periodic-report", () => import("./periodic-report.bench.js")],
  ["backup", () => import("./backup.bench.js")],
  ["documents", () => import("./documents.bench.js")],
  ["consultation-summary", () => import("./consultation-summary.bench.js")],
  ["update-cost", () => import("./update-cost.bench.js")],
];

const only = process.argv.slice(2);
let missed = 0;
for (const [key, load] of modules) {
  if (only.length && !only.some((w) => key.includes(w))) continue;
  const bench = (await load()).default;
  console.log(`\n▶ ${bench.name}`);
  for (const r of await bench.run()) {
    const verdict = r.targetMs === undefined ? "" : r.medianMs <= r.targetMs ? `  ✓ < ${r.targetMs} ms` : `  ✗ target ${r.targetMs} ms`;
    if (r.targetMs !== undefined && r.medianMs > r.targetMs) missed++;
    console.log(`  ${r.label.padEnd(52)} median ${r.medianMs.toFixed(2).padStart(8)} ms   p95 ${r.p95Ms.toFixed(2).padStart(8)} ms   (n=${r.samples})${verdict}`);
  }
}
if (missed) {
  console.log(`\n${missed} target(s) missed`);
  process.exitCode = 1;
}
