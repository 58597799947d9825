/** What a benchmark module exports (default): a name and a function returning measured figures. */
export interface Benchmark {
  name: string;
  run(): Promise<BenchResult[]>;
}

export interface BenchResult {
  label: string;
  medianMs: number;
  p95Ms: number;
  samples: number;
  /** The figure to stay under on the reference machine (2 cores). */
  targetMs?: number;
}

/** Runs `fn` `warmup` times unmeasured, then `samples` times; returns median and 95th percentile. */
export async function measure(label: string, samples: number, fn: (i: number) => Promise<unknown>, opts: { warmup?: number; targetMs?: number } = {}): Promise<BenchResult> {
  for (let i = 0; i < (opts.warmup ?? 5); i++) await fn(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { label, medianMs: at(0.5), p95Ms: at(0.95), samples, ...(opts.targetMs !== undefined ? { targetMs: opts.targetMs } : {}) };
}
