import type { Benchmark } from "./lib.js";

/**
 * `npm run bench`: runs every benchmark module listed here, one after the
 * other (the machine has two cores; parallel runs would distort the figures),
 * prints the medians and exits non-zero when a target is missed.
 * Add a module by appending its import to this list.
 */
const modules: (() => Promise<{ default: Benchmark }>)[] = [
  () => import("./progress.bench.js"),
  () => import("./periodic-report.bench.js"),
  () => import("./backup.bench.js"),
  () => import("./documents.bench.js"),
  () => import("./consultation-summary.bench.js"),
];

let missed = 0;
for (const load of modules) {
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
